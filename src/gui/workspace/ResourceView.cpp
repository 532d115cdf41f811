#include "ResourceView.h"

#include "models/ResourceFilterProxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ResourceView::ResourceView(QAbstractItemModel *model, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_proxy(new models::ResourceFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_busy(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_details(new QTextBrowser(m_splitter))
{
    m_proxy->setSourceModel(model);

    m_search->setPlaceholderText(tr("Search by name, type or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::ResourceFilterProxy::setSearchText);

    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the list again from the server"));
    connect(m_refresh, &QToolButton::clicked, this, &ResourceView::refreshRequested);

    m_busy->setRange(0, 0); // indeterminate: pages arrive until the server says the list ended
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addWidget(m_refresh);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Resources"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });

    // Server text is shown as text: links are ours, and nothing remote is ever loaded.
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("Details"));
    m_details->setPlaceholderText(tr("Select a row to see its details."));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourceView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourceView::fitColumnsOnce);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourceView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourceView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourceView::updateCount);
    updateCount();
    restoreLayout();
}

ResourceView::~ResourceView()
{
    saveLayout();
}

void ResourceView::setLoading(bool loading)
{
    m_busy->setVisible(loading);
    m_refresh->setEnabled(!loading);
}

void ResourceView::setDetailsHtml(const QString &html)
{
    m_details->setHtml(html);
}

int ResourceView::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ResourceView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourceView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel()->rowCount();
    m_count->setText(shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2").arg(shown).arg(total));
}

void ResourceView::saveLayout() const
{
    QSettings settings;
    settings.setValue(m_settingsKey + u"/header"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(m_settingsKey + u"/splitter"_s, m_splitter->saveState());
}

void ResourceView::fitColumnsOnce()
{
    // The first rows to arrive are selected, so the detail pane is never needlessly empty.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    // First rows on screen and no remembered layout: size the columns to what they show.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->model()->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 280));
}

void ResourceView::restoreLayout()
{
    QSettings settings;
    m_columnsFitted = m_table->horizontalHeader()->restoreState(settings.value(m_settingsKey + u"/header"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(m_settingsKey + u"/splitter"_s).toByteArray()))
        m_splitter->setSizes({760, 420});
}

} // namespace airdesk::gui

#include "ResourceView.h"

#include "models/ResourceFilterProxy.h"
#include "models/roles.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ResourceView::ResourceView(QAbstractItemModel *model, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_proxy(new models::ResourceFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_typeFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_busy(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_detailTabs(new QTabWidget(m_splitter))
    , m_details(new QTextBrowser(m_detailTabs))
    , m_typeChoicesTimer(new QTimer(this))
{
    m_proxy->setSourceModel(model);

    m_search->setPlaceholderText(tr("Search by name, type or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::ResourceFilterProxy::setSearchText);

    // Connector types come from the rows; recomputed shortly after pages stop arriving.
    m_typeFilter->setAccessibleName(tr("Connector type filter"));
    m_typeFilter->setToolTip(tr("Show only one connector type"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeFilter->addItem(tr("All connectors"));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &ResourceView::applyTypeFilter);
    m_typeChoicesTimer->setSingleShot(true);
    m_typeChoicesTimer->setInterval(150);
    connect(m_typeChoicesTimer, &QTimer::timeout, this, &ResourceView::updateTypeFilterChoices);

    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setToolTip(tr("Show only connections in one state"));
    m_statusFilter->addItem(tr("All statuses"), u"all"_s);
    m_statusFilter->addItem(tr("Enabled"), u"active"_s);
    m_statusFilter->addItem(tr("Disabled"), u"inactive"_s);
    m_statusFilter->addItem(tr("Locked"), u"locked"_s);
    m_statusFilter->addItem(tr("Last sync failed"), u"failed"_s);
    m_statusFilter->addItem(tr("Last sync succeeded"), u"succeeded"_s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ResourceView::applyStatusFilter);
    m_statusFilter->hide();

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
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addWidget(m_refresh);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Resources"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentRowChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourceView::selectionChanged);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });

    // Server text is shown as text: links are ours, and nothing remote is ever loaded.
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &ResourceView::onLinkClicked);
    m_details->setAccessibleName(tr("Details"));
    m_details->setPlaceholderText(tr("Select a row to see its details."));
    m_detailTabs->addTab(m_details, tr("Details"));
    m_detailTabs->setTabBarAutoHide(true); // a tab bar only once there is a second tab
    m_detailTabs->setDocumentMode(true);
    // Tabs added later (a connection's history) have wide toolbars: they must not squeeze the table.
    m_detailTabs->setMinimumWidth(320);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, m_typeChoicesTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, m_typeChoicesTimer, qOverload<>(&QTimer::start));
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

QList<int> ResourceView::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty() && currentSourceRow() >= 0)
        rows.append(currentSourceRow());
    return rows;
}

bool ResourceView::selectId(const QString &id)
{
    QAbstractItemModel *model = m_proxy->sourceModel();
    const QModelIndexList found = model->match(model->index(0, 0), models::IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    QModelIndex index = m_proxy->mapFromSource(found.first());
    if (!index.isValid()) { // filtered out: show everything again rather than jump nowhere
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(found.first());
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ResourceView::setStatusFilterVisible(bool visible)
{
    m_statusFilter->setVisible(visible);
}

void ResourceView::setTypeFilterVisible(bool visible)
{
    m_typeFilter->setVisible(visible);
}

void ResourceView::setDefaultHiddenColumns(const QList<int> &columns)
{
    m_defaultHidden = columns;
    if (!m_columnsFitted) // nothing remembered: start with the default set
        for (int column : columns)
            m_table->setColumnHidden(column, true);
}

QMenu *ResourceView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    QAbstractItemModel *model = m_table->model();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            QHeaderView *h = m_table->horizontalHeader();
            // The last visible column stays: a table with no column cannot be brought back by its header.
            if (!shown && h->count() - h->hiddenSectionCount() <= 1)
                return;
            m_table->setColumnHidden(column, !shown);
            saveLayout();
        });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this, [this] {
        for (int column = 0; column < m_table->model()->columnCount(); ++column)
            m_table->setColumnHidden(column, m_defaultHidden.contains(column));
        m_table->horizontalHeader()->reset();
        m_columnsFitted = false;
        fitColumnsOnce();
        saveLayout();
    });
    return menu;
}

void ResourceView::updateTypeFilterChoices()
{
    QAbstractItemModel *model = m_proxy->sourceModel();
    QSet<QString> types;
    for (int row = 0; row < model->rowCount(); ++row)
        if (const QString type = model->index(row, 0).data(models::ConnectorTypeRole).toString(); !type.isEmpty())
            types.insert(type);
    QStringList sorted(types.cbegin(), types.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QString current = m_typeFilter->currentData().toString();
    QSignalBlocker blocker(m_typeFilter);
    while (m_typeFilter->count() > 1)
        m_typeFilter->removeItem(1);
    for (const QString &type : std::as_const(sorted))
        m_typeFilter->addItem(type, type);
    const int index = current.isEmpty() ? 0 : m_typeFilter->findData(current);
    m_typeFilter->setCurrentIndex(std::max(index, 0));
    if (index < 0) // the chosen type is gone from the list: show everything
        applyTypeFilter();
}

void ResourceView::applyTypeFilter()
{
    const QString type = m_typeFilter->currentData().toString();
    m_proxy->setConnectorTypeFilter(type.isEmpty() ? QSet<QString>{} : QSet<QString>{type});
}

void ResourceView::applyStatusFilter()
{
    const QString key = m_statusFilter->currentData().toString();
    const bool jobFilter = key == u"failed"_s || key == u"succeeded"_s;
    m_proxy->setStatusFilter(key == u"all"_s || jobFilter ? QSet<QString>{} : QSet<QString>{key});
    if (key == u"failed"_s)
        m_proxy->setLastJobStatusFilter({u"failed"_s, u"incomplete"_s});
    else if (key == u"succeeded"_s)
        m_proxy->setLastJobStatusFilter({u"succeeded"_s});
    else
        m_proxy->setLastJobStatusFilter({});
}

void ResourceView::onLinkClicked(const QUrl &url)
{
    if (url.scheme() == u"airdesk"_s)
        Q_EMIT internalLinkActivated(url);
    else if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
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
    m_count->setText(shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(total)));
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
    // Room for the connector icon that may arrive after the first rows.
    m_table->setColumnWidth(0, m_table->columnWidth(0) + m_table->iconSize().width() + 8);
}

void ResourceView::restoreLayout()
{
    QSettings settings;
    m_columnsFitted = m_table->horizontalHeader()->restoreState(settings.value(m_settingsKey + u"/header"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(m_settingsKey + u"/splitter"_s).toByteArray()))
        m_splitter->setSizes({760, 420});
}

} // namespace airdesk::gui

#include "StreamSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

QString modeLabel(const QString &mode)
{
    QString text = mode;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString pathsText(const QList<QStringList> &paths)
{
    QStringList parts;
    for (const QStringList &p : paths)
        parts.append(p.join(u'.'));
    return parts.join(u", "_s);
}

} // namespace

StreamSelector::StreamSelector(bool withSyncModes, QWidget *parent)
    : QWidget(parent)
    , m_withSyncModes(withSyncModes)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter streams"));
    m_filter->setAccessibleName(tr("Filter streams"));
    m_filter->setClearButtonEnabled(true);
    auto *all = new QPushButton(tr("Select &all"), this);
    auto *none = new QPushButton(tr("Select &none"), this);
    all->setObjectName(u"selectAllButton"_s);
    none->setObjectName(u"selectNoneButton"_s);
    bar->addWidget(m_filter, 1);
    bar->addWidget(all);
    bar->addWidget(none);
    layout->addLayout(bar);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Stream"), tr("Namespace"), tr("Sync mode"), tr("Cursor"), tr("Primary key")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Streams"));
    m_tree->setColumnHidden(SyncModeColumn, !withSyncModes);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_filter, &QLineEdit::textChanged, this, &StreamSelector::applyFilter);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == NameColumn) {
            updateCount();
            Q_EMIT selectionChanged();
        }
    });
    updateCount();
}

void StreamSelector::setStreams(const QList<api::StreamInfo> &streams, const QStringList &checked)
{
    {
        const QSignalBlocker block(m_tree);
        m_tree->clear();
        for (const api::StreamInfo &s : streams) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(NameColumn, s.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, checked.contains(s.name) ? Qt::Checked : Qt::Unchecked);
            item->setText(NamespaceColumn, s.streamNamespace);
            item->setText(CursorColumn, s.sourceDefinedCursor ? tr("source-defined") : s.defaultCursorField.join(u'.'));
            item->setText(PrimaryKeyColumn, pathsText(s.sourceDefinedPrimaryKey));
            if (m_withSyncModes) {
                auto *box = new QComboBox(m_tree);
                box->addItem(tr("Default"), QString());
                for (const QString &mode : s.syncModes)
                    box->addItem(modeLabel(mode), mode);
                box->setAccessibleName(tr("Sync mode of %1").arg(s.name));
                m_tree->setItemWidget(item, SyncModeColumn, box);
            }
        }
    }
    for (int c = NamespaceColumn; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    applyFilter(m_filter->text());
    updateCount();
    Q_EMIT selectionChanged();
}

QComboBox *StreamSelector::modeBox(int row) const
{
    return qobject_cast<QComboBox *>(m_tree->itemWidget(m_tree->topLevelItem(row), SyncModeColumn));
}

QStringList StreamSelector::selectedStreams() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(NameColumn) == Qt::Checked)
            out.append(m_tree->topLevelItem(i)->text(NameColumn));
    return out;
}

QList<api::ConnectionCreateRequest::Stream> StreamSelector::selection() const
{
    QList<api::ConnectionCreateRequest::Stream> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(NameColumn) != Qt::Checked)
            continue;
        const QComboBox *box = modeBox(i);
        out.append({item->text(NameColumn), box ? box->currentData().toString() : QString()});
    }
    return out;
}

void StreamSelector::setAllChecked(bool checked)
{
    {
        const QSignalBlocker block(m_tree);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            if (!m_tree->topLevelItem(i)->isHidden())
                m_tree->topLevelItem(i)->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
    updateCount();
    Q_EMIT selectionChanged();
}

void StreamSelector::setChecked(const QString &stream, bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->text(NameColumn) == stream)
            m_tree->topLevelItem(i)->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
}

bool StreamSelector::setSyncMode(const QString &stream, const QString &mode)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->text(NameColumn) != stream)
            continue;
        QComboBox *box = modeBox(i);
        const int index = box ? box->findData(mode) : -1;
        if (index < 0)
            return false;
        box->setCurrentIndex(index);
        return true;
    }
    return false;
}

void StreamSelector::applyFilter(const QString &text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setHidden(
            !m_tree->topLevelItem(i)->text(NameColumn).contains(text.trimmed(), Qt::CaseInsensitive));
}

void StreamSelector::updateCount()
{
    m_count->setText(tr("%1 of %2 streams selected").arg(selectedStreams().size()).arg(m_tree->topLevelItemCount()));
}

} // namespace airdesk::gui

#pragma once

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace airdesk::models {

/// Sorting and filtering for every resource table: an instant, case-insensitive search over
/// SearchTextRole (every word must match), plus optional status, connector type and
/// enabled-only filters over the row roles of roles.h. Columns sort by RawValueRole, so dates
/// sort as dates and counts as numbers; text sorts case-insensitively with numbers in it
/// compared as numbers ("Connection 9" before "Connection 10"). A filter a row has no value for (actors have no
/// status) does not hide it.
class ResourceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterProxy)

public:
    explicit ResourceFilterProxy(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    /// Status keys to keep ("active", "inactive", "locked", "deprecated"); empty: all.
    QSet<QString> statusFilter() const { return m_statuses; }
    /// Connector types to keep (ConnectorTypeRole); empty: all.
    QSet<QString> connectorTypeFilter() const { return m_connectorTypes; }
    bool enabledOnly() const { return m_enabledOnly; }
    /// Last-job status keys to keep (JobStatusRole: "failed", "incomplete", ...); empty: all.
    /// Unlike the other filters, a row with no last job is hidden while this one is set.
    QSet<QString> lastJobStatusFilter() const { return m_jobStatuses; }

public Q_SLOTS:
    void setSearchText(const QString &text);
    void setStatusFilter(const QSet<QString> &statuses);
    void setConnectorTypeFilter(const QSet<QString> &types);
    void setEnabledOnly(bool enabledOnly);
    void setLastJobStatusFilter(const QSet<QString> &statuses);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_searchWords;
    QSet<QString> m_statuses;
    QSet<QString> m_connectorTypes;
    QSet<QString> m_jobStatuses;
    bool m_enabledOnly = false;
    /// The collator's key for a text: computing it once makes each comparison a byte compare,
    /// which is what keeps re-sorting 10,000 rows after a search fast. Keyed by the text itself,
    /// so it can never be stale; emptied when it grows large.
    const QCollatorSortKey &sortKey(const QString &text) const;

    QCollator m_collator;
    mutable QHash<QString, QCollatorSortKey> m_sortKeys;
};

} // namespace airdesk::models

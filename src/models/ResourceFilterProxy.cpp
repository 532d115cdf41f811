#include "models/ResourceFilterProxy.h"

#include "models/roles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace airdesk::models {

ResourceFilterProxy::ResourceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    // The filter reads row roles itself; naming SearchTextRole here lets the base class know
    // which dataChanged roles may change a row's visibility.
    setFilterRole(SearchTextRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // Qt's collator ignores numeric mode under the C locale (CI, minimal systems): fall back
    // to English ordering there rather than sort "10" before "9".
    if (QLocale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ResourceFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ResourceFilterProxy::setStatusFilter(const QSet<QString> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setConnectorTypeFilter(const QSet<QString> &types)
{
    if (types == m_connectorTypes)
        return;
    m_connectorTypes = types;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setEnabledOnly(bool enabledOnly)
{
    if (enabledOnly == m_enabledOnly)
        return;
    m_enabledOnly = enabledOnly;
    invalidateRowsFilter();
}

void ResourceFilterProxy::setLastJobStatusFilter(const QSet<QString> &statuses)
{
    if (statuses == m_jobStatuses)
        return;
    m_jobStatuses = statuses;
    invalidateRowsFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_searchWords.isEmpty()) {
        const QString haystack = index.data(SearchTextRole).toString();
        for (const QString &word : m_searchWords)
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
    }
    if (!m_statuses.isEmpty()) {
        const QVariant status = index.data(StatusRole);
        if (status.isValid() && !m_statuses.contains(status.toString()))
            return false;
    }
    if (!m_connectorTypes.isEmpty()) {
        const QVariant type = index.data(ConnectorTypeRole);
        if (type.isValid() && !m_connectorTypes.contains(type.toString()))
            return false;
    }
    if (!m_jobStatuses.isEmpty() && !m_jobStatuses.contains(index.data(JobStatusRole).toString()))
        return false;
    if (m_enabledOnly) {
        const QVariant enabled = index.data(EnabledRole);
        if (enabled.isValid() && !enabled.toBool())
            return false;
    }
    return true;
}

const QCollatorSortKey &ResourceFilterProxy::sortKey(const QString &text) const
{
    constexpr qsizetype kMaxKeys = 100000;
    auto it = m_sortKeys.find(text);
    if (it == m_sortKeys.end()) {
        if (m_sortKeys.size() >= kMaxKeys)
            m_sortKeys.clear();
        it = m_sortKeys.insert(text, m_collator.sortKey(text));
    }
    return *it;
}

bool ResourceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // The base class compares locale-aware text case-sensitively; names want neither.
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return sortKey(l.toString()).compare(sortKey(r.toString())) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace airdesk::models

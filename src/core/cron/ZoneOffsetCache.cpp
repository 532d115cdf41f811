#include "core/cron/ZoneOffsetCache.h"

#include "core/cron/QuartzCalendar.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace airdesk::cron {

namespace {
constexpr qint64 Day = 86400;
constexpr qint64 AverageYear = 31556952; // 365.2425 days
} // namespace

ZoneOffsetCache::ZoneOffsetCache(const QTimeZone &zone)
    : m_zone(zone)
{
    if (!m_zone.isValid()) {
        m_fixed = true;
    } else if (!m_zone.hasTransitions()) {
        m_fixed = true;
        m_fixedOffset = offsetFromZone(0);
    }
}

std::shared_ptr<ZoneOffsetCache> ZoneOffsetCache::forZone(const QTimeZone &zone)
{
    static QMutex registryMutex;
    static QHash<QByteArray, std::shared_ptr<ZoneOffsetCache>> registry;
    const QMutexLocker locker(&registryMutex);
    std::shared_ptr<ZoneOffsetCache> &cache = registry[zone.id()];
    if (!cache)
        cache = std::make_shared<ZoneOffsetCache>(zone);
    return cache;
}

int ZoneOffsetCache::offsetFromZone(qint64 utcSecs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

qint64 ZoneOffsetCache::yearStart(int year)
{
    return QuartzCalendar::daysFromCivil(year, 1, 1) * Day;
}

int ZoneOffsetCache::yearOf(qint64 utcSecs)
{
    qint64 approx = 1970 + utcSecs / AverageYear;
    approx = std::clamp<qint64>(approx, -100000, 100000);
    int year = int(approx);
    while (yearStart(year) > utcSecs)
        --year;
    while (yearStart(year + 1) <= utcSecs)
        ++year;
    return year;
}

// QTimeZone::transitions() (Qt 6.4, tz backend) can miss transitions in a range that starts
// inside the zone file's explicit table and ends in its POSIX-rule future (seen for St_Johns
// 2037 -> 2038). Each year's list is therefore checked against offsetFromUtc() month by month
// and, when it disagrees, rebuilt by sampling daily and bisecting each change to the second.
std::vector<ZoneOffsetCache::Transition> ZoneOffsetCache::transitionsOfYear(int year, int *offsetBefore) const
{
    const qint64 begin = yearStart(year);
    const qint64 end = yearStart(year + 1) - 1;
    const int before = offsetFromZone(begin - 1);
    *offsetBefore = before;

    std::vector<Transition> list;
    int running = before;
    const auto fetched = m_zone.transitions(QDateTime::fromSecsSinceEpoch(begin, Qt::UTC),
                                            QDateTime::fromSecsSinceEpoch(end, Qt::UTC));
    for (const auto &t : fetched) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        if (at < begin || at > end || (!list.empty() && at <= list.back().first) || t.offsetFromUtc == running)
            continue;
        list.emplace_back(at, t.offsetFromUtc);
        running = t.offsetFromUtc;
    }

    const auto expectedAt = [&](qint64 utc) {
        int offset = before;
        for (const auto &t : list) {
            if (t.first > utc)
                break;
            offset = t.second;
        }
        return offset;
    };
    bool consistent = true;
    for (int month = 1; month <= 12 && consistent; ++month) {
        const qint64 probe = month == 12 ? end : begin + (end - begin) * month / 12;
        consistent = expectedAt(probe) == offsetFromZone(probe);
    }
    if (consistent)
        return list;

    list.clear();
    int previous = before;
    qint64 previousAt = begin - 1;
    for (qint64 t = begin; t <= end + Day; t += Day) {
        const qint64 probe = std::min(t, end);
        const int offset = offsetFromZone(probe);
        if (offset != previous) {
            qint64 lo = previousAt;
            qint64 hi = probe;
            while (hi - lo > 1) {
                const qint64 mid = lo + (hi - lo) / 2;
                (offsetFromZone(mid) == previous ? lo : hi) = mid;
            }
            list.emplace_back(hi, offset);
            previous = offset;
        }
        previousAt = probe;
        if (probe == end)
            break;
    }
    return list;
}

void ZoneOffsetCache::cover(qint64 fromUtc, qint64 toUtc)
{
    if (fromUtc >= m_coveredFrom && toUtc <= m_coveredTo)
        return;
    const int fromYear = yearOf(fromUtc);
    const int toYear = yearOf(toUtc);
    if (m_lastYear < m_firstYear) {
        m_firstYear = fromYear;
        m_lastYear = fromYear - 1;
        int before = 0;
        m_transitions = transitionsOfYear(fromYear, &before);
        m_initialOffset = before;
        m_lastYear = fromYear;
    }
    while (m_firstYear > fromYear) {
        int before = 0;
        std::vector<Transition> earlier = transitionsOfYear(m_firstYear - 1, &before);
        m_transitions.insert(m_transitions.begin(), earlier.begin(), earlier.end());
        m_initialOffset = before;
        --m_firstYear;
    }
    while (m_lastYear < toYear) {
        int before = 0;
        const std::vector<Transition> later = transitionsOfYear(m_lastYear + 1, &before);
        m_transitions.insert(m_transitions.end(), later.begin(), later.end());
        ++m_lastYear;
    }
    m_coveredFrom = yearStart(m_firstYear);
    m_coveredTo = yearStart(m_lastYear + 1) - 1;
}

int ZoneOffsetCache::offsetAtUtc(qint64 utcSecs)
{
    if (m_fixed)
        return m_fixedOffset;
    const QMutexLocker locker(&m_mutex);
    cover(utcSecs - Day, utcSecs + Day);
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcSecs,
                                     [](qint64 v, const Transition &t) { return v < t.first; });
    return it == m_transitions.begin() ? m_initialOffset : std::prev(it)->second;
}

qint64 ZoneOffsetCache::wallToUtc(qint64 wallSecs)
{
    if (m_fixed)
        return wallSecs - m_fixedOffset;
    const QMutexLocker locker(&m_mutex);
    cover(wallSecs - 2 * Day, wallSecs + 2 * Day);
    // Local start times of transitions ascend (they are months apart), so binary search works.
    const auto it = std::partition_point(m_transitions.begin(), m_transitions.end(),
                                         [wallSecs](const Transition &t) { return t.first + t.second <= wallSecs; });
    const int offset = it == m_transitions.begin() ? m_initialOffset : std::prev(it)->second;
    return wallSecs - offset;
}

} // namespace airdesk::cron

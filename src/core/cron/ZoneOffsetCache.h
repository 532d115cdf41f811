#pragma once

#include <QMutex>
#include <QTimeZone>

#include <memory>
#include <utility>
#include <vector>

namespace airdesk::cron {

/// UTC offsets of one time zone, fetched from QTimeZone a calendar year at a time and then
/// answered by binary search, so the many local/UTC conversions of a cron evaluation stay cheap.
/// It also resolves local ("wall") times the way java.util.GregorianCalendar does, which is
/// what gives Quartz its DST behaviour. Thread-safe; one shared instance per zone via forZone().
class ZoneOffsetCache
{
public:
    explicit ZoneOffsetCache(const QTimeZone &zone);

    /// The process-wide cache of `zone`, so repeated evaluations do not refetch transitions.
    static std::shared_ptr<ZoneOffsetCache> forZone(const QTimeZone &zone);

    /// Seconds east of UTC in effect at the instant utcSecs.
    int offsetAtUtc(qint64 utcSecs);

    /// The instant of a local time, as Java's ZoneInfo.getOffsetsByWall() resolves it: the offset
    /// of the latest transition whose local start is not after the wall time. A time inside a DST
    /// gap therefore moves forward by the gap; an ambiguous time picks the later instant
    /// (standard time).
    qint64 wallToUtc(qint64 wallSecs);

private:
    using Transition = std::pair<qint64, int>; // (instant, offset from then on)

    void cover(qint64 fromUtc, qint64 toUtc);
    std::vector<Transition> transitionsOfYear(int year, int *offsetBefore) const;
    int offsetFromZone(qint64 utcSecs) const;
    static qint64 yearStart(int year);
    static int yearOf(qint64 utcSecs);

    QMutex m_mutex;
    QTimeZone m_zone;
    bool m_fixed = false;
    int m_fixedOffset = 0;
    int m_firstYear = 0;
    int m_lastYear = -1;     // m_lastYear < m_firstYear: nothing cached yet
    int m_initialOffset = 0; // offset in effect when m_firstYear begins
    qint64 m_coveredFrom = 0; // instants whose lookups need no cover() call
    qint64 m_coveredTo = -1;
    std::vector<Transition> m_transitions; // ascending
};

} // namespace airdesk::cron

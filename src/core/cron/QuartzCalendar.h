#pragma once

#include <QtGlobal>

#include <array>

namespace airdesk::cron {

class ZoneOffsetCache;

/// The parts of java.util.GregorianCalendar that Quartz's CronExpression relies on: lenient
/// fields (day 32, month 12 and hour 24 roll over), lazy recomputation on get(), and local times
/// re-resolved against the zone each time (see ZoneOffsetCache::wallToUtc). Quartz's DST
/// behaviour falls out of exactly these rules, so they are reproduced rather than approximated.
class QuartzCalendar
{
public:
    enum Field { Year = 0, Month, DayOfMonth, HourOfDay, Minute, Second, FieldCount }; // Month is 0-based

    explicit QuartzCalendar(ZoneOffsetCache *zone);

    /// Calendar.setTime(): fields from an instant (whole seconds).
    void setTime(qint64 utcSecs);
    /// Calendar.getTime(): the instant of the current fields.
    qint64 time();
    /// Calendar.set(): only records the value; nothing is normalised until the next get/time.
    void set(Field field, int value);
    /// Marks the fields as changed without changing them, as Calendar.set(MILLISECOND, 0) does.
    void touch() { m_dirty = true; }
    int get(Field field);
    /// Calendar.get(DAY_OF_WEEK): 1 = Sunday ... 7 = Saturday.
    int dayOfWeek();
    /// Calendar.add(YEAR, years), including pinning the day to the end of a shorter month.
    void addYears(int years);

    static int lastDayOfMonth(int month1, int year);
    static qint64 daysFromCivil(qint64 year, int month1, int day);

private:
    void complete();
    void computeFields();

    ZoneOffsetCache *m_zone;
    std::array<int, FieldCount> m_fields{};
    qint64 m_time = 0;
    bool m_dirty = false;
};

} // namespace airdesk::cron

#include "core/cron/QuartzCalendar.h"

#include "core/cron/ZoneOffsetCache.h"

namespace airdesk::cron {

namespace {

constexpr qint64 DaySecs = 86400;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

} // namespace

QuartzCalendar::QuartzCalendar(ZoneOffsetCache *zone)
    : m_zone(zone)
{
}

// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil).
qint64 QuartzCalendar::daysFromCivil(qint64 year, int month1, int day)
{
    year -= month1 <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const qint64 yoe = year - era * 400;
    const qint64 mp = (month1 + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int QuartzCalendar::lastDayOfMonth(int month1, int year)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month1 == 2 && isLeapYear(year))
        return 29;
    return lengths[(month1 - 1) % 12];
}

void QuartzCalendar::setTime(qint64 utcSecs)
{
    m_time = utcSecs;
    computeFields();
    m_dirty = false;
}

qint64 QuartzCalendar::time()
{
    complete();
    return m_time;
}

void QuartzCalendar::set(Field field, int value)
{
    m_fields[field] = value;
    m_dirty = true;
}

int QuartzCalendar::get(Field field)
{
    complete();
    return m_fields[field];
}

int QuartzCalendar::dayOfWeek()
{
    complete();
    const qint64 days = daysFromCivil(m_fields[Year], m_fields[Month] + 1, m_fields[DayOfMonth]);
    return int(floorMod(days + 4, 7)) + 1; // 1970-01-01 was a Thursday (5)
}

void QuartzCalendar::addYears(int years)
{
    complete();
    m_fields[Year] += years;
    const int monthLength = lastDayOfMonth(m_fields[Month] + 1, m_fields[Year]);
    if (m_fields[DayOfMonth] > monthLength)
        m_fields[DayOfMonth] = monthLength;
    m_dirty = true;
}

void QuartzCalendar::complete()
{
    if (!m_dirty)
        return;
    // Lenient arithmetic: out-of-range months, days and hours simply carry over.
    const qint64 month = m_fields[Month];
    const qint64 year = m_fields[Year] + floorDiv(month, 12);
    const int month1 = int(floorMod(month, 12)) + 1;
    const qint64 days = daysFromCivil(year, month1, 1) + m_fields[DayOfMonth] - 1;
    const qint64 wall = days * DaySecs + qint64(m_fields[HourOfDay]) * 3600 + qint64(m_fields[Minute]) * 60
        + m_fields[Second];
    m_time = m_zone->wallToUtc(wall);
    computeFields();
    m_dirty = false;
}

void QuartzCalendar::computeFields()
{
    const qint64 local = m_time + m_zone->offsetAtUtc(m_time);
    const qint64 days = floorDiv(local, DaySecs);
    const qint64 secs = local - days * DaySecs;
    // Hinnant's civil_from_days.
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month1 = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month1 <= 2 ? 1 : 0);
    m_fields[Year] = int(year);
    m_fields[Month] = month1 - 1;
    m_fields[DayOfMonth] = day;
    m_fields[HourOfDay] = int(secs / 3600);
    m_fields[Minute] = int((secs / 60) % 60);
    m_fields[Second] = int(secs % 60);
}

} // namespace airdesk::cron

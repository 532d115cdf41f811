#include "core/cron/CronExpression.h"

#include "core/cron/CronParser.h"
#include "core/cron/QuartzCalendar.h"
#include "core/cron/ZoneOffsetCache.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace airdesk::cron {

namespace {

using F = CronFields;
using C = QuartzCalendar;

// Quartz stops searching once the calendar passes this year ("prevent endless loop").
constexpr int LastSearchedYear = 2999;
// A backstop against a loop Quartz itself would never leave; real schedules need a handful of
// iterations per fire time, and even "never fires" ones only a few thousand.
constexpr int MaxIterations = 200000;

// Calendar.set(HOUR_OF_DAY) the way Quartz does it: when the hour does not exist (DST gap),
// take the next one.
void setCalendarHour(QuartzCalendar &cal, int hour)
{
    cal.set(C::HourOfDay, hour);
    if (cal.get(C::HourOfDay) != hour && hour != 24)
        cal.set(C::HourOfDay, hour + 1);
}

void resetTimeAndSetDay(QuartzCalendar &cal, int day, int month0)
{
    cal.set(C::Second, 0);
    cal.set(C::Minute, 0);
    cal.set(C::HourOfDay, 0);
    cal.set(C::DayOfMonth, day);
    cal.set(C::Month, month0);
}

// Moves `day` to the nearest weekday within its month, as Quartz's 'W' does (never across the
// month boundary), and tells whether that moment already lies before afterTime.
struct WeekdayResult
{
    int day;
    bool before;
};

WeekdayResult nearestWeekday(ZoneOffsetCache &zone, int day, int mon, int year, int sec, int min, int hr,
                             qint64 afterTimeMs)
{
    // Quartz builds a fresh Calendar here; it is as lenient as the main one (a day of 0 or 32
    // rolls into the neighbouring month) and that leniency is part of the observable result.
    QuartzCalendar tcal(&zone);
    tcal.setTime(0);
    tcal.set(C::Second, 0);
    tcal.set(C::Minute, 0);
    tcal.set(C::HourOfDay, 0);
    tcal.set(C::DayOfMonth, day);
    tcal.set(C::Month, mon - 1);
    tcal.set(C::Year, year);

    const int ldom = QuartzCalendar::lastDayOfMonth(mon, year);
    const int dow = tcal.dayOfWeek();
    constexpr int Saturday = 7;
    constexpr int Sunday = 1;
    if (dow == Saturday && day == 1)
        day += 2;
    else if (dow == Saturday)
        day -= 1;
    else if (dow == Sunday && day == ldom)
        day -= 2;
    else if (dow == Sunday)
        day += 1;

    tcal.set(C::Second, sec);
    tcal.set(C::Minute, min);
    tcal.set(C::HourOfDay, hr);
    tcal.set(C::DayOfMonth, day);
    tcal.set(C::Month, mon - 1);
    // Quartz's calendar keeps the milliseconds of "now" here; at whole-second resolution the
    // comparison below is what it computes for any start time without milliseconds.
    return {day, tcal.time() * 1000 < afterTimeMs};
}

// A transcription of the search in Quartz's CronExpression.getTimeAfter(): adjust the fields
// from seconds upwards, restarting whenever a larger unit had to move.
std::optional<qint64> timeAfter(const CronFields &f, qint64 afterMs, ZoneOffsetCache &zone)
{
    const CronValueSet &seconds = f.set(F::Second);
    const CronValueSet &minutes = f.set(F::Minute);
    const CronValueSet &hours = f.set(F::Hour);
    const CronValueSet &daysOfMonth = f.set(F::DayOfMonth);
    const CronValueSet &months = f.set(F::Month);
    const CronValueSet &daysOfWeek = f.set(F::DayOfWeek);
    const CronValueSet &years = f.set(F::Year);
    // Quartz would throw NoSuchElementException on these; for us the schedule simply never fires.
    if (seconds.isEmpty() || minutes.isEmpty() || hours.isEmpty() || months.isEmpty() || years.isEmpty())
        return std::nullopt;
    const bool dayOfMSpec = !daysOfMonth.contains(F::NoSpec);
    const bool dayOfWSpec = !daysOfWeek.contains(F::NoSpec);
    if (dayOfMSpec == dayOfWSpec)
        return std::nullopt;
    if ((dayOfMSpec && daysOfMonth.isEmpty() && !f.lastdayOfMonth) || (dayOfWSpec && daysOfWeek.isEmpty()))
        return std::nullopt;

    // Quartz moves one second ahead ("strictly after") and drops the milliseconds.
    const qint64 afterTimeMs = afterMs + 1000;
    QuartzCalendar cl(&zone);
    cl.setTime(afterTimeMs >= 0 ? afterTimeMs / 1000 : -((-afterTimeMs + 999) / 1000));
    cl.touch();

    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        if (cl.get(C::Year) > LastSearchedYear)
            return std::nullopt;

        // second
        int sec = cl.get(C::Second);
        int min = cl.get(C::Minute);
        if (const auto s = seconds.firstAtLeast(sec)) {
            sec = *s;
        } else {
            sec = seconds.first();
            ++min;
            cl.set(C::Minute, min);
        }
        cl.set(C::Second, sec);

        // minute
        min = cl.get(C::Minute);
        int hr = cl.get(C::HourOfDay);
        int t = -1;
        if (const auto m = minutes.firstAtLeast(min)) {
            t = min;
            min = *m;
        } else {
            min = minutes.first();
            ++hr;
        }
        if (min != t) {
            cl.set(C::Second, 0);
            cl.set(C::Minute, min);
            setCalendarHour(cl, hr);
            continue;
        }
        cl.set(C::Minute, min);

        // hour
        hr = cl.get(C::HourOfDay);
        int day = cl.get(C::DayOfMonth);
        t = -1;
        if (const auto h = hours.firstAtLeast(hr)) {
            t = hr;
            hr = *h;
        } else {
            hr = hours.first();
            ++day;
        }
        if (hr != t) {
            cl.set(C::Second, 0);
            cl.set(C::Minute, 0);
            cl.set(C::DayOfMonth, day);
            setCalendarHour(cl, hr);
            continue;
        }
        cl.set(C::HourOfDay, hr);

        // day
        day = cl.get(C::DayOfMonth);
        int mon = cl.get(C::Month) + 1;
        t = -1;
        int tmon = mon;
        if (dayOfMSpec) {
            const auto st = daysOfMonth.firstAtLeast(day);
            if (f.lastdayOfMonth) {
                t = day;
                day = QuartzCalendar::lastDayOfMonth(mon, cl.get(C::Year)) - f.lastdayOffset;
                if (!f.nearestWeekday) {
                    if (t > day) {
                        ++mon;
                        if (mon > 12) {
                            mon = 1;
                            tmon = 3333; // forces the "day changed" branch below
                            cl.addYears(1);
                        }
                        day = 1;
                    }
                } else {
                    const auto w = nearestWeekday(zone, day, mon, cl.get(C::Year), sec, min, hr, afterTimeMs);
                    day = w.day;
                    if (w.before) {
                        day = 1;
                        ++mon;
                    }
                }
            } else if (f.nearestWeekday) {
                t = day;
                day = daysOfMonth.first();
                const auto w = nearestWeekday(zone, day, mon, cl.get(C::Year), sec, min, hr, afterTimeMs);
                day = w.day;
                if (w.before) {
                    day = daysOfMonth.first();
                    ++mon;
                }
            } else if (st) {
                t = day;
                day = *st;
                // don't overrun a short month such as February
                if (day > QuartzCalendar::lastDayOfMonth(mon, cl.get(C::Year))) {
                    day = daysOfMonth.first();
                    ++mon;
                }
            } else {
                day = daysOfMonth.first();
                ++mon;
            }
            if (day != t || mon != tmon) {
                resetTimeAndSetDay(cl, day, mon - 1);
                continue;
            }
        } else if (f.lastdayOfWeek) { // last given weekday of the month ("5L")
            const int dow = daysOfWeek.first();
            const int cDow = cl.dayOfWeek();
            int daysToAdd = 0;
            if (cDow < dow)
                daysToAdd = dow - cDow;
            if (cDow > dow)
                daysToAdd = dow + (7 - cDow);
            const int lDay = QuartzCalendar::lastDayOfMonth(mon, cl.get(C::Year));
            if (day + daysToAdd > lDay) { // already past the last one
                resetTimeAndSetDay(cl, 1, mon);
                continue;
            }
            while (day + daysToAdd + 7 <= lDay)
                daysToAdd += 7;
            day += daysToAdd;
            if (daysToAdd > 0) {
                resetTimeAndSetDay(cl, day, mon - 1);
                continue;
            }
        } else if (f.nthdayOfWeek != 0) { // nth given weekday of the month ("6#3")
            const int dow = daysOfWeek.first();
            const int cDow = cl.dayOfWeek();
            int daysToAdd = 0;
            if (cDow < dow)
                daysToAdd = dow - cDow;
            else if (cDow > dow)
                daysToAdd = dow + (7 - cDow);
            const bool dayShifted = daysToAdd > 0;
            day += daysToAdd;
            int weekOfMonth = day / 7;
            if (day % 7 > 0)
                ++weekOfMonth;
            daysToAdd = (f.nthdayOfWeek - weekOfMonth) * 7;
            day += daysToAdd;
            if (daysToAdd < 0 || day > QuartzCalendar::lastDayOfMonth(mon, cl.get(C::Year))) {
                resetTimeAndSetDay(cl, 1, mon);
                continue;
            }
            if (daysToAdd > 0 || dayShifted) {
                resetTimeAndSetDay(cl, day, mon - 1);
                continue;
            }
        } else {
            const int cDow = cl.dayOfWeek();
            int dow = daysOfWeek.first();
            if (const auto st = daysOfWeek.firstAtLeast(cDow))
                dow = *st;
            int daysToAdd = 0;
            if (cDow < dow)
                daysToAdd = dow - cDow;
            if (cDow > dow)
                daysToAdd = dow + (7 - cDow);
            const int lDay = QuartzCalendar::lastDayOfMonth(mon, cl.get(C::Year));
            if (day + daysToAdd > lDay) { // the next match is in a later month
                resetTimeAndSetDay(cl, 1, mon);
                continue;
            }
            if (daysToAdd > 0) {
                resetTimeAndSetDay(cl, day + daysToAdd, mon - 1);
                continue;
            }
        }
        cl.set(C::DayOfMonth, day);

        // month
        mon = cl.get(C::Month) + 1;
        int year = cl.get(C::Year);
        t = -1;
        if (year > f.maxYear)
            return std::nullopt; // the expression never produces a valid date
        if (const auto m = months.firstAtLeast(mon)) {
            t = mon;
            mon = *m;
        } else {
            mon = months.first();
            ++year;
        }
        if (mon != t) {
            resetTimeAndSetDay(cl, 1, mon - 1);
            cl.set(C::Year, year);
            continue;
        }
        cl.set(C::Month, mon - 1);

        // year
        year = cl.get(C::Year);
        t = -1;
        if (const auto y = years.firstAtLeast(year)) {
            t = year;
            year = *y;
            // Quartz ends past MAX_YEAR at the month step of the next pass; ending here gives the
            // same answer without walking the zone's transitions up to a far year (fuzz finding
            // tests/fuzz/findings/cron-far-year-slow.bin: year 40600 took 48 s).
            if (year > f.maxYear)
                return std::nullopt;
        } else {
            return std::nullopt; // ran out of years
        }
        if (year != t) {
            resetTimeAndSetDay(cl, 1, 0);
            cl.set(C::Year, year);
            continue;
        }
        cl.set(C::Year, year);
        return cl.time();
    }
    return std::nullopt;
}

} // namespace

CronExpression CronExpression::parse(const QString &text)
{
    // Quartz fills '*' years up to "this year + 100", fixed when its class is loaded.
    static const int maxYear = QDate::currentDate().year() + 100;
    CronParser::Result parsed = CronParser::parse(text, maxYear);
    CronExpression expression;
    expression.m_text = text;
    expression.m_valid = parsed.ok;
    expression.m_error = parsed.errorMessage;
    expression.m_tokens = parsed.tokens;
    expression.m_fields = std::move(parsed.fields);
    return expression;
}

QList<qint64> CronExpression::nextFireSecs(qint64 afterMSecsSinceEpoch, const QTimeZone &zone, int count) const
{
    QList<qint64> result;
    if (!m_valid || !zone.isValid() || count <= 0)
        return result;
    const std::shared_ptr<ZoneOffsetCache> offsets = ZoneOffsetCache::forZone(zone);
    qint64 after = afterMSecsSinceEpoch;
    result.reserve(count);
    while (result.size() < count) {
        const auto next = timeAfter(m_fields, after, *offsets);
        if (!next)
            break;
        result.append(*next);
        after = *next * 1000;
    }
    return result;
}

std::optional<QDateTime> CronExpression::nextFireAfter(const QDateTime &after, const QTimeZone &zone) const
{
    const QList<QDateTime> times = nextFireTimes(after, zone, 1);
    if (times.isEmpty())
        return std::nullopt;
    return times.first();
}

QList<QDateTime> CronExpression::nextFireTimes(const QDateTime &after, const QTimeZone &zone, int count) const
{
    QList<QDateTime> result;
    if (!after.isValid())
        return result;
    const QList<qint64> secs = nextFireSecs(after.toMSecsSinceEpoch(), zone, count);
    result.reserve(secs.size());
    for (const qint64 s : secs)
        result.append(QDateTime::fromSecsSinceEpoch(s, zone));
    return result;
}

} // namespace airdesk::cron

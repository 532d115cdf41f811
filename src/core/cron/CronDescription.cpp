#include "core/cron/CronDescription.h"

#include "core/cron/CronExpression.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace airdesk::cron {

namespace {

using F = CronFields;

// Years past this are a stand-in the parser keeps for "beyond Quartz's reach" (see addToSet).
constexpr int BeyondReachYear = 3000;

const char *const MonthNames[] = {
    QT_TRANSLATE_NOOP("CronDescription", "January"),   QT_TRANSLATE_NOOP("CronDescription", "February"),
    QT_TRANSLATE_NOOP("CronDescription", "March"),     QT_TRANSLATE_NOOP("CronDescription", "April"),
    QT_TRANSLATE_NOOP("CronDescription", "May"),       QT_TRANSLATE_NOOP("CronDescription", "June"),
    QT_TRANSLATE_NOOP("CronDescription", "July"),      QT_TRANSLATE_NOOP("CronDescription", "August"),
    QT_TRANSLATE_NOOP("CronDescription", "September"), QT_TRANSLATE_NOOP("CronDescription", "October"),
    QT_TRANSLATE_NOOP("CronDescription", "November"),  QT_TRANSLATE_NOOP("CronDescription", "December"),
};

// Quartz numbers the days of the week from Sunday = 1.
const char *const DayNames[] = {
    QT_TRANSLATE_NOOP("CronDescription", "Sunday"),   QT_TRANSLATE_NOOP("CronDescription", "Monday"),
    QT_TRANSLATE_NOOP("CronDescription", "Tuesday"),  QT_TRANSLATE_NOOP("CronDescription", "Wednesday"),
    QT_TRANSLATE_NOOP("CronDescription", "Thursday"), QT_TRANSLATE_NOOP("CronDescription", "Friday"),
    QT_TRANSLATE_NOOP("CronDescription", "Saturday"),
};

const char *const Ordinals[] = {
    QT_TRANSLATE_NOOP("CronDescription", "first"),  QT_TRANSLATE_NOOP("CronDescription", "second"),
    QT_TRANSLATE_NOOP("CronDescription", "third"),  QT_TRANSLATE_NOOP("CronDescription", "fourth"),
    QT_TRANSLATE_NOOP("CronDescription", "fifth"),
};

// The (text, disambiguation, n) shape of QObject::tr, so lupdate files %n strings as plurals.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CronDescription", text, disambiguation, n);
}

/// The values of one field as Quartz resolved them, without its '?' and '*' markers.
struct Values
{
    std::vector<int> v;
    int lowest = 0;
    int highest = 0;
    bool noSpec = false; // '?'
    bool allMarker = false;

    bool isSingle() const { return v.size() == 1; }
    int first() const { return v.front(); }
    int last() const { return v.back(); }
    bool all() const
    {
        if (allMarker)
            return true;
        if (v.empty() || v.front() > lowest)
            return false;
        int covered = 0;
        for (int value : v)
            covered += value >= lowest && value <= highest ? 1 : 0;
        return covered == highest - lowest + 1;
    }
    /// The common difference when the values form a progression with a step above 1, else 0.
    int step() const
    {
        if (v.size() < 2)
            return 0;
        const int d = v[1] - v[0];
        for (size_t i = 2; i < v.size(); ++i)
            if (v[i] - v[i - 1] != d)
                return 0;
        return d > 1 ? d : 0;
    }
    /// "*/n" or "lowest/n": starts at the bottom and runs to the top of the range.
    /// Two values only count when they split the range evenly ("0,30"), else "0,38" would read
    /// as "every 38 minutes".
    bool everyFromLowest() const
    {
        if (!step() || first() != lowest || last() + step() <= highest)
            return false;
        return v.size() >= 3 || last() + step() == highest + 1;
    }
    /// "a/n": starts later and runs to the top.
    bool everyFromLater() const { return step() && v.size() >= 3 && first() > lowest && last() + step() > highest; }
    /// "a-b/n": stops before the top.
    bool everyBounded() const { return step() && v.size() >= 3 && last() + step() <= highest; }
    bool isEvery() const { return everyFromLowest() || everyFromLater() || everyBounded(); }
};

Values valuesOf(const CronFields &f, F::Field field)
{
    static constexpr int lowest[] = {0, 0, 0, 1, 1, 1, 1970};
    static constexpr int highest[] = {59, 59, 23, 31, 12, 7, 0};
    Values out;
    out.lowest = lowest[field];
    out.highest = field == F::Year ? f.maxYear : highest[field];
    for (int value : f.set(field).values()) {
        if (value == F::NoSpec && field != F::Year)
            out.noSpec = true;
        else if (value == F::AllSpec && field != F::Year)
            out.allMarker = true;
        else
            out.v.push_back(value);
    }
    return out;
}

/// A run of consecutive values, `last` < `first` when it wraps past the top of the range.
struct Run
{
    int first;
    int last;
    int length;
};

std::vector<Run> runsOf(const Values &values, bool wrap)
{
    std::vector<Run> runs;
    for (int value : values.v) {
        if (!runs.empty() && runs.back().last + 1 == value) {
            runs.back().last = value;
            ++runs.back().length;
        } else {
            runs.push_back({value, value, 1});
        }
    }
    // FRI-MON, 22-2: one run across the end of the range reads better than two.
    if (wrap && runs.size() >= 2 && runs.front().first == values.lowest && runs.back().last == values.highest) {
        const Run merged{runs.back().first, runs.front().last, runs.back().length + runs.front().length};
        if (merged.length >= 3) {
            runs.pop_back();
            runs.front() = merged;
        }
    }
    return runs;
}

QString joinList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    const QString head = items.mid(0, items.size() - 1).join(tr(", "));
    return tr("%1 and %2").arg(head, items.last());
}

template<typename Name>
QStringList runItems(const std::vector<Run> &runs, Name name)
{
    QStringList items;
    for (const Run &run : runs) {
        if (run.length == 1) {
            items << name(run.first);
        } else if (run.length == 2 && run.last > run.first) {
            items << name(run.first) << name(run.last);
        } else if (run.first >= 1970 && run.last > BeyondReachYear) {
            items << tr("%1 and later").arg(name(run.first));
        } else {
            items << tr("%1 through %2").arg(name(run.first), name(run.last));
        }
    }
    return items;
}

QString number(int value)
{
    return QString::number(value);
}

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

QString clock(int hour, int minute, int second = 0)
{
    const QString hm = twoDigits(hour) + u':' + twoDigits(minute);
    return second == 0 ? hm : QString(hm + u':' + twoDigits(second));
}

QString monthName(int month)
{
    return month >= 1 && month <= 12 ? tr(MonthNames[month - 1]) : number(month);
}

QString dayName(int day)
{
    return day >= 1 && day <= 7 ? tr(DayNames[day - 1]) : number(day);
}

QString listOf(const Values &values, bool wrap, QString (*name)(int))
{
    return joinList(runItems(runsOf(values, wrap), name));
}

QString secondsPhrase(const Values &s)
{
    if (s.everyFromLowest())
        return tr("every %n seconds", nullptr, s.step());
    if (s.everyFromLater())
        return tr("every %n seconds, starting at %1 seconds past the minute", nullptr, s.step()).arg(s.first());
    if (s.everyBounded())
        return tr("every %n seconds, seconds %1 through %2 past the minute", nullptr, s.step()).arg(s.first()).arg(s.last());
    if (s.isSingle() && s.first() == 1)
        return tr("at 1 second past the minute");
    if (s.isSingle())
        return tr("at %1 seconds past the minute").arg(s.first());
    return tr("at seconds %1 past the minute").arg(listOf(s, true, number));
}

QString minutesPhrase(const Values &m)
{
    if (m.everyFromLowest())
        return tr("every %n minutes", nullptr, m.step());
    if (m.everyFromLater())
        return tr("every %n minutes, starting at %1 minutes past the hour", nullptr, m.step()).arg(m.first());
    if (m.everyBounded())
        return tr("every %n minutes, minutes %1 through %2 past the hour", nullptr, m.step()).arg(m.first()).arg(m.last());
    if (m.isSingle() && m.first() == 1)
        return tr("at 1 minute past the hour");
    if (m.isSingle())
        return tr("at %1 minutes past the hour").arg(m.first());
    return tr("at minutes %1 past the hour").arg(listOf(m, true, number));
}

QString hoursPhrase(const Values &h)
{
    if (h.everyFromLowest())
        return tr("every %n hours", nullptr, h.step());
    if (h.everyFromLater())
        return tr("every %n hours, starting at %1", nullptr, h.step()).arg(clock(h.first(), 0));
    if (h.everyBounded())
        return tr("every %n hours, between %1 and %2", nullptr, h.step()).arg(clock(h.first(), 0), clock(h.last(), 59));
    const std::vector<Run> runs = runsOf(h, true);
    if (runs.size() > 3)
        return tr("during hours %1").arg(joinList(runItems(runs, twoDigits)));
    QStringList spans;
    for (const Run &run : runs)
        spans << tr("between %1 and %2").arg(clock(run.first, 0), clock(run.last, 59));
    return joinList(spans);
}

void describeTime(const Values &s, const Values &m, const Values &h, QStringList &out)
{
    if (s.isSingle() && m.isSingle() && h.isSingle()) {
        out << tr("at %1").arg(clock(h.first(), m.first(), s.first()));
        return;
    }
    // A few separate hours at a fixed minute read best as clock times; spans ("22-2") and
    // open-ended steps ("*/6", "3/6") read better as words.
    const std::vector<Run> hourRuns = runsOf(h, true);
    const bool separateHours = std::all_of(hourRuns.begin(), hourRuns.end(), [](const Run &r) { return r.length <= 2; });
    if (s.isSingle() && m.isSingle() && !h.all() && !h.everyFromLowest() && !h.everyFromLater() && h.v.size() <= 6
        && separateHours) {
        QStringList times;
        for (int hour : h.v)
            times << clock(hour, m.first(), s.first());
        out << tr("at %1").arg(joinList(times));
        return;
    }
    const bool s0 = s.isSingle() && s.first() == 0;
    const bool m0 = m.isSingle() && m.first() == 0;
    if (s.all())
        out << tr("every second");
    else if (!s0)
        out << secondsPhrase(s);

    if (m.all()) {
        if (s0)
            out << tr("every minute");
    } else if (m0 && s0) {
        if (!h.isEvery())
            out << tr("every hour");
    } else {
        out << minutesPhrase(m);
    }

    if (!h.all())
        out << hoursPhrase(h);
}

QString daysOfMonthPhrase(const CronFields &f, const Values &dom)
{
    if (f.lastdayOfMonth) {
        const int offset = f.lastdayOffset;
        if (f.nearestWeekday) {
            if (offset == 0)
                return tr("on the last weekday of the month");
            if (offset == 1)
                return tr("on the weekday nearest the day before the last day of the month");
            return tr("on the weekday nearest the day %n days before the last day of the month", nullptr, offset);
        }
        if (offset == 0)
            return tr("on the last day of the month");
        if (offset == 1)
            return tr("on the day before the last day of the month");
        return tr("on the day %n days before the last day of the month", nullptr, offset);
    }
    if (dom.noSpec || dom.v.empty() || dom.all())
        return {};
    if (f.nearestWeekday) {
        if (dom.isSingle())
            return tr("on the weekday nearest day %1 of the month").arg(dom.first());
        return tr("on the weekday nearest days %1 of the month").arg(listOf(dom, false, number));
    }
    if (dom.everyFromLowest())
        return tr("every %n days", nullptr, dom.step());
    if (dom.everyFromLater())
        return tr("every %n days, starting on day %1 of the month", nullptr, dom.step()).arg(dom.first());
    if (dom.everyBounded())
        return tr("every %n days, days %1 through %2 of the month", nullptr, dom.step()).arg(dom.first()).arg(dom.last());
    if (dom.isSingle())
        return tr("on day %1 of the month").arg(dom.first());
    return tr("on days %1 of the month").arg(listOf(dom, true, number));
}

QString daysOfWeekPhrase(const CronFields &f, const Values &dow)
{
    if (dow.noSpec || dow.v.empty())
        return {};
    QStringList names;
    for (int day : dow.v)
        names << dayName(day);
    if (f.nthdayOfWeek >= 1 && f.nthdayOfWeek <= 5)
        return tr("on the %1 %2 of the month").arg(tr(Ordinals[f.nthdayOfWeek - 1]), joinList(names));
    if (f.lastdayOfWeek)
        return tr("on the last %1 of the month").arg(joinList(names));
    if (dow.all())
        return {};
    const std::vector<Run> runs = runsOf(dow, true);
    if (runs.size() == 1 && runs.front().length >= 3)
        return tr("%1 through %2").arg(dayName(runs.front().first), dayName(runs.front().last));
    return tr("only on %1").arg(joinList(runItems(runs, dayName)));
}

QString monthsPhrase(const Values &months)
{
    if (months.v.empty() || months.all())
        return {};
    if (months.everyFromLowest())
        return tr("every %n months", nullptr, months.step());
    return tr("only in %1").arg(listOf(months, true, monthName));
}

QString yearsPhrase(const CronExpression &expression, const Values &years)
{
    if (!expression.hasYearField() || years.v.empty() || years.all())
        return {};
    if (years.step() && years.v.size() >= 3 && years.last() <= BeyondReachYear) {
        if (years.last() + years.step() > years.highest)
            return tr("every %n years, starting in %1", nullptr, years.step()).arg(years.first());
        return tr("every %n years, %1 through %2", nullptr, years.step()).arg(years.first()).arg(years.last());
    }
    return tr("only in %1").arg(listOf(years, false, number));
}

} // namespace

QString CronDescription::describe(const CronExpression &expression)
{
    if (!expression.isValid())
        return {};
    const CronFields &f = expression.fields();
    QStringList parts;
    describeTime(valuesOf(f, F::Second), valuesOf(f, F::Minute), valuesOf(f, F::Hour), parts);
    parts << daysOfMonthPhrase(f, valuesOf(f, F::DayOfMonth)) << daysOfWeekPhrase(f, valuesOf(f, F::DayOfWeek))
          << monthsPhrase(valuesOf(f, F::Month)) << yearsPhrase(expression, valuesOf(f, F::Year));
    parts.removeAll(QString());
    QString text = parts.join(tr(", "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString CronDescription::describe(const QString &text)
{
    return describe(CronExpression::parse(text));
}

} // namespace airdesk::cron

#include "core/cron/QuartzFieldBuilder.h"

#include <QRegularExpression>
#include <QStringList>

#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace airdesk::cron {

namespace {

using F = CronFields;

// A Java runtime exception that Quartz's buildExpression() wraps into a ParseException.
[[noreturn]] void failJava(const QString &exception)
{
    throw CronParseFailure{u"Illegal cron expression format ("_s + exception + u')'};
}

// String.charAt / substring / Integer.parseInt with the exceptions (and JDK 17 messages) they throw.
QChar charAt(const QString &s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        failJava(u"java.lang.StringIndexOutOfBoundsException: String index out of range: "_s
                 + QString::number(i));
    return s.at(i);
}

QString substring(const QString &s, qsizetype begin, qsizetype end)
{
    if (begin < 0 || end > s.size() || begin > end)
        failJava(u"java.lang.StringIndexOutOfBoundsException: begin %1, end %2, length %3"_s.arg(begin)
                     .arg(end)
                     .arg(s.size()));
    return s.mid(begin, end - begin);
}

std::optional<int> tryParseInt(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        i = 1;
        if (s.size() == 1)
            return std::nullopt;
    }
    qint64 value = 0;
    for (; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
        if (value > qint64(INT_MAX) + 1)
            return std::nullopt;
    }
    if (negative)
        value = -value;
    if (value > INT_MAX || value < INT_MIN)
        return std::nullopt;
    return int(value);
}

int parseInt(const QString &s)
{
    const auto value = tryParseInt(s);
    if (!value)
        failJava(u"java.lang.NumberFormatException: For input string: \""_s + s + u'"');
    return *value;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int monthNumber(const QString &name) // 0-based, -1 when unknown
{
    static const QStringList names = {u"JAN"_s, u"FEB"_s, u"MAR"_s, u"APR"_s, u"MAY"_s, u"JUN"_s,
                                      u"JUL"_s, u"AUG"_s, u"SEP"_s, u"OCT"_s, u"NOV"_s, u"DEC"_s};
    return int(names.indexOf(name));
}

int dayOfWeekNumber(const QString &name) // SUN = 1, -1 when unknown
{
    static const QStringList names = {u"SUN"_s, u"MON"_s, u"TUE"_s, u"WED"_s, u"THU"_s, u"FRI"_s, u"SAT"_s};
    const auto index = names.indexOf(name);
    return index < 0 ? -1 : int(index) + 1;
}

} // namespace

void QuartzFieldBuilder::fail(const QString &message)
{
    throw CronParseFailure{message};
}

void QuartzFieldBuilder::parseNth(const QString &s, qsizetype i)
{
    const auto n = i <= s.size() ? tryParseInt(s.mid(i)) : std::nullopt;
    if (!n || *n < 1 || *n > 5)
        fail(u"A numeric value between 1 and 5 must follow the '#' option"_s);
    m_f.nthdayOfWeek = *n;
}

void QuartzFieldBuilder::storeExpressionVals(const QString &s, int type)
{
    qsizetype i = 0;
    while (i < s.size() && (s.at(i) == u' ' || s.at(i) == u'\t'))
        ++i;
    if (i >= s.size())
        return;
    QChar c = s.at(i);
    static const QRegularExpression lastOffset(u"^L-[0-9]*W?$"_s);
    if (c >= u'A' && c <= u'Z' && s != u"L"_s && s != u"LW"_s && !lastOffset.match(s).hasMatch()) {
        QString sub = substring(s, i, i + 3);
        int sval = -1;
        int eval = -1;
        if (type == F::Month) {
            sval = monthNumber(sub) + 1;
            if (sval <= 0)
                fail(u"Invalid Month value: '"_s + sub + u'\'');
            if (s.size() > i + 3 && s.at(i + 3) == u'-') {
                i += 4;
                sub = substring(s, i, i + 3);
                eval = monthNumber(sub) + 1;
                if (eval <= 0)
                    fail(u"Invalid Month value: '"_s + sub + u'\'');
            }
        } else if (type == F::DayOfWeek) {
            sval = dayOfWeekNumber(sub);
            if (sval < 0)
                fail(u"Invalid Day-of-Week value: '"_s + sub + u'\'');
            if (s.size() > i + 3) {
                c = s.at(i + 3);
                if (c == u'-') {
                    i += 4;
                    sub = substring(s, i, i + 3);
                    eval = dayOfWeekNumber(sub);
                    if (eval < 0)
                        fail(u"Invalid Day-of-Week value: '"_s + sub + u'\'');
                } else if (c == u'#') {
                    i += 4;
                    parseNth(s, i);
                } else if (c == u'L') {
                    m_f.lastdayOfWeek = true;
                    ++i;
                }
            }
        } else {
            fail(u"Illegal characters for this position: '"_s + sub + u'\'');
        }
        addToSet(sval, eval, eval != -1 ? 1 : 0, type);
        return; // Quartz ignores whatever follows the name(s)
    }

    if (c == u'?') {
        ++i;
        if (i + 1 < s.size() && s.at(i) != u' ' && s.at(i + 1) != u'\t')
            fail(u"Illegal character after '?': "_s + s.at(i));
        if (type != F::DayOfWeek && type != F::DayOfMonth)
            fail(u"'?' can only be specified for Day-of-Month or Day-of-Week."_s);
        if (type == F::DayOfWeek && !m_f.lastdayOfMonth) {
            if (set(F::DayOfMonth).isEmpty())
                failJava(u"java.util.NoSuchElementException"_s);
            if (set(F::DayOfMonth).last() == F::NoSpec)
                fail(u"'?' can only be specified for Day-of-Month -OR- Day-of-Week."_s);
        }
        addToSet(F::NoSpec, -1, 0, type);
        return;
    }

    if (c == u'*' || c == u'/') {
        int incr = 0;
        if (c == u'*' && i + 1 >= s.size()) {
            addToSet(F::AllSpec, -1, incr, type);
            return;
        }
        if (c == u'/' && (i + 1 >= s.size() || s.at(i + 1) == u' ' || s.at(i + 1) == u'\t'))
            fail(u"'/' must be followed by an integer."_s);
        if (c == u'*')
            ++i;
        c = charAt(s, i);
        if (c == u'/') {
            ++i;
            if (i >= s.size())
                fail(u"Unexpected end of string."_s);
            // Quartz's findNextWhiteSpace() never stops early, so the rest of the item is the number.
            incr = parseInt(s.mid(i));
            checkIncrementRange(incr, type);
        } else {
            incr = 1;
        }
        addToSet(F::AllSpec, -1, incr, type);
        return;
    }

    if (c == u'L') {
        ++i;
        if (type == F::DayOfMonth)
            m_f.lastdayOfMonth = true;
        if (type == F::DayOfWeek)
            addToSet(7, 7, 0, type); // a bare 'L' in day-of-week means Saturday
        if (type == F::DayOfMonth && s.size() > i) {
            if (s.at(i) == u'-') {
                const ValueSet vs = getValue(0, s, i + 1);
                m_f.lastdayOffset = vs.value;
                if (m_f.lastdayOffset > 30)
                    fail(u"Offset from last day must be <= 30"_s);
                i = vs.pos;
            }
            if (s.size() > i && s.at(i) == u'W')
                m_f.nearestWeekday = true;
        }
        return;
    }

    if (isDigit(c)) {
        int val = c.unicode() - u'0';
        ++i;
        if (i >= s.size()) {
            addToSet(val, -1, -1, type);
            return;
        }
        if (isDigit(s.at(i))) {
            const ValueSet vs = getValue(val, s, i);
            val = vs.value;
            i = vs.pos;
        }
        checkNext(i, s, val, type);
        return;
    }

    fail(u"Unexpected character: "_s + c);
}

QuartzFieldBuilder::ValueSet QuartzFieldBuilder::getValue(int v, const QString &s, qsizetype i)
{
    QChar c = charAt(s, i);
    QString digits = QString::number(v);
    while (isDigit(c)) {
        digits += c;
        ++i;
        if (i >= s.size())
            break;
        c = s.at(i);
    }
    return {parseInt(digits), i < s.size() ? i : i + 1};
}

qsizetype QuartzFieldBuilder::checkNext(qsizetype pos, const QString &s, int val, int type)
{
    int end = -1;
    qsizetype i = pos;
    if (i >= s.size()) {
        addToSet(val, end, -1, type);
        return i;
    }
    QChar c = s.at(pos);
    if (c == u'L') {
        if (type != F::DayOfWeek)
            fail(u"'L' option is not valid here. (pos=%1)"_s.arg(i));
        if (val < 1 || val > 7)
            fail(u"Day-of-Week values must be between 1 and 7"_s);
        m_f.lastdayOfWeek = true;
        set(type).add(val);
        return i + 1;
    }
    if (c == u'W') {
        if (type != F::DayOfMonth)
            fail(u"'W' option is not valid here. (pos=%1)"_s.arg(i));
        m_f.nearestWeekday = true;
        if (val > 31)
            fail(u"The 'W' option does not make sense with values larger than 31 (max number of days in a month)"_s);
        set(type).add(val);
        return i + 1;
    }
    if (c == u'#') {
        if (type != F::DayOfWeek)
            fail(u"'#' option is not valid here. (pos=%1)"_s.arg(i));
        ++i;
        parseNth(s, i);
        set(type).add(val);
        return i + 1;
    }
    if (c == u'-') {
        ++i;
        c = charAt(s, i);
        const int v = parseInt(QString(c));
        end = v;
        ++i;
        if (i >= s.size()) {
            addToSet(val, end, 1, type);
            return i;
        }
        c = s.at(i);
        if (isDigit(c)) {
            const ValueSet vs = getValue(v, s, i);
            end = vs.value;
            i = vs.pos;
        }
        if (i < s.size() && s.at(i) == u'/') {
            ++i;
            c = charAt(s, i);
            const int v2 = parseInt(QString(c));
            ++i;
            if (i >= s.size()) {
                addToSet(val, end, v2, type);
                return i;
            }
            c = s.at(i);
            if (isDigit(c)) {
                const ValueSet vs = getValue(v2, s, i);
                addToSet(val, end, vs.value, type);
                return vs.pos;
            }
            addToSet(val, end, v2, type);
            return i;
        }
        addToSet(val, end, 1, type);
        return i;
    }
    if (c == u'/') {
        if (i + 1 >= s.size() || s.at(i + 1) == u' ' || s.at(i + 1) == u'\t')
            fail(u"'/' must be followed by an integer."_s);
        ++i;
        c = s.at(i);
        const int v2 = parseInt(QString(c));
        ++i;
        if (i >= s.size()) {
            checkIncrementRange(v2, type);
            addToSet(val, end, v2, type);
            return i;
        }
        c = s.at(i);
        if (isDigit(c)) {
            const ValueSet vs = getValue(v2, s, i);
            checkIncrementRange(vs.value, type);
            addToSet(val, end, vs.value, type);
            return vs.pos;
        }
        fail(u"Unexpected character '"_s + c + u"' after '/'"_s);
    }
    addToSet(val, end, 0, type);
    return i + 1;
}

void QuartzFieldBuilder::checkIncrementRange(int incr, int type)
{
    if (incr > 59 && (type == F::Second || type == F::Minute))
        fail(u"Increment > 60 : %1"_s.arg(incr));
    if (incr > 23 && type == F::Hour)
        fail(u"Increment > 24 : %1"_s.arg(incr));
    if (incr > 31 && type == F::DayOfMonth)
        fail(u"Increment > 31 : %1"_s.arg(incr));
    if (incr > 7 && type == F::DayOfWeek)
        fail(u"Increment > 7 : %1"_s.arg(incr));
    if (incr > 12 && type == F::Month)
        fail(u"Increment > 12 : %1"_s.arg(incr));
}

void QuartzFieldBuilder::addToSet(int val, int end, int incr, int type)
{
    const bool all = val == F::AllSpec;
    switch (type) {
    case F::Second:
    case F::Minute:
        if ((val < 0 || val > 59 || end > 59) && !all)
            fail(u"Minute and Second values must be between 0 and 59"_s);
        break;
    case F::Hour:
        if ((val < 0 || val > 23 || end > 23) && !all)
            fail(u"Hour values must be between 0 and 23"_s);
        break;
    case F::DayOfMonth:
        if ((val < 1 || val > 31 || end > 31) && !all && val != F::NoSpec)
            fail(u"Day of month values must be between 1 and 31"_s);
        break;
    case F::Month:
        if ((val < 1 || val > 12 || end > 12) && !all)
            fail(u"Month values must be between 1 and 12"_s);
        break;
    case F::DayOfWeek:
        if ((val == 0 || val > 7 || end > 7) && !all && val != F::NoSpec)
            fail(u"Day-of-Week values must be between 1 and 7"_s);
        break;
    default:
        break; // Quartz does not range-check years
    }

    CronValueSet &target = set(type);
    if ((incr == 0 || incr == -1) && !all) {
        target.add(val != -1 ? val : F::NoSpec);
        return;
    }

    int startAt = val;
    int stopAt = end;
    if (all && incr <= 0) {
        incr = 1;
        target.add(F::AllSpec); // a marker, the values are filled in as well
    }
    if (incr <= 0)
        incr = 1; // unreachable from the grammar; keeps the loop finite

    int lowest = 0;
    int highest = 0;
    int wrap = -1;
    switch (type) {
    case F::Second:
    case F::Minute: lowest = 0; highest = 59; wrap = 60; break;
    case F::Hour: lowest = 0; highest = 23; wrap = 24; break;
    case F::DayOfMonth: lowest = 1; highest = 31; wrap = 31; break;
    case F::Month: lowest = 1; highest = 12; wrap = 12; break;
    case F::DayOfWeek: lowest = 1; highest = 7; wrap = 7; break;
    default: lowest = 1970; highest = m_f.maxYear; break;
    }
    if (stopAt == -1)
        stopAt = highest;
    if (startAt == -1 || all)
        startAt = lowest;

    int max = -1;
    if (stopAt < startAt) {
        // Ranges such as FRI-MON or 22-2 wrap into the next week, day, ...
        if (type == F::Year)
            failJava(u"java.lang.IllegalArgumentException: Start year must be less than stop year"_s);
        max = wrap;
        stopAt += max;
    }

    // Years past 3000 can never fire (Quartz gives up at 2999), so one stand-in value is enough
    // and keeps absurd ranges like 2000-999999999 cheap.
    constexpr int beyondReach = 3001;
    for (qint64 i = startAt; i <= stopAt; i += incr) {
        if (max == -1) {
            if (type == F::Year && i >= beyondReach) {
                target.add(beyondReach);
                break;
            }
            target.add(int(i));
        } else {
            int value = int(i % max);
            if (value == 0 && (type == F::Month || type == F::DayOfWeek || type == F::DayOfMonth))
                value = max;
            target.add(value);
        }
    }
}


} // namespace airdesk::cron

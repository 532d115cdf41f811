#include "core/cron/CronParser.h"

#include "core/cron/QuartzFieldBuilder.h"

using namespace Qt::StringLiterals;

namespace airdesk::cron {

namespace {

using F = CronFields;

[[noreturn]] void fail(const QString &message)
{
    QuartzFieldBuilder::fail(message);
}

// Java's String.trim(): strips every character <= U+0020 at both ends.
QString javaTrim(const QString &s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && s.at(b).unicode() <= 0x20)
        ++b;
    while (e > b && s.at(e - 1).unicode() <= 0x20)
        --e;
    return s.mid(b, e - b);
}

// StringTokenizer(text, delimiters): runs of non-delimiter characters.
QStringList tokenize(const QString &text, QStringView delimiters)
{
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool delimiter = i == text.size() || delimiters.contains(text.at(i));
        if (delimiter && start >= 0) {
            tokens.append(text.mid(start, i - start));
            start = -1;
        } else if (!delimiter && start < 0) {
            start = i;
        }
    }
    return tokens;
}

} // namespace

CronParser::Result CronParser::parse(const QString &text, int maxYear)
{
    Result result;
    result.fields.maxYear = maxYear;
    QuartzFieldBuilder builder(result.fields);
    try {
        const QString upper = text.toUpper();
        const QStringList tokens = tokenize(upper, u" \t");
        const QStringList rawTokens = tokenize(text, u" \t");
        int exprOn = F::Second;
        for (qsizetype t = 0; t < tokens.size() && exprOn <= F::Year; ++t) {
            const QString expr = javaTrim(tokens.at(t));
            result.tokens.append(javaTrim(rawTokens.value(t)));
            const bool hasList = expr.contains(u',');
            if (exprOn == F::DayOfMonth && expr.contains(u'L') && expr.size() > 1 && hasList)
                fail(u"Support for specifying 'L' and 'LW' with other days of the month is not implemented"_s);
            if (exprOn == F::DayOfWeek && expr.contains(u'L') && expr.size() > 1 && hasList)
                fail(u"Support for specifying 'L' with other days of the week is not implemented"_s);
            if (exprOn == F::DayOfWeek && expr.count(u'#') > 1)
                fail(u"Support for specifying multiple \"nth\" days is not implemented."_s);
            for (const QString &item : tokenize(expr, u","))
                builder.storeExpressionVals(item, exprOn);
            ++exprOn;
        }
        if (exprOn <= F::DayOfWeek)
            fail(u"Unexpected end of expression."_s);
        if (exprOn <= F::Year)
            builder.storeExpressionVals(u"*"_s, F::Year);

        const bool dayOfMSpec = !result.fields.sets[F::DayOfMonth].contains(F::NoSpec);
        const bool dayOfWSpec = !result.fields.sets[F::DayOfWeek].contains(F::NoSpec);
        if (dayOfMSpec == dayOfWSpec)
            fail(u"Support for specifying both a day-of-week AND a day-of-month parameter is not implemented."_s);
        result.ok = true;
    } catch (const CronParseFailure &failure) {
        result.ok = false;
        result.errorMessage = failure.message;
        result.fields = CronFields{};
    }
    return result;
}

} // namespace airdesk::cron

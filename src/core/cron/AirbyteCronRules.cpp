#include "core/cron/AirbyteCronRules.h"

#include "core/cron/CronExpression.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace airdesk::cron {

namespace {

// Problem types and titles: ../shared/airbyte/api-problems.yaml (airbyte-platform
// airbyte-api/problems-api), BadRequestProblemResponse and
// CronValidationUnderOneHourNotAllowedProblemResponse.
const QString BadRequestType = u"https://reference.airbyte.com/reference/errors#bad-request"_s;
const QString BadRequestTitle = u"bad-request"_s;
const QString UnderOneHourType = u"error:cron-validation/under-one-hour-not-allowed"_s;
const QString UnderOneHourTitle = u"Cron sync schedules more frequent than once per hour are not allowed"_s;

// Sentences of the public API layer (AirbyteCatalogHelper.validateCronConfiguration and
// ConnectionConfigurationProblem, quoted in the API notes, section 5). The notes elide the
// middle of the invalid-expression sentence and the exact Quartz tutorial address; both are
// filled in here from the Quartz 2.3.0 documentation link the Airbyte UI uses.
const QString QuartzTutorial =
    u"https://www.quartz-scheduler.org/documentation/quartz-2.3.0/tutorials/crontrigger.html"_s;

// cron-utils (which the public API validates with) words two common mistakes differently from
// Quartz; these are its messages, quoted in the API notes.
QString cronUtilsPartsMessage(qsizetype parts)
{
    return u"Cron expression contains %1 parts but we expect one of [6, 7]"_s.arg(parts);
}
const QString CronUtilsBothDays = u"Both, a day-of-week AND a day-of-month parameter, are not supported."_s;
const QString QuartzBothDays =
    u"Support for specifying both a day-of-week AND a day-of-month parameter is not implemented."_s;

CronCheck badRequest(const QString &detail)
{
    CronCheck check;
    check.ok = false;
    check.httpStatus = 400;
    check.problemType = BadRequestType;
    check.title = BadRequestTitle;
    check.detail = detail;
    return check;
}

// data.validationErrorMessage of the handler layer (CronExpressionHelper). The notes quote the
// hour form, "Cron executions must be at least 1 hour apart"; the minute forms follow it.
QString intervalMessage(int minutes)
{
    if (minutes == 60)
        return u"Cron executions must be at least 1 hour apart"_s;
    if (minutes == 1)
        return u"Cron executions must be at least 1 minute apart"_s;
    return u"Cron executions must be at least %1 minutes apart"_s.arg(minutes);
}

CronCheck tooFrequent(const QString &expression, int minutes)
{
    CronCheck check;
    check.ok = false;
    check.httpStatus = 400;
    check.problemType = UnderOneHourType;
    check.title = UnderOneHourTitle;
    check.validationErrorMessage = intervalMessage(minutes);
    check.detail = u"The cron expression %1 runs more often than allowed: %2."_s.arg(expression,
                                                                                     check.validationErrorMessage);
    return check;
}

bool isPlainInteger(const QString &field)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    return digits.match(field).hasMatch();
}

QStringList splitFields(const QString &expression)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return expression.split(whitespace, Qt::SkipEmptyParts);
}

// Unix day-of-week 0-7 (0 and 7 = Sunday) to Quartz 1-7 (1 = Sunday), item by item.
QString unixDayOfWeekToQuartz(const QString &field)
{
    static const QRegularExpression item(u"^(\\*|[0-7]|[A-Za-z]{3})(?:-([0-7]|[A-Za-z]{3}))?(?:/([0-9]+))?$"_s);
    QStringList out;
    for (const QString &part : field.split(u',')) {
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch())
            return {};
        const auto convert = [](const QString &v) {
            bool number = false;
            const int n = v.toInt(&number);
            return number ? QString::number(n % 7 + 1) : v.toUpper();
        };
        const QString start = m.captured(1);
        const QString end = m.captured(2);
        const QString step = m.captured(3);
        if (start == u"*"_s && !end.isEmpty())
            return {};
        QString converted = start == u"*"_s ? (step.isEmpty() ? u"*"_s : u"1"_s) : convert(start);
        if (!end.isEmpty()) {
            QString last = convert(end);
            // Unix 0-7 covers the whole week; Quartz reads "1-1" as Sunday alone.
            converted = last == converted ? u"1-7"_s : converted + u'-' + last;
        }
        if (!step.isEmpty())
            converted += u'/' + step;
        out.append(converted);
    }
    return out.join(u',');
}

} // namespace

QString AirbyteCronRules::stripUtcSuffix(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (!trimmed.endsWith(u"UTC"_s))
        return expression;
    return trimmed.chopped(3).trimmed();
}

CronCheck AirbyteCronRules::checkForPublicApi(const QString &expression, int minimumIntervalMinutes,
                                               const QDateTime &now)
{
    const QString normalized = stripUtcSuffix(expression).trimmed();
    if (normalized.isEmpty())
        return badRequest(u"Missing cron expression in the schedule."_s);

    const QStringList fields = splitFields(normalized);
    const CronExpression cron = CronExpression::parse(normalized);
    QString problem;
    if (fields.size() != 6 && fields.size() != 7)
        problem = cronUtilsPartsMessage(fields.size());
    else if (!cron.isValid())
        problem = cron.errorMessage() == QuartzBothDays ? CronUtilsBothDays : cron.errorMessage();
    if (!problem.isEmpty()) {
        return badRequest(u"The cron expression %1 is not valid. Error: %2. Please check the cron expression format at %3"_s
                              .arg(normalized, problem, QuartzTutorial));
    }

    // The server runs Integer.valueOf() on these fields, so anything but a plain number fails.
    if (!isPlainInteger(cron.field(0)) || (cron.hasYearField() && !isPlainInteger(cron.field(1)))) {
        return badRequest(u"The cron expression %1 is not valid or is less than the one hour minimum. "
                          "The seconds and minutes values cannot be `*`."_s.arg(normalized));
    }

    // The handler layer (ConnectionScheduleHelper / CronExpressionHelper) looks at the gaps
    // between the next three executions; the public API always stores the zone as UTC.
    const QList<qint64> next = cron.nextFireSecs(now.toMSecsSinceEpoch(), QTimeZone::utc(), 3);
    for (qsizetype i = 1; i < next.size(); ++i) {
        const qint64 gap = next.at(i) - next.at(i - 1);
        if (gap < 60)
            return tooFrequent(normalized, 1);
        if (minimumIntervalMinutes > 0 && gap < qint64(minimumIntervalMinutes) * 60)
            return tooFrequent(normalized, minimumIntervalMinutes);
    }
    return CronCheck{};
}

QString AirbyteCronRules::quartzEquivalentOfUnix(const QString &expression)
{
    QString text = expression.trimmed();
    // The common Unix macros.
    static const QList<std::pair<QString, QString>> macros = {
        {u"@yearly"_s, u"0 0 1 1 *"_s},  {u"@annually"_s, u"0 0 1 1 *"_s}, {u"@monthly"_s, u"0 0 1 * *"_s},
        {u"@weekly"_s, u"0 0 * * 0"_s},  {u"@daily"_s, u"0 0 * * *"_s},    {u"@midnight"_s, u"0 0 * * *"_s},
        {u"@hourly"_s, u"0 * * * *"_s},
    };
    for (const auto &[macro, unixForm] : macros) {
        if (text.compare(macro, Qt::CaseInsensitive) == 0)
            text = unixForm;
    }

    const QStringList f = splitFields(text);
    if (f.size() != 5)
        return {};
    for (const QString &field : f) {
        // Quartz-only syntax means it is not a Unix cron to begin with.
        if (field.contains(u'?') || field.contains(u'#') || field.contains(u'L') || field.contains(u'W'))
            return {};
    }
    const QString &minute = f.at(0);
    const QString &hour = f.at(1);
    QString dayOfMonth = f.at(2);
    const QString &month = f.at(3);
    QString dayOfWeek = f.at(4);

    const bool anyDayOfMonth = dayOfMonth == u"*"_s;
    const bool anyDayOfWeek = dayOfWeek == u"*"_s;
    if (!anyDayOfMonth && !anyDayOfWeek)
        return {}; // Unix fires when either matches; Quartz cannot combine the two fields
    if (anyDayOfWeek) {
        dayOfWeek = u"?"_s;
    } else {
        dayOfMonth = u"?"_s;
        dayOfWeek = unixDayOfWeekToQuartz(dayOfWeek);
        if (dayOfWeek.isEmpty())
            return {};
    }
    const QString quartz = u"0 %1 %2 %3 %4 %5"_s.arg(minute, hour, dayOfMonth, month, dayOfWeek);
    return CronExpression::parse(quartz).isValid() ? quartz : QString();
}

} // namespace airdesk::cron

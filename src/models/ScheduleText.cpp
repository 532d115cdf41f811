#include "models/ScheduleText.h"

#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronExpression.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airdesk::models {

namespace {

enum Field { Seconds, Minutes, Hours, DayOfMonth, Month, DayOfWeek, Year };

/// A plain number within [0, max], else -1.
int plainNumber(const QString &field, int max)
{
    bool ok = false;
    const int value = field.toInt(&ok);
    return ok && !field.startsWith(u'+') && !field.startsWith(u'-') && value >= 0 && value <= max ? value : -1;
}

/// The step of "*/n" or "0/n", else -1. Any other start would not be "every n".
int everyStep(const QString &field)
{
    static const QRegularExpression step(u"^(?:\\*|0)/(\\d{1,2})$"_s);
    const QRegularExpressionMatch match = step.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool isAny(const QString &field)
{
    return field == u"*"_s || field == u"?"_s;
}

QString clock(int hour, int minute)
{
    return u"%1:%2"_s.arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
}

bool isWeekdays(const QString &field)
{
    const QString upper = field.toUpper();
    return upper == u"MON-FRI"_s || upper == u"2-6"_s;
}

} // namespace

QString ScheduleText::describe(const domain::ConnectionSchedule &schedule)
{
    switch (schedule.type) {
    case domain::ConnectionSchedule::Type::Manual:
        return tr("Manual");
    case domain::ConnectionSchedule::Type::Cron:
        return describeCron(schedule.cronExpression.isEmpty() ? schedule.cronExpressionRaw : schedule.cronExpression);
    case domain::ConnectionSchedule::Type::Basic:
        // Made in the web UI ("Every 24 HOURS"); shown as the server words it.
        return schedule.basicTiming.isEmpty() ? tr("Basic") : schedule.basicTiming;
    case domain::ConnectionSchedule::Type::Unknown:
        break;
    }
    return schedule.typeText.isEmpty() ? tr("Unknown") : schedule.typeText;
}

QString ScheduleText::describeCron(const QString &expression)
{
    const QString text = cron::AirbyteCronRules::stripUtcSuffix(expression.trimmed());
    const QString fallback = tr("Cron: %1 (UTC)").arg(text);
    const cron::CronExpression cron = cron::CronExpression::parse(text);
    if (!cron.isValid() || (cron.hasYearField() && cron.field(Year) != u"*"_s))
        return fallback;
    if (cron.field(Seconds) != u"0"_s || cron.field(Month) != u"*"_s)
        return fallback;

    const QString dom = cron.field(DayOfMonth);
    const QString dow = cron.field(DayOfWeek);
    const int minute = plainNumber(cron.field(Minutes), 59);
    const int hour = plainNumber(cron.field(Hours), 23);

    if (isAny(dom) && isAny(dow)) {
        if (minute >= 0 && hour >= 0)
            return tr("Every day at %1 UTC").arg(clock(hour, minute));
        // A step that does not divide the day (or hour) restarts at midnight, so it is not
        // really "every n"; those keep the expression.
        const int hours = everyStep(cron.field(Hours));
        if (minute == 0 && (cron.field(Hours) == u"*"_s || hours == 1))
            return tr("Every hour");
        if (minute == 0 && hours > 1 && 24 % hours == 0)
            return tr("Every %1 hours").arg(hours);
        const int minutes = everyStep(cron.field(Minutes));
        if (cron.field(Hours) == u"*"_s && minutes > 0 && 60 % minutes == 0)
            return minutes == 1 ? tr("Every minute") : tr("Every %1 minutes").arg(minutes);
        return fallback;
    }
    if (dom == u"?"_s && isWeekdays(dow) && minute >= 0 && hour >= 0)
        return tr("Weekdays at %1 UTC").arg(clock(hour, minute));
    return fallback;
}

QString ScheduleText::rawText(const domain::ConnectionSchedule &schedule)
{
    switch (schedule.type) {
    case domain::ConnectionSchedule::Type::Cron:
        return schedule.cronExpressionRaw.isEmpty() ? schedule.cronExpression : schedule.cronExpressionRaw;
    case domain::ConnectionSchedule::Type::Basic:
        return schedule.basicTiming;
    case domain::ConnectionSchedule::Type::Manual:
    case domain::ConnectionSchedule::Type::Unknown:
        break;
    }
    return {};
}

} // namespace airdesk::models

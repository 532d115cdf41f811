#include "models/ScheduleText.h"

#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronDescription.h"
#include "core/cron/CronExpression.h"

using namespace Qt::StringLiterals;

namespace airdesk::models {


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
    const cron::CronExpression cron = cron::CronExpression::parse(text);
    // A zone other than UTC (set in the web app) or a broken expression: show it as it is,
    // without claiming a zone.
    if (!cron.isValid())
        return tr("Cron: %1").arg(text);
    return tr("%1 (UTC)").arg(cron::CronDescription::describe(cron));
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

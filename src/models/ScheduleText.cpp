#include "models/ScheduleText.h"

#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronDescription.h"
#include "core/cron/CronExpression.h"

#include <QRegularExpression>

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
        // Made in the web UI ("Every 24 HOURS"): in the user's words when it has the usual shape.
        return schedule.basicTiming.isEmpty() ? tr("Basic") : describeBasic(schedule.basicTiming);
    case domain::ConnectionSchedule::Type::Unknown:
        break;
    }
    return schedule.typeText.isEmpty() ? tr("Unknown") : schedule.typeText;
}

QString ScheduleText::describeBasic(const QString &timing)
{
    static const QRegularExpression shape(u"^\\s*every\\s+(\\d+)\\s+(minute|hour|day|week|month)s?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(timing);
    bool ok = false;
    const int n = match.hasMatch() ? match.captured(1).toInt(&ok) : 0;
    if (!ok)
        return timing; // another wording: shown as the server words it
    const QString unit = match.captured(2).toLower();
    // One is its own sentence in English ("Every hour"); the rest are plural forms.
    if (unit == "minute"_L1)
        return n == 1 ? tr("Every minute") : tr("Every %n minutes", nullptr, n);
    if (unit == "hour"_L1)
        return n == 1 ? tr("Every hour") : tr("Every %n hours", nullptr, n);
    if (unit == "day"_L1)
        return n == 1 ? tr("Every day") : tr("Every %n days", nullptr, n);
    if (unit == "week"_L1)
        return n == 1 ? tr("Every week") : tr("Every %n weeks", nullptr, n);
    return n == 1 ? tr("Every month") : tr("Every %n months", nullptr, n);
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

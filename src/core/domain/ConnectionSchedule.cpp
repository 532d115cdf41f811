#include "core/domain/ConnectionSchedule.h"

#include "core/cron/AirbyteCronRules.h"
#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

ConnectionSchedule ConnectionSchedule::manual()
{
    ConnectionSchedule schedule;
    schedule.type = Type::Manual;
    schedule.typeText = u"manual"_s;
    return schedule;
}

ConnectionSchedule ConnectionSchedule::cron(const QString &expression)
{
    ConnectionSchedule schedule;
    schedule.type = Type::Cron;
    schedule.typeText = u"cron"_s;
    schedule.cronExpression = cron::AirbyteCronRules::stripUtcSuffix(expression);
    return schedule;
}

ConnectionSchedule::Type ConnectionSchedule::typeFromString(const QString &text)
{
    if (text == u"manual"_s)
        return Type::Manual;
    if (text == u"cron"_s)
        return Type::Cron;
    if (text == u"basic"_s)
        return Type::Basic;
    return Type::Unknown;
}

QString ConnectionSchedule::toString(Type type)
{
    switch (type) {
    case Type::Manual:
        return u"manual"_s;
    case Type::Cron:
        return u"cron"_s;
    case Type::Basic:
        return u"basic"_s;
    case Type::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<ConnectionSchedule> ConnectionSchedule::fromJson(const QJsonObject &object, QString *error)
{
    Q_UNUSED(error)
    JsonFieldReader reader(object, u"ConnectionSchedule"_s);
    ConnectionSchedule schedule;
    schedule.typeText = reader.string(u"scheduleType"_s);
    schedule.type = typeFromString(schedule.typeText);
    schedule.cronExpressionRaw = reader.string(u"cronExpression"_s);
    schedule.cronExpression = cron::AirbyteCronRules::stripUtcSuffix(schedule.cronExpressionRaw);
    schedule.basicTiming = reader.string(u"basicTiming"_s);
    schedule.raw = reader.rest();
    return schedule;
}

QJsonObject ConnectionSchedule::toJson() const
{
    QJsonObject out = raw;
    const QString typeValue = type == Type::Unknown ? typeText : toString(type);
    JsonFieldReader::put(out, u"scheduleType"_s, typeValue, false);
    JsonFieldReader::put(out, u"cronExpression"_s,
                         cronExpressionRaw.isEmpty() ? cronExpression : cronExpressionRaw, false);
    JsonFieldReader::put(out, u"basicTiming"_s, basicTiming, false);
    return out;
}

QJsonObject ConnectionSchedule::toRequestJson() const
{
    QJsonObject out;
    out.insert(u"scheduleType"_s, type == Type::Unknown ? typeText : toString(type));
    if (type == Type::Cron) {
        const QString expression = cronExpression.isEmpty()
            ? cron::AirbyteCronRules::stripUtcSuffix(cronExpressionRaw)
            : cronExpression;
        out.insert(u"cronExpression"_s, expression);
    }
    return out;
}

} // namespace airdesk::domain

#include "core/domain/Attempt.h"

#include "core/domain/JsonFieldReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<Attempt> Attempt::fromJson(const QJsonObject &object, int number, QString *error)
{
    JsonFieldReader reader(object, u"Attempt"_s);
    Attempt attempt;
    attempt.number = number;

    const QJsonValue attemptValue = object.value(u"attempt"_s);
    if (!attemptValue.isObject()) {
        if (error) {
            *error = attemptValue.isUndefined()
                ? u"Attempt: required field \"attempt\" is missing"_s
                : QString(u"Attempt: field \"attempt\" must be an object, got "_s
                          + JsonFieldReader::typeName(attemptValue));
        }
        return std::nullopt;
    }
    JsonFieldReader inner(attemptValue.toObject(), u"Attempt.attempt"_s);
    if (!inner.requireInt64(u"id"_s, attempt.id)) {
        inner.reportTo(error);
        return std::nullopt;
    }
    reader.object(u"attempt"_s);

    attempt.rawStatus = inner.string(u"status"_s);
    attempt.status = jobStatusFromString(attempt.rawStatus);
    attempt.createdAt = inner.epochSeconds(u"createdAt"_s).value_or(QDateTime());
    attempt.updatedAt = inner.epochSeconds(u"updatedAt"_s).value_or(QDateTime());
    attempt.endedAt = inner.epochSeconds(u"endedAt"_s).value_or(QDateTime());
    attempt.bytesSynced = inner.int64(u"bytesSynced"_s);
    attempt.recordsSynced = inner.int64(u"recordsSynced"_s);
    const QJsonObject summary = attemptValue.toObject().value(u"failureSummary"_s).toObject();
    for (const QJsonValue entry : summary.value(u"failures"_s).toArray()) {
        const QJsonObject failure = entry.toObject();
        Failure item;
        item.origin = failure.value(u"failureOrigin"_s).toString();
        item.type = failure.value(u"failureType"_s).toString();
        item.externalMessage = failure.value(u"externalMessage"_s).toString();
        item.internalMessage = failure.value(u"internalMessage"_s).toString();
        if (failure.value(u"timestamp"_s).isDouble())
            item.timestamp = JsonFieldReader::fromEpochMillis(failure.value(u"timestamp"_s).toInteger());
        attempt.failures.append(item);
    }
    attempt.attemptRaw = inner.rest();

    attempt.logType = reader.string(u"logType"_s);
    if (const auto logs = reader.object(u"logs"_s)) {
        JsonFieldReader logReader(*logs, u"Attempt.logs"_s);
        if (logs->contains(u"events"_s)) {
            attempt.logFormat = LogFormat::Structured;
            // A non-object event becomes an empty one rather than vanishing from the log, and
            // then `events` stays in logsRaw so toJson() gives back what was sent.
            bool allObjects = true;
            for (const QJsonValue event : logs->value(u"events"_s).toArray()) {
                allObjects = allObjects && event.isObject();
                attempt.logEvents.append(LogEvent::fromJson(event.toObject()).value_or(LogEvent()));
            }
            if (allObjects)
                logReader.array(u"events"_s);
        } else if (logs->contains(u"logLines"_s)) {
            attempt.logFormat = LogFormat::Formatted;
            // Python would fail to join non-strings; we show them as empty lines instead.
            bool allStrings = true;
            for (const QJsonValue line : logs->value(u"logLines"_s).toArray()) {
                allStrings = allStrings && line.isString();
                attempt.logLines.append(line.toString());
            }
            if (allStrings)
                logReader.array(u"logLines"_s);
        }
        attempt.logsRaw = logReader.rest();
    }
    attempt.raw = reader.rest();
    return attempt;
}

QJsonObject Attempt::toJson() const
{
    QJsonObject inner = attemptRaw;
    inner.insert(u"id"_s, id);
    JsonFieldReader::put(inner, u"status"_s, status == JobStatus::Unknown ? rawStatus : jobStatusToString(status), true);
    JsonFieldReader::putEpochSeconds(inner, u"createdAt"_s, createdAt);
    JsonFieldReader::putEpochSeconds(inner, u"updatedAt"_s, updatedAt);
    JsonFieldReader::putEpochSeconds(inner, u"endedAt"_s, endedAt);
    JsonFieldReader::put(inner, u"bytesSynced"_s, bytesSynced);
    JsonFieldReader::put(inner, u"recordsSynced"_s, recordsSynced);

    QJsonObject out = raw;
    out.insert(u"attempt"_s, inner);
    JsonFieldReader::put(out, u"logType"_s, logType, false);
    if (logFormat != LogFormat::None || !logsRaw.isEmpty()) {
        QJsonObject logs = logsRaw;
        if (logFormat == LogFormat::Structured && !logs.contains(u"events"_s)) {
            QJsonArray events;
            for (const LogEvent &event : logEvents)
                events.append(event.toJson());
            logs.insert(u"events"_s, events);
        } else if (logFormat == LogFormat::Formatted && !logs.contains(u"logLines"_s)) {
            logs.insert(u"logLines"_s, JsonFieldReader::toJsonArray(logLines));
        }
        out.insert(u"logs"_s, logs);
    }
    return out;
}

QStringList Attempt::failureMessages() const
{
    QStringList messages;
    for (const Failure &failure : failures) {
        const QString message = failure.externalMessage.isEmpty() ? failure.internalMessage : failure.externalMessage;
        if (!message.isEmpty())
            messages.append(message);
    }
    return messages;
}

QString fullLogText(const Attempt &attempt)
{
    switch (attempt.logFormat) {
    case Attempt::LogFormat::Structured: {
        QStringList lines;
        lines.reserve(attempt.logEvents.size());
        for (const LogEvent &event : attempt.logEvents)
            lines.append(event.pyAirbyteLine());
        return lines.join(u'\n');
    }
    case Attempt::LogFormat::Formatted:
        return attempt.logLines.join(u'\n');
    case Attempt::LogFormat::None:
        break;
    }
    return QString();
}

} // namespace airdesk::domain

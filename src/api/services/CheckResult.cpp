#include "CheckResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

/// LogRead {logLines[]} or LogEvents {events[{timestamp, level, message}]}.
QStringList readLogs(const QJsonObject &logs)
{
    QStringList lines;
    if (logs.value(u"logLines"_s).isArray()) {
        const QJsonArray array = logs.value(u"logLines"_s).toArray();
        for (const QJsonValue &line : array)
            lines.append(line.toString());
        return lines;
    }
    const QJsonArray events = logs.value(u"events"_s).toArray();
    for (const QJsonValue &event : events) {
        const QJsonObject e = event.toObject();
        const QString level = e.value(u"level"_s).toString();
        lines.append(level.isEmpty() ? e.value(u"message"_s).toString()
                                     : QString(level + u' ' + e.value(u"message"_s).toString()));
    }
    return lines;
}

} // namespace

std::optional<CheckResult> CheckResult::fromJson(const QJsonObject &object, QString *error)
{
    const QString status = object.value(u"status"_s).toString();
    if (status != u"succeeded"_s && status != u"failed"_s) {
        // PyAirbyte raises on anything else too: the check did not say whether it connected.
        if (error)
            *error = u"The connection check answered with status \"%1\"."_s.arg(status);
        return std::nullopt;
    }
    CheckResult result;
    result.succeeded = status == u"succeeded"_s;
    result.message = object.value(u"message"_s).toString();
    const QJsonObject job = object.value(u"jobInfo"_s).toObject();
    result.jobId = job.value(u"id"_s).toString();
    result.configType = job.value(u"configType"_s).toString();
    result.logLines = readLogs(job.value(u"logs"_s).toObject());
    const QJsonObject reason = job.value(u"failureReason"_s).toObject();
    result.failureOrigin = reason.value(u"failureOrigin"_s).toString();
    result.failureType = reason.value(u"failureType"_s).toString();
    result.internalMessage = reason.value(u"internalMessage"_s).toString();
    result.stackTrace = reason.value(u"stacktrace"_s).toString();
    if (!result.succeeded && result.message.isEmpty())
        result.message = reason.value(u"externalMessage"_s).toString();
    return result;
}

QString CheckResult::logFileName() const
{
    const QString type = configType.isEmpty() ? u"check_connection"_s : configType;
    const QString id = jobId.isEmpty() ? u"unknown"_s : jobId;
    return QString(type + u"-failure-"_s + id + u".txt"_s);
}

} // namespace airdesk::api

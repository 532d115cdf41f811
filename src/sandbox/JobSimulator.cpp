#include "JobSimulator.h"

#include "core/time/JavaTime.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox::JobSimulator {

namespace {

QString configTypeFor(const QString &jobType)
{
    if (jobType == u"reset"_s)
        return u"reset_connection"_s;
    return jobType; // sync, clear, refresh
}

qint64 scaled(qint64 value, qint64 part, qint64 whole)
{
    if (whole <= 0)
        return value;
    return static_cast<qint64>(static_cast<double>(value) * static_cast<double>(part) / static_cast<double>(whole));
}

QJsonObject statsJson(qint64 records, qint64 bytes)
{
    return {{u"recordsEmitted"_s, records}, {u"bytesEmitted"_s, bytes}, {u"recordsCommitted"_s, records},
            {u"bytesCommitted"_s, bytes}, {u"recordsRejected"_s, 0}};
}

} // namespace

bool isFinalStatus(const QString &status)
{
    return status == u"succeeded"_s || status == u"failed"_s || status == u"cancelled"_s;
}

JobSnapshot snapshot(const JobRecord &job, const QDateTime &now)
{
    JobSnapshot snap;
    const QDateTime start = job.createdAt;
    const qint64 d = job.durationMs;
    const QDateTime queuedAt = start.addMSecs(d / 10);
    const QDateTime runningAt = start.addMSecs(d / 5);
    const QDateTime finalAt = start.addMSecs(d);
    const bool cancelled = job.cancelledAt.isValid() && job.cancelledAt < finalAt;
    const QDateTime horizon = cancelled ? std::min(now, job.cancelledAt) : now;

    if (horizon < queuedAt && !(cancelled && now >= job.cancelledAt)) {
        snap.status = u"pending"_s;
        snap.updatedAt = start;
        return snap;
    }
    if (horizon < runningAt) {
        snap.status = cancelled && now >= job.cancelledAt ? u"cancelled"_s : u"queued"_s;
        snap.isFinal = snap.status == u"cancelled"_s;
        snap.updatedAt = snap.isFinal ? job.cancelledAt : queuedAt;
        return snap;
    }

    snap.startedAt = runningAt;
    const qint64 runMs = std::max<qint64>(1, d - d / 5);
    const qint64 window = std::max<qint64>(1, runMs / job.attemptCount);
    qint64 totalRecords = 0;
    qint64 totalBytes = 0;
    for (int i = 0; i < job.attemptCount; ++i) {
        const QDateTime attemptStart = runningAt.addMSecs(window * i);
        if (horizon < attemptStart)
            break;
        const QDateTime attemptEnd = (i == job.attemptCount - 1) ? finalAt : runningAt.addMSecs(window * (i + 1));
        AttemptSnapshot attempt;
        attempt.number = i;
        attempt.createdAt = attemptStart;
        const bool lastAttempt = i == job.attemptCount - 1;
        const bool failsAtEnd = !lastAttempt || job.willFail;
        if (horizon < attemptEnd) {
            const qint64 elapsed = attemptStart.msecsTo(horizon);
            attempt.records = scaled(job.plannedRecords, elapsed, window);
            attempt.bytes = scaled(job.plannedBytes, elapsed, window);
            if (cancelled && now >= job.cancelledAt) {
                attempt.status = u"failed"_s;
                attempt.endedAt = job.cancelledAt;
                attempt.updatedAt = job.cancelledAt;
                attempt.failureType = u"manual_cancellation"_s;
                attempt.failureMessage = u"The sync was cancelled."_s;
            } else {
                attempt.status = u"running"_s;
                attempt.updatedAt = horizon;
            }
        } else {
            attempt.endedAt = attemptEnd;
            attempt.updatedAt = attemptEnd;
            if (failsAtEnd) {
                attempt.status = u"failed"_s;
                attempt.records = scaled(job.plannedRecords, 1, 3 + i);
                attempt.bytes = scaled(job.plannedBytes, 1, 3 + i);
                attempt.failureType = i % 2 == 0 ? u"system_error"_s : u"transient_error"_s;
                attempt.failureMessage = i % 2 == 0
                    ? u"Something went wrong in the connector. See the logs for more details."_s
                    : u"Connection reset by peer while reading from the source."_s;
            } else {
                attempt.status = u"succeeded"_s;
                attempt.records = job.plannedRecords;
                attempt.bytes = job.plannedBytes;
            }
        }
        totalRecords = attempt.records; // committed counts of the latest attempt
        totalBytes = attempt.bytes;
        snap.attempts.append(attempt);
    }
    snap.records = totalRecords;
    snap.bytes = totalBytes;

    if (cancelled && now >= job.cancelledAt) {
        snap.status = u"cancelled"_s;
        snap.isFinal = true;
        snap.updatedAt = job.cancelledAt;
    } else if (now >= finalAt) {
        snap.status = job.willFail ? u"failed"_s : u"succeeded"_s;
        snap.isFinal = true;
        snap.updatedAt = finalAt;
    } else {
        snap.status = u"running"_s;
        snap.updatedAt = now;
    }
    return snap;
}

QJsonObject publicJson(const JobRecord &job, const QDateTime &now)
{
    const JobSnapshot snap = snapshot(job, now);
    QJsonObject o{{u"jobId"_s, job.id},
                  {u"status"_s, snap.status},
                  {u"jobType"_s, job.jobType},
                  {u"startTime"_s, time::JavaTime::formatInstant(job.createdAt)},
                  {u"connectionId"_s, job.connectionId}};
    if (snap.isFinal)
        o.insert(u"lastUpdatedAt"_s, time::JavaTime::formatInstant(snap.updatedAt));
    if (snap.status != u"pending"_s)
        o.insert(u"duration"_s, time::JavaTime::formatDuration(job.createdAt.secsTo(snap.updatedAt)));
    if (snap.bytes)
        o.insert(u"bytesSynced"_s, *snap.bytes);
    if (snap.records)
        o.insert(u"rowsSynced"_s, *snap.records);
    return o;
}

QJsonArray logEvents(const JobRecord &job, const AttemptSnapshot &attempt, const QDateTime &now)
{
    // Deterministic per job and attempt; larger syncs log more (thousands of lines).
    QRandomGenerator rng(static_cast<quint32>(job.id * 7919 + attempt.number));
    const qint64 lineCount = std::clamp<qint64>(40 + job.plannedRecords / 400, 40, 20000);
    const QDateTime end = attempt.endedAt.value_or(now);
    const qint64 spanMs = std::max<qint64>(1, attempt.createdAt.msecsTo(attempt.endedAt.value_or(
        attempt.createdAt.addMSecs(std::max<qint64>(1, job.durationMs)))));
    static const QStringList sources = {u"platform"_s, u"source"_s, u"destination"_s, u"replication-orchestrator"_s};
    QJsonArray events;
    for (qint64 i = 0; i < lineCount; ++i) {
        const QDateTime at = attempt.createdAt.addMSecs(spanMs * i / lineCount);
        if (at > end)
            break;
        QString level = u"info"_s;
        QString message;
        const QString stream = job.streamNames.isEmpty() ? u"records"_s
                                                         : job.streamNames.at(static_cast<qsizetype>(i) % job.streamNames.size());
        if (i == 0) {
            message = u"----- START REPLICATION -----"_s;
        } else if (i % 97 == 0) {
            level = u"debug"_s;
            message = u"Heartbeat: source and destination are alive"_s;
        } else if (i % 53 == 0) {
            level = u"warn"_s;
            message = u"Stream %1: slow response from the API, retrying in %2 ms"_s.arg(stream).arg(rng.bounded(200, 2000));
        } else {
            message = u"Stream %1: read %2 records"_s.arg(stream).arg((i + 1) * 1000);
        }
        events.append(QJsonObject{{u"timestamp"_s, at.toMSecsSinceEpoch()},
                                  {u"message"_s, message},
                                  {u"level"_s, level},
                                  {u"logSource"_s, sources.at(static_cast<qsizetype>(rng.bounded(4)))}});
    }
    if (attempt.endedAt && *attempt.endedAt <= now) {
        const bool failed = attempt.status == u"failed"_s;
        events.append(QJsonObject{{u"timestamp"_s, attempt.endedAt->toMSecsSinceEpoch()},
                                  {u"message"_s, failed ? attempt.failureMessage : u"----- END REPLICATION -----"_s},
                                  {u"level"_s, failed ? u"error"_s : u"info"_s},
                                  {u"logSource"_s, u"replication-orchestrator"_s}});
    }
    return events;
}

QJsonObject configAttemptInfo(const JobRecord &job, const AttemptSnapshot &attempt, const QDateTime &now)
{
    QJsonObject a{{u"id"_s, attempt.number},
                  {u"status"_s, attempt.status},
                  {u"createdAt"_s, attempt.createdAt.toSecsSinceEpoch()},
                  {u"updatedAt"_s, attempt.updatedAt.toSecsSinceEpoch()},
                  {u"bytesSynced"_s, attempt.bytes},
                  {u"recordsSynced"_s, attempt.records},
                  {u"totalStats"_s, QJsonObject{{u"recordsEmitted"_s, attempt.records},
                                                {u"bytesEmitted"_s, attempt.bytes},
                                                {u"recordsCommitted"_s, attempt.records},
                                                {u"bytesCommitted"_s, attempt.bytes}}}};
    if (attempt.endedAt)
        a.insert(u"endedAt"_s, attempt.endedAt->toSecsSinceEpoch());
    QJsonArray streamStats;
    const qsizetype streams = std::max<qsizetype>(1, job.streamNames.size());
    for (const QString &name : job.streamNames)
        streamStats.append(QJsonObject{{u"streamName"_s, name},
                                       {u"stats"_s, QJsonObject{{u"recordsEmitted"_s, attempt.records / streams},
                                                                {u"bytesEmitted"_s, attempt.bytes / streams}}}});
    a.insert(u"streamStats"_s, streamStats);
    if (attempt.status == u"failed"_s) {
        QJsonObject failure{{u"failureOrigin"_s, attempt.failureType == u"manual_cancellation"_s ? u"airbyte_platform"_s : u"source"_s},
                            {u"failureType"_s, attempt.failureType},
                            {u"externalMessage"_s, attempt.failureMessage},
                            {u"internalMessage"_s, attempt.failureMessage},
                            {u"retryable"_s, attempt.failureType != u"manual_cancellation"_s},
                            {u"timestamp"_s, attempt.endedAt.value_or(now).toMSecsSinceEpoch()}};
        a.insert(u"failureSummary"_s, QJsonObject{{u"failures"_s, QJsonArray{failure}}, {u"partialSuccess"_s, false}});
    }
    return {{u"attempt"_s, a},
            {u"logType"_s, u"structured"_s},
            {u"logs"_s, QJsonObject{{u"events"_s, logEvents(job, attempt, now)}, {u"version"_s, u"1"_s}}}};
}

QJsonObject configJobInfo(const JobRecord &job, const QDateTime &now, bool withLogs)
{
    const JobSnapshot snap = snapshot(job, now);
    QJsonArray enabledStreams;
    for (const QString &name : job.streamNames)
        enabledStreams.append(QJsonObject{{u"name"_s, name}});
    QJsonObject jobJson{{u"id"_s, job.id},
                        {u"configType"_s, configTypeFor(job.jobType)},
                        {u"configId"_s, job.connectionId},
                        {u"enabledStreams"_s, enabledStreams},
                        {u"createdAt"_s, job.createdAt.toSecsSinceEpoch()},
                        {u"updatedAt"_s, snap.updatedAt.toSecsSinceEpoch()},
                        {u"status"_s, snap.status},
                        {u"aggregatedStats"_s, statsJson(snap.records.value_or(0), snap.bytes.value_or(0))}};
    if (snap.startedAt)
        jobJson.insert(u"startedAt"_s, snap.startedAt->toSecsSinceEpoch());
    QJsonArray attempts;
    for (const AttemptSnapshot &attempt : snap.attempts) {
        QJsonObject info = configAttemptInfo(job, attempt, now);
        if (!withLogs) {
            info.remove(u"logs"_s);
            info.remove(u"logType"_s);
        }
        attempts.append(info);
    }
    return {{u"job"_s, jobJson}, {u"attempts"_s, attempts}};
}

} // namespace airdesk::sandbox::JobSimulator

#pragma once

#include "SandboxRecords.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace airdesk::sandbox {

/// What one attempt of a simulated job looks like at a given instant.
struct AttemptSnapshot
{
    int number = 0;
    QString status;            // running | failed | succeeded
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> endedAt;
    qint64 records = 0;
    qint64 bytes = 0;
    QString failureType;       // empty unless failed
    QString failureMessage;
};

/// What a simulated job looks like at a given instant.
struct JobSnapshot
{
    QString status;            // pending | queued | running | succeeded | failed | cancelled
    bool isFinal = false;
    QDateTime updatedAt;
    std::optional<QDateTime> startedAt;
    std::optional<qint64> records;
    std::optional<qint64> bytes;
    QList<AttemptSnapshot> attempts;
};

/// Derives a job's state from its plan and the clock, so jobs advance without timers:
/// pending for the first 10 % of the planned time, queued for the next 10 %, then running
/// its attempts back to back until the final status. Logs are generated deterministically.
namespace JobSimulator {

JobSnapshot snapshot(const JobRecord &job, const QDateTime &now);
bool isFinalStatus(const QString &status);

/// JobResponse of the public API.
QJsonObject publicJson(const JobRecord &job, const QDateTime &now);
/// JobInfoRead of the Config API (/jobs/get); logs included when asked.
QJsonObject configJobInfo(const JobRecord &job, const QDateTime &now, bool withLogs);
/// AttemptInfoRead of the Config API for one attempt (with its structured logs).
QJsonObject configAttemptInfo(const JobRecord &job, const AttemptSnapshot &attempt, const QDateTime &now);
/// The structured log events of one attempt, up to `now`.
QJsonArray logEvents(const JobRecord &job, const AttemptSnapshot &attempt, const QDateTime &now);

} // namespace JobSimulator
} // namespace airdesk::sandbox

#pragma once

#include "core/domain/JobStatus.h"
#include "core/domain/LogEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::domain {

/// One attempt of a job with its logs: the Config API's AttemptInfoRead
/// ({attempt:{...}, logType, logs}) from /jobs/get or /attempt/get_for_job.
struct Attempt
{
    /// One entry of attempt.failureSummary.failures.
    struct Failure
    {
        QString origin;          // failureOrigin: source, destination, replication, ...
        QString type;            // failureType: config_error, system_error, ...
        QString externalMessage; // meant for people
        QString internalMessage; // meant for support
        QDateTime timestamp;     // epoch milliseconds
    };

    /// Which of the two log shapes the server sent. PyAirbyte decides by the keys present
    /// (`events` before `logLines`), not by logType, and so do we.
    enum class LogFormat { None, Structured, Formatted };

    int number = 0;            // index in the job's attempts, from 0 (PyAirbyte's attempt_number)
    qint64 id = 0;
    JobStatus status = JobStatus::Unknown; // running|failed|succeeded
    QString rawStatus;
    QDateTime createdAt;       // epoch seconds, UTC
    QDateTime updatedAt;
    QDateTime endedAt;         // invalid while running
    std::optional<qint64> bytesSynced;
    std::optional<qint64> recordsSynced;
    QList<Failure> failures;   // read from failureSummary, which stays in attemptRaw as sent
    QString logType;           // formatted|structured, as sent
    LogFormat logFormat = LogFormat::None;
    QList<LogEvent> logEvents; // LogFormat::Structured
    QStringList logLines;      // LogFormat::Formatted
    QJsonObject attemptRaw;    // the rest of `attempt` (failureSummary, totalStats, streamStats, ...)
    QJsonObject logsRaw;       // the rest of `logs` (version, ...)
    QJsonObject raw;           // the rest of the AttemptInfoRead

    /// Fails only when `attempt` is missing or not an object, or attempt.id is missing or not
    /// an integer. number is the attempt's index, which the response does not carry.
    static std::optional<Attempt> fromJson(const QJsonObject &object, int number, QString *error = nullptr);
    static std::optional<Attempt> fromJson(const QJsonObject &object, QString *error = nullptr)
    {
        return fromJson(object, 0, error);
    }
    QJsonObject toJson() const;

    /// The externalMessage of each failure (the internalMessage when there is none).
    QStringList failureMessages() const;
};

/// The attempt's whole log as PyAirbyte's SyncAttempt.get_full_log_text() gives it: structured
/// events as "[{timestamp}] {level}: {message}" lines (see LogEvent::pyAirbyteLine(): the
/// timestamp is the raw epoch-millisecond number, as Python prints it), else the log lines
/// joined with "\n", else "". Lines are joined with "\n" without a trailing newline.
QString fullLogText(const Attempt &attempt);

} // namespace airdesk::domain

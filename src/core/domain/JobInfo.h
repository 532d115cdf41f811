#pragma once

#include "core/domain/Attempt.h"
#include "core/domain/JobStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// A job with its attempts and logs: the Config API's JobInfoRead (/jobs/get). The public API
/// has no attempts, so this is where per-attempt logs and failure reasons come from.
struct JobInfo
{
    /// job.aggregatedStats: totals over all attempts.
    struct AggregatedStats
    {
        std::optional<qint64> recordsEmitted;
        std::optional<qint64> bytesEmitted;
        std::optional<qint64> recordsCommitted; // what the public API calls rowsSynced
        std::optional<qint64> bytesCommitted;   // what the public API calls bytesSynced
        std::optional<qint64> recordsRejected;
        QJsonObject raw;
    };

    qint64 id = 0;
    QString configType;       // sync, reset_connection, refresh, clear, check_connection_source, ...
    QString configId;         // the connection id for syncs
    JobStatus status = JobStatus::Unknown;
    QString rawStatus;
    QDateTime createdAt;      // epoch seconds, UTC
    QDateTime startedAt;      // invalid until the job started
    QDateTime updatedAt;
    std::optional<AggregatedStats> aggregatedStats;
    QList<Attempt> attempts;  // numbered from 0 in response order, as PyAirbyte does
    QJsonObject jobRaw;       // the rest of `job` (enabledStreams, resetConfig, streamAggregatedStats, ...)
    QJsonObject raw;          // the rest of the JobInfoRead; `attempts` too when one could not be read

    /// Fails only when `job` is missing or not an object, or job.id is missing or not an integer.
    static std::optional<JobInfo> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

#pragma once

#include "core/domain/JobStatus.h"
#include "core/domain/JobType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// One job as the public API's JobResponse gives it (GET /jobs, /jobs/{id}, POST /jobs).
struct Job
{
    qint64 jobId = 0;
    JobStatus status = JobStatus::Unknown;
    QString rawStatus;  // the status text as sent, so an Unknown one can still be shown and re-emitted
    JobType jobType = JobType::Unknown;
    QString rawJobType;
    QDateTime startTime;                // the job's createdAt; "…T12:34Z" and "…T12:34:56Z" both parse
    QString connectionId;
    std::optional<QDateTime> lastUpdatedAt; // only for final statuses
    std::optional<qint64> durationSeconds;  // from ISO-8601 ("PT8H6M12S"); null while pending
    std::optional<qint64> bytesSynced;      // null or absent: not known (yet)
    std::optional<qint64> rowsSynced;
    QJsonObject raw; // fields not modeled here, and values that did not parse (kept as sent)

    /// Fails only when jobId is missing or not an integer.
    static std::optional<Job> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    bool isFinal() const { return domain::isFinal(status); }
    bool isFailure() const { return domain::isFailure(status); }
};

} // namespace airdesk::domain

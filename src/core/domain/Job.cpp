#include "core/domain/Job.h"

#include "core/domain/JsonFieldReader.h"
#include "core/time/JavaTime.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

namespace {

// Takes an instant only when it parses, so an odd format stays in raw and is re-emitted.
std::optional<QDateTime> takeInstant(JsonFieldReader &reader, const QJsonObject &object, const QString &key)
{
    const auto instant = time::JavaTime::parseInstant(object.value(key).toString());
    if (instant)
        reader.optionalString(key);
    return instant;
}

} // namespace

std::optional<Job> Job::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"Job"_s);
    Job job;
    if (!reader.requireInt64(u"jobId"_s, job.jobId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    job.rawStatus = reader.string(u"status"_s);
    job.status = jobStatusFromString(job.rawStatus);
    job.rawJobType = reader.string(u"jobType"_s);
    job.jobType = jobTypeFromString(job.rawJobType);
    job.startTime = takeInstant(reader, object, u"startTime"_s).value_or(QDateTime());
    job.connectionId = reader.string(u"connectionId"_s);
    job.lastUpdatedAt = takeInstant(reader, object, u"lastUpdatedAt"_s);
    if (const auto duration = time::JavaTime::parseDuration(object.value(u"duration"_s).toString())) {
        job.durationSeconds = duration;
        reader.optionalString(u"duration"_s);
    }
    job.bytesSynced = reader.int64(u"bytesSynced"_s);
    job.rowsSynced = reader.int64(u"rowsSynced"_s);
    job.raw = reader.rest();
    return job;
}

QJsonObject Job::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"jobId"_s, jobId);
    JsonFieldReader::put(out, u"status"_s, status == JobStatus::Unknown ? rawStatus : jobStatusToString(status), true);
    JsonFieldReader::put(out, u"jobType"_s, jobType == JobType::Unknown ? rawJobType : jobTypeToString(jobType), true);
    if (startTime.isValid())
        out.insert(u"startTime"_s, time::JavaTime::formatInstant(startTime));
    JsonFieldReader::put(out, u"connectionId"_s, connectionId, true);
    if (lastUpdatedAt && lastUpdatedAt->isValid())
        out.insert(u"lastUpdatedAt"_s, time::JavaTime::formatInstant(*lastUpdatedAt));
    if (durationSeconds)
        out.insert(u"duration"_s, time::JavaTime::formatDuration(*durationSeconds));
    JsonFieldReader::put(out, u"bytesSynced"_s, bytesSynced);
    JsonFieldReader::put(out, u"rowsSynced"_s, rowsSynced);
    return out;
}

} // namespace airdesk::domain

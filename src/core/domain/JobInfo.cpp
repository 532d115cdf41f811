#include "core/domain/JobInfo.h"

#include "core/domain/JsonFieldReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<JobInfo> JobInfo::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"JobInfo"_s);
    JobInfo info;
    const QJsonValue jobValue = object.value(u"job"_s);
    if (!jobValue.isObject()) {
        if (error) {
            *error = jobValue.isUndefined()
                ? u"JobInfo: required field \"job\" is missing"_s
                : QString(u"JobInfo: field \"job\" must be an object, got "_s + JsonFieldReader::typeName(jobValue));
        }
        return std::nullopt;
    }
    JsonFieldReader job(jobValue.toObject(), u"JobInfo.job"_s);
    if (!job.requireInt64(u"id"_s, info.id)) {
        job.reportTo(error);
        return std::nullopt;
    }
    reader.object(u"job"_s);
    info.configType = job.string(u"configType"_s);
    info.configId = job.string(u"configId"_s);
    info.rawStatus = job.string(u"status"_s);
    info.status = jobStatusFromString(info.rawStatus);
    info.createdAt = job.epochSeconds(u"createdAt"_s).value_or(QDateTime());
    info.startedAt = job.epochSeconds(u"startedAt"_s).value_or(QDateTime());
    info.updatedAt = job.epochSeconds(u"updatedAt"_s).value_or(QDateTime());
    if (const auto stats = job.object(u"aggregatedStats"_s)) {
        JsonFieldReader statsReader(*stats, u"JobInfo.aggregatedStats"_s);
        AggregatedStats aggregated;
        aggregated.recordsEmitted = statsReader.int64(u"recordsEmitted"_s);
        aggregated.bytesEmitted = statsReader.int64(u"bytesEmitted"_s);
        aggregated.recordsCommitted = statsReader.int64(u"recordsCommitted"_s);
        aggregated.bytesCommitted = statsReader.int64(u"bytesCommitted"_s);
        aggregated.recordsRejected = statsReader.int64(u"recordsRejected"_s);
        aggregated.raw = statsReader.rest();
        info.aggregatedStats = aggregated;
    }
    info.jobRaw = job.rest();

    // An attempt that cannot be read is skipped, but the array then stays in raw as sent
    // (and toJson() re-emits that, not the partial list).
    const QJsonValue attemptsValue = object.value(u"attempts"_s);
    if (attemptsValue.isArray()) {
        bool allRead = true;
        int number = 0;
        for (const QJsonValue entry : attemptsValue.toArray()) {
            const auto attempt = entry.isObject() ? Attempt::fromJson(entry.toObject(), number) : std::nullopt;
            if (attempt)
                info.attempts.append(*attempt);
            else
                allRead = false;
            ++number;
        }
        if (allRead)
            reader.array(u"attempts"_s);
    }
    info.raw = reader.rest();
    return info;
}

QJsonObject JobInfo::toJson() const
{
    QJsonObject job = jobRaw;
    job.insert(u"id"_s, id);
    JsonFieldReader::put(job, u"configType"_s, configType, true);
    JsonFieldReader::put(job, u"configId"_s, configId, true);
    JsonFieldReader::put(job, u"status"_s, status == JobStatus::Unknown ? rawStatus : jobStatusToString(status), true);
    JsonFieldReader::putEpochSeconds(job, u"createdAt"_s, createdAt);
    JsonFieldReader::putEpochSeconds(job, u"startedAt"_s, startedAt);
    JsonFieldReader::putEpochSeconds(job, u"updatedAt"_s, updatedAt);
    if (aggregatedStats) {
        QJsonObject stats = aggregatedStats->raw;
        JsonFieldReader::put(stats, u"recordsEmitted"_s, aggregatedStats->recordsEmitted);
        JsonFieldReader::put(stats, u"bytesEmitted"_s, aggregatedStats->bytesEmitted);
        JsonFieldReader::put(stats, u"recordsCommitted"_s, aggregatedStats->recordsCommitted);
        JsonFieldReader::put(stats, u"bytesCommitted"_s, aggregatedStats->bytesCommitted);
        JsonFieldReader::put(stats, u"recordsRejected"_s, aggregatedStats->recordsRejected);
        job.insert(u"aggregatedStats"_s, stats);
    }

    QJsonObject out = raw;
    out.insert(u"job"_s, job);
    if (!out.contains(u"attempts"_s)) {
        QJsonArray attemptArray;
        for (const Attempt &attempt : attempts)
            attemptArray.append(attempt.toJson());
        out.insert(u"attempts"_s, attemptArray);
    }
    return out;
}

} // namespace airdesk::domain

// Public API: jobs (run a sync, reset or clear; list with filters; get; cancel).
#include "JobSimulator.h"
#include "Pagination.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

#include "core/time/JavaTime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

SandboxResponse createJob(SandboxContext &ctx, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(request, &error);
    if (!body)
        return error;
    const QString connectionId = body->value(u"connectionId"_s).toString();
    const QString jobType = body->value(u"jobType"_s).toString();
    if (connectionId.isEmpty() || jobType.isEmpty())
        return Problems::badRequest(u"connectionId and jobType are required."_s);
    const ConnectionRecord *connection = ctx.store.connections.find(connectionId);
    if (!connection)
        return Problems::notFound(u"connection"_s, connectionId);
    if (jobType == u"refresh"_s)
        return Problems::unprocessable(u"Refreshes are not supported in the public API"_s);
    if (jobType != u"sync"_s && jobType != u"reset"_s && jobType != u"clear"_s)
        return Problems::badRequest(u"Unknown jobType: "_s + jobType);
    const QDateTime now = ctx.now();
    for (const JobRecord *job : ctx.store.jobs.ordered()) {
        if (job->connectionId == connectionId && !JobSimulator::snapshot(*job, now).isFinal)
            return Problems::tryAgainLater(u"A sync is already running for: "_s + connectionId);
    }
    const JobRecord job = planJob(ctx, *connection, jobType, now);
    ctx.store.jobs.insert(job.id, job);
    return SandboxResponse::json(200, JobSimulator::publicJson(job, now));
}

std::optional<QDateTime> readInstant(const SandboxRequest &request, const QString &key, bool *bad)
{
    if (!request.query.hasQueryItem(key))
        return std::nullopt;
    auto parsed = time::JavaTime::parseInstant(request.query.queryItemValue(key, QUrl::FullyDecoded));
    if (!parsed)
        *bad = true;
    return parsed;
}

SandboxResponse listJobs(SandboxContext &ctx, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto page = Page::fromQuery(request, &error);
    if (!page)
        return error;
    const QString connectionId = request.query.queryItemValue(u"connectionId"_s);
    if (!connectionId.isEmpty() && !ctx.store.connections.find(connectionId))
        return Problems::notFound(u"connection"_s, connectionId);
    // When connectionId is given, workspaceIds is ignored (JobsController.listJobs).
    const QStringList workspaces = connectionId.isEmpty() ? RouteHelpers::workspaceIdsFilter(request) : QStringList{};
    const QString jobType = request.query.queryItemValue(u"jobType"_s);
    const QString status = request.query.queryItemValue(u"status"_s);
    bool badDate = false;
    const auto createdStart = readInstant(request, u"createdAtStart"_s, &badDate);
    const auto createdEnd = readInstant(request, u"createdAtEnd"_s, &badDate);
    const auto updatedStart = readInstant(request, u"updatedAtStart"_s, &badDate);
    const auto updatedEnd = readInstant(request, u"updatedAtEnd"_s, &badDate);
    if (badDate)
        return Problems::errorId(400);

    QString orderField = u"createdAt"_s;
    bool descending = false;
    if (request.query.hasQueryItem(u"orderBy"_s)) {
        static const QRegularExpression pattern(u"^([a-zA-Z0-9]+)\\|(ASC|DESC)$"_s);
        const auto m = pattern.match(request.query.queryItemValue(u"orderBy"_s, QUrl::FullyDecoded));
        if (!m.hasMatch() || (m.captured(1) != u"createdAt"_s && m.captured(1) != u"updatedAt"_s))
            return Problems::badRequest(u"Invalid order by clause provided: "_s
                                        + request.query.queryItemValue(u"orderBy"_s, QUrl::FullyDecoded));
        orderField = m.captured(1);
        descending = m.captured(2) == u"DESC"_s;
    }

    const QDateTime now = ctx.now();
    struct Row
    {
        const JobRecord *job;
        QDateTime updatedAt;
    };
    std::vector<Row> rows;
    for (const JobRecord *job : ctx.store.jobs.ordered()) {
        if (!connectionId.isEmpty() && job->connectionId != connectionId)
            continue;
        if (!workspaces.isEmpty()) {
            const ConnectionRecord *c = ctx.store.connections.find(job->connectionId);
            if (!c || !workspaces.contains(c->workspaceId))
                continue;
        }
        if (!jobType.isEmpty() && job->jobType != jobType)
            continue;
        if ((createdStart && job->createdAt < *createdStart) || (createdEnd && job->createdAt > *createdEnd))
            continue;
        const JobSnapshot snap = JobSimulator::snapshot(*job, now);
        if (!status.isEmpty() && snap.status != status)
            continue;
        if ((updatedStart && snap.updatedAt < *updatedStart) || (updatedEnd && snap.updatedAt > *updatedEnd))
            continue;
        rows.push_back({job, snap.updatedAt});
    }
    const bool byUpdated = orderField == u"updatedAt"_s;
    std::stable_sort(rows.begin(), rows.end(), [byUpdated, descending](const Row &a, const Row &b) {
        const QDateTime &x = byUpdated ? a.updatedAt : a.job->createdAt;
        const QDateTime &y = byUpdated ? b.updatedAt : b.job->createdAt;
        if (x == y)
            return descending ? a.job->id > b.job->id : a.job->id < b.job->id;
        return descending ? x > y : x < y;
    });
    QJsonArray data;
    for (size_t i = static_cast<size_t>(page->offset); i < rows.size() && data.size() < page->limit; ++i)
        data.append(JobSimulator::publicJson(*rows[i].job, now));

    QStringList filters;
    if (!connectionId.isEmpty())
        filters.append(u"connectionId="_s + connectionId);
    if (!workspaces.isEmpty())
        filters.append(u"workspaceIds="_s + workspaces.join(u','));
    if (!jobType.isEmpty())
        filters.append(u"jobType="_s + jobType);
    if (!status.isEmpty())
        filters.append(u"status="_s + status);
    if (request.query.hasQueryItem(u"orderBy"_s))
        filters.append(u"orderBy="_s + orderField + (descending ? u"%7CDESC"_s : u"%7CASC"_s));
    return SandboxResponse::json(200, page->envelope(data, ctx.apiHost, u"/jobs"_s, filters.join(u'&')));
}

JobRecord *findJob(SandboxContext &ctx, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? ctx.store.jobs.find(id) : nullptr;
}

} // namespace

JobRecord planJob(SandboxContext &ctx, const ConnectionRecord &connection, const QString &jobType,
                                const QDateTime &createdAt)
{
    JobRecord job;
    job.id = ctx.store.nextJobId++;
    job.connectionId = connection.id;
    job.jobType = jobType;
    job.createdAt = createdAt;
    const qint64 base = ctx.options.jobDurationMs;
    job.durationMs = base <= 0 ? 0 : base + static_cast<qint64>(ctx.rng.bounded(static_cast<int>(base / 5 + 1)));
    job.willFail = jobType == u"sync"_s && ctx.rng.generateDouble() < ctx.options.jobFailureRate;
    job.attemptCount = job.willFail ? 3 : (ctx.rng.bounded(10) == 0 ? 2 : 1);
    for (const QJsonValue &stream : connection.streams)
        job.streamNames.append(stream.toObject().value(u"name"_s).toString());
    if (jobType == u"sync"_s) {
        job.plannedRecords = static_cast<qint64>(ctx.rng.bounded(500, 400000)) * std::max<qsizetype>(1, job.streamNames.size());
        job.plannedBytes = job.plannedRecords * ctx.rng.bounded(180, 900);
    }
    return job;
}

void registerJobRoutes(Router &router, SandboxContext &ctx)
{
    router.add(ApiKind::Public, "POST", u"/jobs"_s, [&ctx](const SandboxRequest &r) { return createJob(ctx, r); });
    router.add(ApiKind::Public, "GET", u"/jobs"_s, [&ctx](const SandboxRequest &r) { return listJobs(ctx, r); });
    router.add(ApiKind::Public, "GET", u"/jobs/{jobId}"_s, [&ctx](const SandboxRequest &r) {
        const JobRecord *job = findJob(ctx, r.params.at(0));
        return job ? SandboxResponse::json(200, JobSimulator::publicJson(*job, ctx.now()))
                   : Problems::notFound(u"job"_s, r.params.at(0));
    });
    router.add(ApiKind::Public, "DELETE", u"/jobs/{jobId}"_s, [&ctx](const SandboxRequest &r) {
        JobRecord *job = findJob(ctx, r.params.at(0));
        if (!job)
            return Problems::notFound(u"job"_s, r.params.at(0));
        const QDateTime now = ctx.now();
        if (JobSimulator::snapshot(*job, now).isFinal)
            return Problems::stateConflict(u"Job is not currently running"_s);
        job->cancelledAt = now;
        return SandboxResponse::json(200, JobSimulator::publicJson(*job, now));
    });
}

} // namespace airdesk::sandbox

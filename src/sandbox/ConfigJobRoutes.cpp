// Config API: job details with attempts and logs, one attempt, connection state.
#include "JobSimulator.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {


std::optional<qint64> readJobId(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

/// The state the server keeps after a sync succeeds: per-stream cursors (stream state).
QJsonObject stateFor(const SandboxContext &ctx, const ConnectionRecord &connection)
{
    const QDateTime now = ctx.now();
    const JobRecord *latest = nullptr;
    JobSnapshot latestSnap;
    for (const JobRecord *job : ctx.store.jobs.ordered()) {
        if (job->connectionId != connection.id || job->jobType != u"sync"_s)
            continue;
        const JobSnapshot snap = JobSimulator::snapshot(*job, now);
        if (snap.status == u"succeeded"_s && (!latest || job->createdAt > latest->createdAt)) {
            latest = job;
            latestSnap = snap;
        }
    }
    const QDateTime latestEnd = latest ? latestSnap.updatedAt : QDateTime();
    if (!connection.state.isEmpty() && (!latest || connection.stateSetAt >= latestEnd))
        return connection.state;
    QJsonObject state{{u"connectionId"_s, connection.id}, {u"stateType"_s, u"not_set"_s}};
    if (!latest)
        return state;
    QJsonArray streams;
    for (const QJsonValue &stream : connection.streams) {
        const QJsonObject config = stream.toObject();
        QJsonObject blob;
        const QJsonArray cursor = config.value(u"cursorField"_s).toArray();
        if (!cursor.isEmpty())
            blob.insert(cursor.first().toString(), latestSnap.updatedAt.toString(Qt::ISODate));
        else
            blob.insert(u"last_sync_at"_s, latestSnap.updatedAt.toString(Qt::ISODate));
        streams.append(QJsonObject{{u"streamDescriptor"_s, QJsonObject{{u"name"_s, config.value(u"name"_s)}}},
                                   {u"streamState"_s, blob}});
    }
    state.insert(u"stateType"_s, u"stream"_s);
    state.insert(u"streamState"_s, streams);
    return state;
}

} // namespace

void registerConfigJobRoutes(Router &router, SandboxContext &ctx)
{
    for (const auto &[path, withLogs] : {std::pair{u"/jobs/get"_s, true}, std::pair{u"/jobs/get_without_logs"_s, false}}) {
        router.add(ApiKind::Config, "POST", path, [&ctx, withLogs](const SandboxRequest &r) {
            SandboxResponse error;
            const auto body = RouteHelpers::objectBody(r, &error);
            if (!body)
                return error;
            const auto id = readJobId(*body, u"id"_s);
            if (!id)
                return Problems::configInvalidInput(u"id is required and must be a number."_s, u"id"_s);
            const JobRecord *job = ctx.store.jobs.find(*id);
            if (!job)
                return Problems::configNotFound(QString::number(*id), u"Could not find job with id: %1"_s.arg(*id));
            return SandboxResponse::json(200, JobSimulator::configJobInfo(*job, ctx.now(), withLogs));
        });
    }
    router.add(ApiKind::Config, "POST", u"/attempt/get_for_job"_s, [&ctx](const SandboxRequest &r) {
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(r, &error);
        if (!body)
            return error;
        const auto jobId = readJobId(*body, u"jobId"_s);
        const auto attemptNumber = readJobId(*body, u"attemptNumber"_s);
        if (!jobId || !attemptNumber)
            return Problems::configInvalidInput(u"jobId and attemptNumber are required."_s, u"jobId"_s);
        const JobRecord *job = ctx.store.jobs.find(*jobId);
        const QDateTime now = ctx.now();
        const JobSnapshot snap = job ? JobSimulator::snapshot(*job, now) : JobSnapshot{};
        if (!job || *attemptNumber < 0 || *attemptNumber >= snap.attempts.size())
            return Problems::configNotFound(QString::number(*jobId),
                                            u"Could not find attempt %1 of job %2"_s.arg(*attemptNumber).arg(*jobId));
        return SandboxResponse::json(200, JobSimulator::configAttemptInfo(*job, snap.attempts.at(*attemptNumber), now));
    });
    router.add(ApiKind::Config, "POST", u"/state/create_or_update_safe"_s, [&ctx](const SandboxRequest &r) {
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(r, &error);
        if (!body)
            return error;
        const QString id = body->value(u"connectionId"_s).toString();
        ConnectionRecord *connection = ctx.store.connections.find(id);
        if (!connection)
            return Problems::configNotFound(id, u"Could not find connection with id: "_s + id);
        QJsonObject state = body->value(u"connectionState"_s).toObject();
        static const QStringList types = {u"global"_s, u"stream"_s, u"legacy"_s, u"not_set"_s};
        if (!types.contains(state.value(u"stateType"_s).toString()))
            return Problems::configInvalidInput(u"connectionState.stateType must be one of global, stream, legacy, "
                                                u"not_set."_s,
                                                u"connectionState.stateType"_s);
        const QDateTime now = ctx.now();
        for (const JobRecord *job : ctx.store.jobs.ordered())
            if (job->connectionId == id && !JobSimulator::snapshot(*job, now).isFinal)
                return Problems::configError(423, u"A sync is running for connection "_s + id
                                                      + u"; the state cannot be replaced now."_s,
                                             u"io.airbyte.commons.server.errors.SyncIsRunningException"_s);
        state.insert(u"connectionId"_s, id);
        connection->state = state;
        connection->stateSetAt = now;
        return SandboxResponse::json(200, state);
    });
    router.add(ApiKind::Config, "POST", u"/state/get"_s, [&ctx](const SandboxRequest &r) {
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(r, &error);
        if (!body)
            return error;
        const QString id = body->value(u"connectionId"_s).toString();
        const ConnectionRecord *connection = ctx.store.connections.find(id);
        if (!connection)
            return Problems::configNotFound(id, u"Could not find connection with id: "_s + id);
        return SandboxResponse::json(200, stateFor(ctx, *connection));
    });
}

} // namespace airdesk::sandbox

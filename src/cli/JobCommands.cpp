// `airdesk-cli jobs ...`: run and watch syncs, history, details, attempts and logs.
#include "CliContext.h"
#include "CliListing.h"
#include "CommandSpec.h"

#include "api/services/JobService.h"
#include "api/services/SyncWatcher.h"
#include "core/time/JavaTime.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

api::JobService *service(CliContext &ctx)
{
    return new api::JobService(&ctx.client(), ctx.workspaceId(), &ctx);
}

std::optional<qint64> jobId(CliContext &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args().positional.at(0).toLongLong(&ok);
    if (!ok || id < 0) {
        ctx.usage(u"a job id is a number, not \"%1\""_s.arg(ctx.args().positional.at(0)));
        return std::nullopt;
    }
    return id;
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QLocale::c().toString(*value) : u"-"_s;
}

QStringList jobRow(const domain::Job &job)
{
    return {QString::number(job.jobId), job.rawJobType, job.rawStatus, job.startTime.toString(Qt::ISODate),
            job.durationSeconds ? time::JavaTime::formatDuration(*job.durationSeconds) : u"-"_s,
            optionalNumber(job.rowsSynced), optionalNumber(job.bytesSynced)};
}

const QStringList kJobHeaders = {u"JOB"_s, u"TYPE"_s, u"STATUS"_s, u"STARTED"_s, u"DURATION"_s, u"RECORDS"_s, u"BYTES"_s};

void printJob(CliContext &ctx, const domain::Job &job)
{
    if (ctx.out().json())
        ctx.out().printJson(job.toJson());
    else
        ctx.out().printTable(kJobHeaders, {jobRow(job)});
}

int exitCodeFor(const domain::Job &job)
{
    return job.isFailure() ? CliOutput::SyncFailed : CliOutput::Ok;
}

void run(CliContext &ctx)
{
    bool ok = true;
    const int waitSeconds = ctx.args().value(u"wait-timeout"_s, QString::number(ctx.timeoutSeconds())).toInt(&ok);
    if (!ok || waitSeconds <= 0)
        return ctx.usage(u"--wait-timeout takes a number of seconds"_s);
    service(ctx)->runSync(ctx.args().positional.at(0), &ctx,
                          [&ctx, waitSeconds](const domain::Job &job, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        if (ctx.args().flag(u"no-wait"_s)) {
            printJob(ctx, job);
            return ctx.finish(CliOutput::Ok);
        }
        if (!ctx.out().json())
            ctx.out().printLine(u"job %1 started; waiting (up to %2 s)…"_s.arg(job.jobId).arg(waitSeconds));
        auto *watcher = new api::SyncWatcher(&ctx.client(), job.jobId, &ctx);
        watcher->setTimeout(waitSeconds * 1000);
        QObject::connect(watcher, &api::SyncWatcher::finished, &ctx, [&ctx](const domain::Job &done) {
            printJob(ctx, done);
            ctx.finish(exitCodeFor(done));
        });
        QObject::connect(watcher, &api::SyncWatcher::timedOut, &ctx, [&ctx](const domain::Job &last) {
            printJob(ctx, last);
            ctx.out().error(u"timed out waiting for job %1 (still %2)"_s.arg(last.jobId).arg(last.rawStatus));
            ctx.finish(CliOutput::TimedOut);
        });
        QObject::connect(watcher, &api::SyncWatcher::failed, &ctx, [&ctx](const api::ApiError &e) { ctx.fail(e); });
        watcher->start();
    });
}

void list(CliContext &ctx)
{
    api::JobService::HistoryQuery query;
    bool ok = true;
    query.limit = ctx.args().value(u"limit"_s, u"20"_s).toInt(&ok);
    bool offsetOk = true;
    query.offset = ctx.args().value(u"offset"_s, u"0"_s).toInt(&offsetOk);
    if (!ok || !offsetOk || query.limit < 0 || query.offset < 0)
        return ctx.usage(u"--limit and --offset take non-negative numbers"_s);
    query.newestFirst = !ctx.args().flag(u"oldest-first"_s);
    auto rows = std::make_shared<QList<domain::Job>>();
    service(ctx)->history(
        ctx.args().positional.at(0), query, &ctx, [rows](const QList<domain::Job> &page) { *rows += page; },
        [&ctx, rows](int, const api::ApiError &error) {
            if (error.isError())
                return ctx.fail(error);
            printRowsAndFinish(ctx, *rows, kJobHeaders, jobRow);
        });
}

void show(CliContext &ctx)
{
    const auto id = jobId(ctx);
    if (!id)
        return;
    service(ctx)->job(*id, &ctx, [&ctx](const domain::Job &job, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        printJob(ctx, job);
        ctx.finish(CliOutput::Ok);
    });
}

void cancel(CliContext &ctx)
{
    const auto id = jobId(ctx);
    if (!id)
        return;
    service(ctx)->cancel(*id, &ctx, [&ctx](const domain::Job &job, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        printJob(ctx, job);
        ctx.finish(CliOutput::Ok);
    });
}

void attempts(CliContext &ctx)
{
    const auto id = jobId(ctx);
    if (!id)
        return;
    service(ctx)->attempts(*id, &ctx, [&ctx](const QList<domain::Attempt> &list, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        if (ctx.out().json()) {
            QJsonArray array;
            for (const domain::Attempt &a : list) {
                QJsonObject o = a.toJson();
                o.remove(u"logs"_s); // `jobs logs` prints those
                array.append(o);
            }
            ctx.out().printJson(array);
        } else {
            QList<QStringList> rows;
            for (const domain::Attempt &a : list)
                rows.append({QString::number(a.number), a.rawStatus, a.createdAt.toString(Qt::ISODate),
                             a.endedAt.isValid() ? a.endedAt.toString(Qt::ISODate) : u"-"_s,
                             optionalNumber(a.recordsSynced), optionalNumber(a.bytesSynced),
                             a.failureMessages().join(u"; "_s)});
            ctx.out().printTable({u"ATTEMPT"_s, u"STATUS"_s, u"CREATED"_s, u"ENDED"_s, u"RECORDS"_s, u"BYTES"_s,
                                  u"FAILURE"_s},
                                 rows);
        }
        ctx.finish(CliOutput::Ok);
    });
}

void logs(CliContext &ctx)
{
    const auto id = jobId(ctx);
    if (!id)
        return;
    bool ok = true;
    const int attempt = ctx.args().value(u"attempt"_s, u"-1"_s).toInt(&ok);
    if (!ok || attempt < -1)
        return ctx.usage(u"--attempt takes an attempt number from 0"_s);
    service(ctx)->logText(*id, attempt, &ctx, [&ctx](const QString &text, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        if (ctx.out().json())
            ctx.out().printJson(QJsonObject{{u"log"_s, text}});
        else
            ctx.out().printLine(text);
        ctx.finish(CliOutput::Ok);
    });
}

} // namespace

QList<CommandSpec> jobCommands()
{
    const QString g = u"jobs"_s;
    return {
        {g, u"run"_s, u"jobs run CONNECTION_ID [--no-wait] [--wait-timeout S]"_s, {u"wait-timeout"_s}, {u"no-wait"_s},
         1, 1, true, run},
        {g, u"list"_s, u"jobs list CONNECTION_ID [--limit N] [--offset N] [--oldest-first]"_s,
         {u"limit"_s, u"offset"_s}, {u"oldest-first"_s}, 1, 1, true, list},
        {g, u"show"_s, u"jobs show JOB_ID"_s, {}, {}, 1, 1, true, show},
        {g, u"cancel"_s, u"jobs cancel JOB_ID"_s, {}, {}, 1, 1, true, cancel},
        {g, u"attempts"_s, u"jobs attempts JOB_ID"_s, {}, {}, 1, 1, true, attempts},
        {g, u"logs"_s, u"jobs logs JOB_ID [--attempt N]"_s, {u"attempt"_s}, {}, 1, 1, true, logs},
    };
}

} // namespace airdesk::cli

#include "JobService.h"

#include "api/services/ServiceCalls.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

Q_LOGGING_CATEGORY(lcJobs, "airdesk.api.jobs")

/// A JobResponse body.
auto jobParser()
{
    return ServiceCalls::objectParser<domain::Job>(
        [](const QJsonObject &object, QString *why) { return domain::Job::fromJson(object, why); },
        JobService::tr("Not a job: %1"));
}

/// A 409 on POST /jobs (problem `try-again-later`) only ever means another job of the
/// connection is still going; the server's own words ("Please try again later.") do not say
/// that, so the title does, and the server's detail stays for support.
ApiError explainStartConflict(ApiError error)
{
    const bool tryAgainLater = error.problemType.isEmpty() || error.problemType.endsWith(u"try-again-later"_s)
                               || error.title == u"try-again-later"_s;
    if (error.httpStatus == 409 && tryAgainLater)
        error.title = JobService::tr("A sync is already running for this connection");
    return error;
}

QString attemptHeader(const domain::Attempt &attempt, qsizetype count)
{
    return JobService::tr("=== Attempt %1 of %2 ===").arg(attempt.number + 1).arg(count);
}

} // namespace

JobService::JobService(ApiClient *client, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
{
}

void JobService::runSync(const QString &connectionId, const QObject *context, ResultCallback<domain::Job> callback)
{
    start(connectionId, domain::JobType::Sync, context, std::move(callback));
}

void JobService::reset(const QString &connectionId, const QObject *context, ResultCallback<domain::Job> callback)
{
    start(connectionId, domain::JobType::Reset, context, std::move(callback));
}

void JobService::clear(const QString &connectionId, const QObject *context, ResultCallback<domain::Job> callback)
{
    start(connectionId, domain::JobType::Clear, context, std::move(callback));
}

void JobService::start(const QString &connectionId, domain::JobType type, const QObject *context,
                       ResultCallback<domain::Job> callback)
{
    const QString typeText = domain::jobTypeToString(type);
    qCInfo(lcJobs) << "starting" << typeText << "for connection" << connectionId;
    // ApiRequest::post is never retried: a lost answer must not start a second job.
    const QJsonObject body{{u"connectionId"_s, connectionId}, {u"jobType"_s, typeText}};
    ServiceCalls::send<domain::Job>(
        m_client, ApiRequest::post(u"/jobs"_s, body), context, jobParser(),
        ResultCallback<domain::Job>([callback = std::move(callback), typeText](const domain::Job &job,
                                                                               const ApiError &error) {
            if (error.isError()) {
                qCInfo(lcJobs) << typeText << "not started:" << error.httpStatus << error.title;
                callback({}, explainStartConflict(error));
                return;
            }
            qCInfo(lcJobs) << typeText << "job" << job.jobId << "is" << job.rawStatus;
            callback(job, {});
        }));
}

void JobService::job(qint64 jobId, const QObject *context, ResultCallback<domain::Job> callback)
{
    ServiceCalls::send<domain::Job>(m_client, ApiRequest::get(u"/jobs/%1"_s.arg(jobId)), context, jobParser(),
                                    std::move(callback));
}

void JobService::cancel(qint64 jobId, const QObject *context, ResultCallback<domain::Job> callback)
{
    qCInfo(lcJobs) << "cancelling job" << jobId;
    ServiceCalls::send<domain::Job>(m_client, ApiRequest::remove(u"/jobs/%1"_s.arg(jobId)), context, jobParser(),
                                    std::move(callback));
}

void JobService::history(const QString &connectionId, const HistoryQuery &query, const QObject *context,
                         RowsCallback<domain::Job> rows, ListDoneCallback done)
{
    QUrlQuery q;
    q.addQueryItem(u"connectionId"_s, connectionId);
    // Always explicit: without orderBy the server lists oldest first (api-notes §6).
    q.addQueryItem(u"orderBy"_s, query.newestFirst ? u"createdAt|DESC"_s : u"createdAt|ASC"_s);
    if (query.type)
        q.addQueryItem(u"jobType"_s, domain::jobTypeToString(*query.type));
    if (query.status)
        q.addQueryItem(u"status"_s, domain::jobStatusToString(*query.status));
    if (query.createdFrom)
        q.addQueryItem(u"createdAtStart"_s, query.createdFrom->toUTC().toString(Qt::ISODate));
    if (query.createdTo)
        q.addQueryItem(u"createdAtEnd"_s, query.createdTo->toUTC().toString(Qt::ISODate));

    // Offsets are read and dropped client-side (ServiceCalls::ListWindow).
    ServiceCalls::fetchList<domain::Job>(
        m_client, this, ApiRequest::get(u"/jobs"_s, q), context,
        [](const QJsonObject &row, QString *why) { return domain::Job::fromJson(row, why); }, {}, std::move(rows),
        std::move(done), [](const QString &why) { qCWarning(lcJobs) << "skipping a job row:" << why; },
        ServiceCalls::ListWindow{query.offset, query.limit});
}

void JobService::recentJobs(int limit, const std::optional<QDateTime> &since, const QObject *context,
                            RowsCallback<domain::Job> rows, ListDoneCallback done)
{
    QUrlQuery q;
    q.addQueryItem(u"workspaceIds"_s, m_workspaceId);
    q.addQueryItem(u"orderBy"_s, u"createdAt|DESC"_s);
    if (since)
        q.addQueryItem(u"createdAtStart"_s, since->toUTC().toString(Qt::ISODate));
    ServiceCalls::fetchList<domain::Job>(
        m_client, this, ApiRequest::get(u"/jobs"_s, q), context,
        [](const QJsonObject &row, QString *why) { return domain::Job::fromJson(row, why); }, {}, std::move(rows),
        std::move(done), [](const QString &why) { qCWarning(lcJobs) << "skipping a job row:" << why; },
        ServiceCalls::ListWindow{0, limit});
}

void JobService::latestJob(const QString &connectionId, const QObject *context,
                           ResultCallback<std::optional<domain::Job>> callback)
{
    auto latest = std::make_shared<std::optional<domain::Job>>();
    HistoryQuery query;
    query.limit = 1;
    history(
        connectionId, query, context,
        [latest](const QList<domain::Job> &jobs) {
            if (!jobs.isEmpty() && !*latest)
                *latest = jobs.first();
        },
        [latest, callback = std::move(callback)](int, const ApiError &error) {
            callback(error.isError() ? std::nullopt : *latest, error);
        });
}

void JobService::jobInfo(qint64 jobId, const QObject *context, ResultCallback<domain::JobInfo> callback)
{
    // A read, though a POST: the Config API has no GET.
    ServiceCalls::send<domain::JobInfo>(
        m_client, ApiRequest::config(u"/jobs/get"_s, QJsonObject{{u"id"_s, jobId}}), context,
        ServiceCalls::objectParser<domain::JobInfo>(
            [](const QJsonObject &object, QString *why) { return domain::JobInfo::fromJson(object, why); },
            JobService::tr("Not a job with attempts: %1")),
        std::move(callback));
}

void JobService::attempts(qint64 jobId, const QObject *context, ResultCallback<QList<domain::Attempt>> callback)
{
    jobInfo(jobId, context, [callback = std::move(callback)](const domain::JobInfo &info, const ApiError &error) {
        callback(error.isError() ? QList<domain::Attempt>{} : info.attempts, error);
    });
}

void JobService::logText(qint64 jobId, int attemptNumber, const QObject *context, ResultCallback<QString> callback)
{
    // The text is put together in the parser, which runs off the GUI thread for a large job
    // (a 50 MB log is joined there, not in the window's thread).
    struct LogText
    {
        qsizetype attempts = 0;
        QString text;
    };
    ServiceCalls::send<LogText>(
        m_client, ApiRequest::config(u"/jobs/get"_s, QJsonObject{{u"id"_s, jobId}}), context,
        [attemptNumber](const QJsonValue &json, QString *why) -> std::optional<LogText> {
            const std::optional<domain::JobInfo> info = ServiceCalls::readObject<domain::JobInfo>(
                json, [](const QJsonObject &object, QString *reason) { return domain::JobInfo::fromJson(object, reason); },
                JobService::tr("Not a job with attempts: %1"), why);
            if (!info)
                return std::nullopt;
            const auto &attempts = info->attempts;
            LogText log{attempts.size(), {}};
            if (attemptNumber >= 0) {
                if (attemptNumber < attempts.size())
                    log.text = domain::fullLogText(attempts.at(attemptNumber));
                return log;
            }
            QStringList parts;
            for (const domain::Attempt &attempt : attempts)
                parts.append(attemptHeader(attempt, attempts.size()) + u'\n' + domain::fullLogText(attempt));
            log.text = parts.join(u"\n\n"_s);
            return log;
        },
        ResultCallback<LogText>([jobId, attemptNumber, callback = std::move(callback)](const LogText &log,
                                                                                       const ApiError &error) {
            if (error.isError()) {
                callback({}, error);
                return;
            }
            if (attemptNumber >= log.attempts) {
                callback({}, ServiceCalls::refusal(ApiError::Kind::NotFound, JobService::tr("No such attempt"),
                                                   JobService::tr("Job %1 has %n attempt(s); there is no attempt "
                                                                  "number %2.",
                                                                  nullptr, static_cast<int>(log.attempts))
                                                       .arg(jobId)
                                                       .arg(attemptNumber)));
                return;
            }
            callback(log.text, {});
        }));
}

} // namespace airdesk::api

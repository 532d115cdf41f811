#include "SyncWatcher.h"

#include "api/services/ServiceCalls.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {
Q_LOGGING_CATEGORY(lcWatcher, "airdesk.api.syncwatcher")
} // namespace

SyncWatcher::SyncWatcher(ApiClient *client, qint64 jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(jobId)
{
    m_job.jobId = jobId;
    m_nextPoll.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_nextPoll, &QTimer::timeout, this, &SyncWatcher::poll);
    connect(&m_deadline, &QTimer::timeout, this, &SyncWatcher::onDeadline);
}

SyncWatcher::~SyncWatcher()
{
    dropCallInFlight();
}

void SyncWatcher::start()
{
    stop();
    m_active = true;
    if (m_timeoutMs > 0)
        m_deadline.start(m_timeoutMs);
    qCDebug(lcWatcher) << "watching job" << m_jobId << "every" << m_intervalMs << "ms";
    poll();
}

void SyncWatcher::stop()
{
    m_active = false;
    m_nextPoll.stop();
    m_deadline.stop();
    dropCallInFlight();
}

void SyncWatcher::dropCallInFlight()
{
    if (m_call != 0 && m_client)
        m_client->cancel(m_call);
    m_call = 0;
}

void SyncWatcher::poll()
{
    if (!m_active)
        return;
    if (!m_client) {
        stop();
        Q_EMIT failed(ApiError::configuration(tr("The connection to the workspace was closed.")));
        return;
    }
    ++m_polls;
    // One poll at a time: the next is scheduled only after this answer, so a slow server is
    // never asked twice at once.
    m_call = m_client->send(ApiRequest::get(u"/jobs/%1"_s.arg(m_jobId)), this,
                            [this](const ApiResponse &response, const ApiError &error) { onAnswer(response, error); });
}

void SyncWatcher::onAnswer(const ApiResponse &response, const ApiError &error)
{
    m_call = 0;
    if (!m_active)
        return;
    if (error.isError()) {
        // ApiClient has already retried what was transient; what is left will not get better.
        stop();
        qCInfo(lcWatcher) << "job" << m_jobId << "cannot be followed:" << error.httpStatus << error.title;
        Q_EMIT failed(error);
        return;
    }
    QString why;
    const auto job = ServiceCalls::readObject<domain::Job>(
        response.json, [](const QJsonObject &object, QString *reason) { return domain::Job::fromJson(object, reason); },
        tr("Not a job: %1"), &why);
    if (!job) {
        stop();
        Q_EMIT failed(ApiError::invalidResponse(why));
        return;
    }
    m_job = *job;
    Q_EMIT updated(m_job);
    if (!m_active) // a slot stopped us
        return;
    if (m_job.isFinal()) {
        stop();
        qCInfo(lcWatcher) << "job" << m_jobId << "ended" << m_job.rawStatus;
        Q_EMIT finished(m_job);
        return;
    }
    m_nextPoll.start(m_intervalMs);
}

void SyncWatcher::onDeadline()
{
    if (!m_active)
        return;
    stop();
    qCInfo(lcWatcher) << "stopped following job" << m_jobId << "after" << m_timeoutMs << "ms; last status"
                      << m_job.rawStatus;
    Q_EMIT timedOut(m_job);
}

} // namespace airdesk::api

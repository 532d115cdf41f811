#include "gui/history/JobRunController.h"

#include "api/services/SyncWatcher.h"

namespace airdesk::gui {

using domain::Job;

JobRunController::JobRunController(api::ApiClient *client, api::JobService *service, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_service(service)
    , m_pollIntervalMs(api::SyncWatcher::DefaultIntervalMs)
{
}

JobRunController::~JobRunController() = default;

QString JobRunController::alreadyRunningText()
{
    return tr("A sync is already running for this connection");
}

void JobRunController::run(const QStringList &connectionIds)
{
    for (const QString &id : connectionIds)
        run(id);
}

void JobRunController::run(const QString &connectionId)
{
    if (!m_service)
        return;
    m_service->runSync(connectionId, this, [this, connectionId](const Job &job, const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Conflict) {
            Q_EMIT alreadyRunning(connectionId, alreadyRunningText());
            return;
        }
        if (error.isError()) {
            Q_EMIT failed(connectionId, error.message());
            return;
        }
        Q_EMIT started(job);
        follow(job);
    });
}

void JobRunController::follow(const Job &job)
{
    if (!m_client)
        return;
    stopFollowing(job.connectionId);
    auto *watcher = new api::SyncWatcher(m_client, job.jobId, this);
    watcher->setInterval(m_pollIntervalMs);
    watcher->setTimeout(0); // a person watching a sync wants its end, however long it takes
    m_watchers.insert(job.connectionId, watcher);
    const QString connectionId = job.connectionId;
    connect(watcher, &api::SyncWatcher::updated, this, [this](const Job &seen) { Q_EMIT updated(seen); });
    connect(watcher, &api::SyncWatcher::finished, this, [this, connectionId](const Job &done) {
        stopFollowing(connectionId);
        Q_EMIT finished(done);
    });
    connect(watcher, &api::SyncWatcher::failed, this, [this, connectionId](const api::ApiError &error) {
        stopFollowing(connectionId);
        Q_EMIT failed(connectionId, error.message());
    });
    watcher->start();
}

void JobRunController::stopFollowing(const QString &connectionId)
{
    if (api::SyncWatcher *watcher = m_watchers.take(connectionId)) {
        watcher->stop();
        watcher->deleteLater();
    }
}

Job JobRunController::followedJob(const QString &connectionId) const
{
    const api::SyncWatcher *watcher = m_watchers.value(connectionId);
    return watcher ? watcher->lastJob() : Job{};
}

bool JobRunController::cancel(const QString &connectionId)
{
    const api::SyncWatcher *watcher = m_watchers.value(connectionId);
    if (!watcher)
        return false;
    cancelJob(watcher->jobId(), connectionId);
    return true;
}

void JobRunController::cancelJob(qint64 jobId, const QString &connectionId)
{
    if (!m_service)
        return;
    m_service->cancel(jobId, this, [this, connectionId](const Job &job, const api::ApiError &error) {
        if (error.isError()) {
            Q_EMIT failed(connectionId, error.message());
            return;
        }
        // The cancel answer is the final state: no need to wait for the next poll.
        const bool followed = m_watchers.contains(job.connectionId);
        stopFollowing(job.connectionId);
        Q_EMIT cancelled(job);
        if (followed)
            Q_EMIT finished(job);
    });
}

} // namespace airdesk::gui

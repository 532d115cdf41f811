#pragma once

#include "api/ApiClient.h"
#include "api/services/JobService.h"
#include "core/domain/Job.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace airdesk::api {
class SyncWatcher;
}

namespace airdesk::gui {

/// Runs syncs and follows them to the end, for any number of connections at once (bulk runs):
/// starts the job, watches it with a SyncWatcher until it is final, cancels on request. No
/// widgets: views listen to its signals. A second run while one is going is answered by the
/// server with 409; that is reported as alreadyRunning(), in plain words, not as an error.
class JobRunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunController)

public:
    JobRunController(api::ApiClient *client, api::JobService *service, QObject *parent = nullptr);
    ~JobRunController() override;

    /// Time between polls of a running job (SyncWatcher's 2 s by default; tests use less).
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }

    /// Starts a sync for each connection; started() or alreadyRunning() or failed() follows.
    void run(const QString &connectionId);
    void run(const QStringList &connectionIds);
    /// Follows a job started elsewhere (the table's Run sync) until it is final.
    void follow(const domain::Job &job);
    /// Cancels the connection's job being followed; false when none is.
    bool cancel(const QString &connectionId);
    /// Cancels any job by id (one not followed here too); cancelled() or failed() follows.
    void cancelJob(qint64 jobId, const QString &connectionId);

    bool isFollowing(const QString &connectionId) const { return m_watchers.contains(connectionId); }
    /// The job followed for the connection, as last seen (jobId 0 when none).
    domain::Job followedJob(const QString &connectionId) const;

    /// What a 409 on run means, in the words people see.
    static QString alreadyRunningText();

Q_SIGNALS:
    void started(const airdesk::domain::Job &job);
    /// Every poll of a followed job (status, duration, records and bytes as known).
    void updated(const airdesk::domain::Job &job);
    /// The job reached succeeded, failed or cancelled.
    void finished(const airdesk::domain::Job &job);
    void cancelled(const airdesk::domain::Job &job);
    void alreadyRunning(const QString &connectionId, const QString &message);
    void failed(const QString &connectionId, const QString &message);

private:
    void stopFollowing(const QString &connectionId);

    QPointer<api::ApiClient> m_client;
    QPointer<api::JobService> m_service;
    QHash<QString, api::SyncWatcher *> m_watchers; // by connection id
    int m_pollIntervalMs;
};

} // namespace airdesk::gui

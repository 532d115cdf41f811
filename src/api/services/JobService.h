#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"

#include "core/domain/Attempt.h"
#include "core/domain/Job.h"
#include "core/domain/JobInfo.h"
#include "core/domain/JobStatus.h"
#include "core/domain/JobType.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace airdesk::api {

/// Jobs of one workspace's connections: start a sync, reset or clear (public POST /jobs, never
/// repeated), read, cancel and list them newest first, and read their attempts and logs from
/// the Config API (/jobs/get), which is the only place attempts exist. What PyAirbyte's
/// CloudConnection.run_sync / get_previous_sync_logs / get_sync_result and SyncResult /
/// SyncAttempt do, without waiting: poll a running job with SyncWatcher.
class JobService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobService)

public:
    /// Which jobs history() lists. The server sorts oldest first unless told otherwise, so
    /// the order is always sent explicitly.
    struct HistoryQuery
    {
        int limit = 20;           // PyAirbyte's get_previous_sync_logs default; 0: all
        int offset = 0;           // rows skipped in the chosen order
        bool newestFirst = true;  // createdAt|DESC, else createdAt|ASC
        std::optional<domain::JobType> type;
        std::optional<domain::JobStatus> status;
        std::optional<QDateTime> createdFrom; // createdAtStart, inclusive
        std::optional<QDateTime> createdTo;   // createdAtEnd, inclusive
    };

    JobService(ApiClient *client, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }

    /// Starts a sync. A sync already running is a Kind::Conflict error saying so.
    void runSync(const QString &connectionId, const QObject *context, ResultCallback<domain::Job> callback);
    /// Starts a reset (the same server path as clear; kept for older servers and scripts).
    void reset(const QString &connectionId, const QObject *context, ResultCallback<domain::Job> callback);
    /// Clears the connection's destination data and state (needs an editor role).
    void clear(const QString &connectionId, const QObject *context, ResultCallback<domain::Job> callback);

    void job(qint64 jobId, const QObject *context, ResultCallback<domain::Job> callback);
    /// Cancels a pending or running job; one already final is a Kind::Conflict error (409).
    void cancel(qint64 jobId, const QObject *context, ResultCallback<domain::Job> callback);

    /// The connection's jobs in pages as they arrive (PyAirbyte's get_previous_sync_logs).
    void history(const QString &connectionId, const HistoryQuery &query, const QObject *context,
                 RowsCallback<domain::Job> rows, ListDoneCallback done);
    /// Jobs of every connection of the workspace, newest first: at most `limit` (0: all),
    /// created at or after `since` when given. For a workspace-wide "what ran lately" view.
    void recentJobs(int limit, const std::optional<QDateTime> &since, const QObject *context,
                    RowsCallback<domain::Job> rows, ListDoneCallback done);
    /// The newest job of any type, or nullopt (and no error) when the connection has none.
    void latestJob(const QString &connectionId, const QObject *context,
                   ResultCallback<std::optional<domain::Job>> callback);

    /// The job with its attempts and logs (Config API /jobs/get).
    void jobInfo(qint64 jobId, const QObject *context, ResultCallback<domain::JobInfo> callback);
    void attempts(qint64 jobId, const QObject *context, ResultCallback<QList<domain::Attempt>> callback);
    /// One attempt's whole log as PyAirbyte's SyncAttempt.get_full_log_text() gives it
    /// (attemptNumber from 0), or with -1 every attempt's, each under a header line.
    void logText(qint64 jobId, int attemptNumber, const QObject *context, ResultCallback<QString> callback);

private:
    void start(const QString &connectionId, domain::JobType type, const QObject *context,
               ResultCallback<domain::Job> callback);

    ApiClient *m_client;
    QString m_workspaceId;
};

} // namespace airdesk::api

#pragma once

#include "api/ApiClient.h"

#include "core/domain/Job.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace airdesk::api {

/// Follows one job until it ends, as PyAirbyte's SyncResult.wait_for_completion does, but
/// without blocking: polls GET /jobs/{id} every interval (2 s, PyAirbyte's
/// JOB_WAIT_INTERVAL_SECS) until the status is final or the timeout passes, then stops.
/// Exactly one of finished, timedOut or failed ends a run; updated comes after every poll.
class SyncWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWatcher)

public:
    static constexpr int DefaultIntervalMs = 2000;
    static constexpr int DefaultTimeoutMs = 1800 * 1000; // wait_for_completion's default

    SyncWatcher(ApiClient *client, qint64 jobId, QObject *parent = nullptr);
    ~SyncWatcher() override;

    qint64 jobId() const { return m_jobId; }
    /// Time between the end of one poll and the next request; tests use a few ms.
    void setInterval(int ms) { m_intervalMs = std::max(1, ms); }
    int interval() const { return m_intervalMs; }
    /// How long to follow the job after start(); 0 or less: until it ends.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// Polls at once, then every interval. Restarting resets the timeout.
    void start();
    /// Stops polling and drops a poll in flight; no signal follows.
    void stop();
    bool isActive() const { return m_active; }
    /// The job as last seen (jobId only before the first answer).
    const domain::Job &lastJob() const { return m_job; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void updated(const airdesk::domain::Job &job);
    /// The job reached succeeded, failed or cancelled; check job.isFailure().
    void finished(const airdesk::domain::Job &job);
    /// The timeout passed first; the job itself goes on.
    void timedOut(const airdesk::domain::Job &job);
    void failed(const airdesk::api::ApiError &error);

private:
    void poll();
    void onAnswer(const ApiResponse &response, const ApiError &error);
    void onDeadline();
    void dropCallInFlight();

    QPointer<ApiClient> m_client;
    qint64 m_jobId;
    domain::Job m_job;
    int m_intervalMs = DefaultIntervalMs;
    int m_timeoutMs = DefaultTimeoutMs;
    QTimer m_nextPoll;
    QTimer m_deadline;
    ApiClient::CallId m_call = 0;
    bool m_active = false;
    int m_polls = 0;
};

} // namespace airdesk::api

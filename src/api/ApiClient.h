#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "ApiRoots.h"
#include "ApiTls.h"
#include "Credentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace airdesk::api {

class TokenProvider;
struct ReplyReading;

/// How hard the client tries again after a transient failure of a retry-safe request.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 400;  // doubled each time, plus up to 50 % jitter
    int maxDelayMs = 8000;
};

/// The one place requests to Airbyte are built and sent: authentication, User-Agent,
/// X-Request-ID, Accept, timeouts, bounded retries with backoff for retry-safe requests, one
/// token refresh and replay on 401, and the mapping of every failure to an ApiError.
/// Callers get exactly one callback per call, on their context object, unless they cancel.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiResponse &response, const ApiError &error)>;
    using CallId = quint64;

    ApiClient(const ApiRoots &roots, const Credentials &credentials, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiRoots &roots() const { return m_roots; }
    TokenProvider &tokens() { return *m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    /// Caps every request's transfer timeout (the token request's too); 0 leaves each
    /// request's own. For impatient scripts and for tests that stage timeouts.
    void setTimeoutCapMs(int ms);
    /// Certificate authorities to trust besides the system's (a self-managed instance with
    /// its own CA). TLS errors are never ignored: an untrusted certificate fails the call.
    void setTls(const ApiTls &tls);
    const ApiTls &tls() const { return m_tls; }

    /// Sends `request`; `callback` runs on `context`'s thread once, unless `context` is gone.
    CallId send(const ApiRequest &request, const QObject *context, Callback callback);
    /// Drops a call: its reply is aborted and its callback never runs.
    void cancel(CallId id);
    /// Aborts everything in flight (on shutdown or when the workspace is switched).
    void cancelAll();

    int requestsSent() const { return m_requestsSent; }

private:
    struct Call;
    void start(CallId id);
    void onTokenReady(CallId id, const QString &token, const ApiError &error);
    void onReplyFinished(CallId id, QNetworkReply *reply);
    void onReplyRead(CallId id, ReplyReading reading);
    bool retryLater(CallId id, const ApiError &error, bool requestWasSent);
    void complete(CallId id, const ApiResponse &response, const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;

    ApiRoots m_roots;
    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    RetryPolicy m_retry;
    int m_timeoutCapMs = 0;
    ApiTls m_tls;
    QHash<CallId, std::shared_ptr<Call>> m_calls;
    CallId m_nextId = 1;
    int m_requestsSent = 0;
};

} // namespace airdesk::api

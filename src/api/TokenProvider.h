#pragma once

#include "ApiError.h"
#include "ApiTls.h"
#include "Credentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace airdesk::api {

/// Hands out the bearer token for requests. With client credentials it fetches one from
/// `<public root>/applications/token`, caches it for `expires_in` minus a margin, refreshes
/// it before it expires, and keeps exactly one fetch in flight while other callers wait.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Callback = std::function<void(const QString &token, const ApiError &error)>;
    using Clock = std::function<QDateTime()>;

    TokenProvider(const Credentials &credentials, const QUrl &tokenUrl, QNetworkAccessManager *network,
                  QObject *parent = nullptr);

    /// Calls back (always asynchronously) with a usable token or the error that prevented one.
    void withToken(const QObject *context, Callback callback);
    /// Forgets `token` if it is the cached one (after the server answered 401 to it).
    void invalidate(const QString &token);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// The token request's transfer timeout (ApiClient passes its own cap down).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setTls(const ApiTls &tls) { m_tls = tls; }
    int fetchCount() const { return m_fetchCount; }
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        Callback callback;
    };
    void fetch();
    void finish(const QString &token, const ApiError &error);

    Credentials m_credentials;
    QUrl m_tokenUrl;
    QNetworkAccessManager *m_network;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QString m_token;
    QDateTime m_expiresAt;
    bool m_fetching = false;
    int m_timeoutMs = 30000;
    ApiTls m_tls;
    int m_fetchCount = 0;
    std::vector<Waiter> m_waiters;
};

} // namespace airdesk::api

#include "TokenProvider.h"

#include "ApiHeaders.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcToken, "airdesk.api.token")

namespace airdesk::api {

TokenProvider::TokenProvider(const Credentials &credentials, const QUrl &tokenUrl, QNetworkAccessManager *network,
                             QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_tokenUrl(tokenUrl)
    , m_network(network)
{
}

void TokenProvider::withToken(const QObject *context, Callback callback)
{
    m_waiters.push_back({QPointer<const QObject>(context), std::move(callback)});
    if (m_credentials.method() == Credentials::Method::BearerToken) {
        QTimer::singleShot(0, this, [this] { finish(m_credentials.bearerToken(), {}); });
        return;
    }
    if (!m_token.isEmpty() && m_clock() < m_expiresAt) {
        const QString token = m_token;
        QTimer::singleShot(0, this, [this, token] { finish(token, {}); });
        return;
    }
    if (!m_fetching)
        fetch();
}

void TokenProvider::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = {};
    }
}

void TokenProvider::fetch()
{
    m_fetching = true;
    ++m_fetchCount;
    QNetworkRequest request(m_tokenUrl);
    const QString requestId = ApiHeaders::stamp(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_tls.isDefault())
        request.setSslConfiguration(m_tls.apply(request.sslConfiguration()));
    const QJsonObject body{{u"client_id"_s, m_credentials.clientId()},
                           {u"client_secret"_s, m_credentials.clientSecret()},
                           {u"grant_type"_s, u"client_credentials"_s}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QDateTime requestedAt = m_clock();
    connect(reply, &QNetworkReply::finished, this, [this, reply, requestId, requestedAt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray(); // closed when aborted
        if (status == 200) {
            const QJsonObject o = QJsonDocument::fromJson(data).object();
            const QString token = o.value(u"access_token"_s).toString();
            if (!token.isEmpty()) {
                const qint64 ttl = o.value(u"expires_in"_s).toInteger(180);
                // Refresh a minute early (less for short-lived tokens), so no request goes out
                // with a token that expires on the way.
                const qint64 margin = std::min<qint64>(60, ttl / 5);
                m_token = token;
                m_expiresAt = requestedAt.addSecs(ttl - margin);
                qCDebug(lcToken) << "token fetched, valid for" << ttl << "s";
                finish(token, {});
                return;
            }
        }
        ApiError error = ApiError::fromResponse(reply->error(), status, data, reply->errorString());
        if (!error.isError())
            // 200 without a usable token (a web page, a cut or malformed body): not a token.
            error = ApiError::invalidResponse(QCoreApplication::translate("airdesk::api::TokenProvider",
                                                                          "The token endpoint sent no token."));
        else if (status >= 400 && status < 500 && status != 429) {
            // Any refusal of the credentials is an authentication problem (400, 401, 403 by mode).
            error.kind = ApiError::Kind::Authentication;
            error.title = QCoreApplication::translate("airdesk::api::TokenProvider", "The credentials were refused");
        }
        error.requestId = requestId;
        error.method = u"POST"_s;
        error.path = u"/applications/token"_s;
        qCDebug(lcToken) << "token fetch failed:" << status;
        finish({}, error);
    });
}

void TokenProvider::finish(const QString &token, const ApiError &error)
{
    m_fetching = false;
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &waiter : waiters)
        if (waiter.context)
            waiter.callback(token, error);
}

} // namespace airdesk::api

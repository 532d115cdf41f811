#include "SandboxFixture.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace airdesk::test {

SandboxFixture::SandboxFixture(const QStringList &arguments)
{
    QStringList args = {u"--job-duration-ms"_s, u"2000"_s};
    args += arguments;
    const auto options = sandbox::SandboxOptions::parse(args, &m_error);
    if (!options)
        return;
    m_server = std::make_unique<sandbox::SandboxServer>(*options);
    m_server->setClock([this] { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); });
    m_running = m_server->start(&m_error);
}

SandboxFixture::~SandboxFixture() = default;

QUrl SandboxFixture::publicUrl(const QString &pathAndQuery) const
{
    return QUrl(m_server->publicApiRoot().toString() + pathAndQuery);
}

QUrl SandboxFixture::configUrl(const QString &path) const
{
    return QUrl(m_server->configApiRoot().toString() + path);
}

QString SandboxFixture::token()
{
    const QJsonObject body{{u"client_id"_s, m_server->options().clientId},
                           {u"client_secret"_s, m_server->options().clientSecret},
                           {u"grant_type"_s, u"client_credentials"_s}};
    const HttpReply reply = send("POST", publicUrl(u"/applications/token"_s), QJsonDocument(body).toJson());
    return reply.object().value(u"access_token"_s).toString();
}

HttpReply SandboxFixture::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, const QString &token, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply SandboxFixture::get(const QString &publicPath, const QString &token)
{
    return send("GET", publicUrl(publicPath), {}, {}, token);
}

HttpReply SandboxFixture::call(const QByteArray &method, const QString &publicPath, const QJsonObject &body)
{
    if (m_token.isEmpty())
        m_token = token();
    const QByteArray payload = (method == "GET" || method == "DELETE") && body.isEmpty()
        ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    HttpReply reply = send(method, publicUrl(publicPath), payload, "application/json", m_token);
    if (reply.status == 401) { // the clock moved past the token's lifetime: fetch a new one, once
        m_token = token();
        reply = send(method, publicUrl(publicPath), payload, "application/json", m_token);
    }
    return reply;
}

HttpReply SandboxFixture::config(const QString &configPath, const QJsonObject &body)
{
    if (m_token.isEmpty())
        m_token = token();
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    HttpReply reply = send("POST", configUrl(configPath), payload, "application/json", m_token);
    if (reply.status == 401) {
        m_token = token();
        reply = send("POST", configUrl(configPath), payload, "application/json", m_token);
    }
    return reply;
}

} // namespace airdesk::test

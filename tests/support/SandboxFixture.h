#pragma once

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace airdesk::test {

/// One HTTP answer as a test sees it.
struct HttpReply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QString networkError; // empty when the transfer itself succeeded
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

/// Starts an in-process sandbox on 127.0.0.1 with port 0 and talks to it over real HTTP.
/// Tests may wait on replies here (they are not the GUI path); the clock can be moved.
class SandboxFixture final
{
public:
    explicit SandboxFixture(const QStringList &arguments = {});
    ~SandboxFixture();

    bool isRunning() const { return m_running; }
    QString startError() const { return m_error; }
    sandbox::SandboxServer &server() { return *m_server; }
    QString workspaceId() const { return m_server->defaultWorkspaceId(); }

    /// Moves the sandbox clock forward (expires tokens, finishes jobs).
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

    /// A fresh access token from /applications/token with the default credentials.
    QString token();

    HttpReply get(const QString &publicPath, const QString &token = {});
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json", const QString &token = {},
                   int timeoutMs = 10000);
    /// Public API call with the fixture's token (fetched once).
    HttpReply call(const QByteArray &method, const QString &publicPath, const QJsonObject &body = {});
    /// Config API call (POST + JSON) with the fixture's token.
    HttpReply config(const QString &configPath, const QJsonObject &body);

    QUrl publicUrl(const QString &pathAndQuery) const;
    QUrl configUrl(const QString &path) const;

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    qint64 m_offsetSeconds = 0;
    bool m_running = false;
    QString m_error;
    QString m_token;
};

} // namespace airdesk::test

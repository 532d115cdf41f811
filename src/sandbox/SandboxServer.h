#pragma once

#include "SandboxOptions.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerResponder;

namespace airdesk::sandbox {

class ExchangeRecorder;
class FaultInjector;
class Router;
struct SandboxContext;
struct SandboxRequest;
struct SandboxResponse;

/// A local server that speaks the Airbyte public API (/api/public/v1) and the Config API
/// subset the client uses (/api/v1), quirks included. Used by every integration test and
/// embedded in the app as the default workspace for people without an account.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Loads the catalog, seeds the store and starts listening; false and a message on failure.
    bool start(QString *error);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl publicApiRoot() const;
    QUrl configApiRoot() const;
    const SandboxOptions &options() const { return m_options; }

    /// Replaces the clock (tests move time forward to expire tokens or finish jobs).
    void setClock(std::function<QDateTime()> clock);
    SandboxContext &context() { return *m_context; }
    /// A request as it arrived, for tests that count what the client sent.
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        bool withoutAuthorization = true;
    };
    /// Keeps a log of every request from now on (off by default: the embedded sandbox runs for
    /// as long as the app does).
    void setRequestLogEnabled(bool enabled) { m_logRequests = enabled; }
    /// Every request received while the log was on (method, path, whether it had an Authorization header).
    const QList<LoggedRequest> &requestLog() const { return m_requestLog; }
    int requestCount(const QString &pathPrefix) const;
    /// Replaces the fault rates while running (tests stage an outage, then its end).
    void setFaultRates(const QHash<QString, double> &rates, quint32 seed = 1);
    /// The id of the first seeded workspace (the one the app opens).
    QString defaultWorkspaceId() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxRequest toSandboxRequest(const QHttpServerRequest &request) const;
    std::optional<SandboxResponse> checkAuth(const SandboxRequest &request) const;
    void deliver(QHttpServerResponder &&responder, QTcpSocket *socket, const SandboxResponse &response,
                 int delayMs);
    /// Sends the status line, the headers (promising the whole body) and half the body, then
    /// closes the connection: an answer cut short.
    void deliverTruncated(QHttpServerResponder &&responder, QTcpSocket *socket, const SandboxResponse &response);

    SandboxOptions m_options;
    QList<LoggedRequest> m_requestLog;
    bool m_logRequests = false;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<ExchangeRecorder> m_recorder;
    void hold(QHttpServerResponder &&responder, QTcpSocket *socket);

    /// Responders of requests that are deliberately never answered (timeout and reset faults),
    /// kept until their connection goes away.
    QHash<QTcpSocket *, std::shared_ptr<QHttpServerResponder>> m_held;
    quint16 m_port = 0;
};

} // namespace airdesk::sandbox

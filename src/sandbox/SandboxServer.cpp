#include "SandboxServer.h"

#include "ExchangeRecorder.h"
#include "FaultInjector.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"
#include "SandboxContext.h"
#include "Seeder.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "airdesk.sandbox.server")

namespace airdesk::sandbox {

namespace {

const QString kPublicPrefix = u"/api/public/v1"_s;
const QString kConfigPrefix = u"/api/v1"_s;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        break;
    }
    return "UNKNOWN";
}

} // namespace

namespace {
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

/// Qt's HTTP server logs whole requests, Authorization header included, at debug level: the
/// sandbox's tokens must not reach a log even when every category is turned on.
void keepHttpServerQuiet(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}
} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_context(std::make_unique<SandboxContext>())
    , m_router(std::make_unique<Router>())
    , m_faults(std::make_unique<FaultInjector>(options.faults, options.faultSeed))
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { g_previousFilter = QLoggingCategory::installFilter(keepHttpServerQuiet); });
    m_context->options = options;
    m_context->tokens.setFixedToken(options.bearerToken);
    QString recordFile = options.recordFile;
    if (recordFile.isEmpty())
        recordFile = qEnvironmentVariable("AIRDESK_SANDBOX_RECORD");
    if (!recordFile.isEmpty())
        m_recorder = std::make_unique<ExchangeRecorder>(recordFile);

    registerWorkspaceRoutes(*m_router, *m_context);
    registerActorRoutes(*m_router, *m_context);
    registerConnectionRoutes(*m_router, *m_context);
    registerJobRoutes(*m_router, *m_context);
    registerDefinitionRoutes(*m_router, *m_context);
    registerConfigJobRoutes(*m_router, *m_context);
    registerConfigConnectorRoutes(*m_router, *m_context);
    registerCheckRoutes(*m_router, *m_context);
    registerConfigBuilderRoutes(*m_router, *m_context);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (m_options.catalogDir.isEmpty()) {
        m_context->catalog = ConnectorCatalog::builtIn();
    } else {
        QString catalogError;
        auto catalog = ConnectorCatalog::load(m_options.catalogDir, &catalogError);
        if (!catalog) {
            *error = u"Cannot load the connector catalog from %1: %2"_s.arg(m_options.catalogDir, catalogError);
            return false;
        }
        m_context->catalog = std::move(*catalog);
    }
    if (!Seeder::seed(*m_context, error))
        return false;
    m_port = listen(m_options.host, m_options.port);
    if (m_port == 0) {
        *error = u"Cannot listen on %1:%2"_s.arg(m_options.host.toString()).arg(m_options.port);
        return false;
    }
    m_context->serverBase = baseUrl().toString(QUrl::StripTrailingSlash);
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.host.toString());
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::publicApiRoot() const
{
    QUrl url = baseUrl();
    url.setPath(kPublicPrefix);
    return url;
}

QUrl SandboxServer::configApiRoot() const
{
    QUrl url = baseUrl();
    url.setPath(kConfigPrefix);
    return url;
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    m_context->clock = std::move(clock);
}

int SandboxServer::requestCount(const QString &pathPrefix) const
{
    return int(std::count_if(m_requestLog.cbegin(), m_requestLog.cend(),
                             [&pathPrefix](const LoggedRequest &r) { return r.path.startsWith(pathPrefix); }));
}

void SandboxServer::setFaultRates(const QHash<QString, double> &rates, quint32 seed)
{
    m_options.faults = rates;
    m_faults = std::make_unique<FaultInjector>(rates, seed);
}

QString SandboxServer::defaultWorkspaceId() const
{
    const auto workspaces = m_context->store.workspaces.ordered();
    return workspaces.empty() ? QString() : workspaces.front()->id;
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest &request) const
{
    SandboxRequest r;
    r.method = methodName(request.method());
    QString path = request.url().path();
    if (path.startsWith(kPublicPrefix + u'/') || path == kPublicPrefix) {
        r.api = ApiKind::Public;
        path = path.mid(kPublicPrefix.size());
    } else if (path.startsWith(kConfigPrefix + u'/')) {
        r.api = ApiKind::Config;
        path = path.mid(kConfigPrefix.size());
    }
    r.path = path.isEmpty() ? u"/"_s : path;
    r.query = request.query();
    r.body = request.body();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        r.headers.insert(name.toLower(), value);
    r.contentType = r.header("content-type").toLower();
    return r;
}

std::optional<SandboxResponse> SandboxServer::checkAuth(const SandboxRequest &request) const
{
    if (request.api == ApiKind::Other)
        return std::nullopt;
    if (request.api == ApiKind::Public
        && ((request.method == "GET" && request.path == u"/health"_s)
            || (request.method == "POST" && request.path == u"/applications/token"_s)))
        return std::nullopt;
    const QByteArray header = request.header("authorization");
    const QString token = header.startsWith("Bearer ") ? QString::fromUtf8(header.mid(7)).trimmed() : QString();
    if (!token.isEmpty() && m_context->tokens.check(token, m_context->now()) == TokenIssuer::Check::Valid)
        return std::nullopt;
    if (request.api == ApiKind::Config)
        return Problems::configError(401, u"Unauthorized"_s, u"io.micronaut.security.authentication.AuthorizationException"_s);
    return Problems::invalidApiKey();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    SandboxRequest request = toSandboxRequest(httpRequest);
    if (m_logRequests)
        m_requestLog.append({request.method, request.path, request.header("authorization").isEmpty()});
    const QString fault =
        request.api == ApiKind::Other ? QString() : m_faults->next(request.method, httpRequest.url().path());
    QHttpServerResponder responder = makeResponder(httpRequest, socket);

    if (fault == u"reset"_s) {
        qCDebug(lcSandbox) << "fault: reset" << request.method << request.path;
        if (m_recorder)
            m_recorder->record(request, SandboxResponse::empty(0), fault);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [guard] {
            if (guard)
                guard->abort();
        });
        hold(std::move(responder), socket);
        return true;
    }
    if (fault == u"timeout"_s) {
        // Never answer: the client's own timeout has to notice.
        qCDebug(lcSandbox) << "fault: timeout" << request.method << request.path;
        if (m_recorder)
            m_recorder->record(request, SandboxResponse::empty(0), fault);
        hold(std::move(responder), socket);
        return true;
    }

    SandboxResponse response;
    if (fault == u"429"_s) {
        // The server's load shedding: deliberately no Retry-After.
        response = SandboxResponse::json(429, QJsonObject{{u"message"_s, u"You are being rate limited."_s}});
    } else if (fault == u"500"_s) {
        response = Problems::unexpected(u"Injected failure"_s);
    } else if (fault == u"503"_s) {
        response = Problems::serviceUnavailable();
    } else if (fault == u"502"_s || fault == u"504"_s) {
        // A gateway in front of the server answers these, in HTML.
        const int status = fault.toInt();
        response = SandboxResponse::text(status, "text/html",
                                         "<html><body><h1>" + fault.toLatin1() + " Gateway error</h1></body></html>");
    } else if (fault == u"html"_s) {
        // A captive portal or single-sign-on proxy in front of the server: 200, but a web page.
        response = SandboxResponse::text(200, "text/html; charset=utf-8",
                                         "<!DOCTYPE html><html><head><title>Sign in</title></head>"
                                         "<body><form action=\"/login\"><input name=\"user\"></form></body></html>");
    } else if (auto unauthorized = checkAuth(request)) {
        response = *unauthorized;
    } else {
        response = m_router->dispatch(request);
        if (fault == u"malformed"_s && !response.body.isEmpty())
            response.body.truncate(response.body.size() / 2);
    }
    qCDebug(lcSandbox) << request.method << request.path << response.status << fault;
    if (m_recorder)
        m_recorder->record(request, response, fault);
    // A body-less answer (204) has nothing to cut: it goes out whole.
    if (fault == u"truncated"_s && !response.body.isEmpty()) {
        deliverTruncated(std::move(responder), socket, response);
        return true;
    }
    const int delayMs = fault == u"slow"_s ? m_options.slowMs : m_options.latencyMs;
    deliver(std::move(responder), socket, response, std::max(delayMs, response.delayMs));
    return true;
}

void SandboxServer::hold(QHttpServerResponder &&responder, QTcpSocket *socket)
{
    if (!m_held.contains(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] { m_held.remove(socket); });
    m_held.insert(socket, std::make_shared<QHttpServerResponder>(std::move(responder)));
}

void SandboxServer::deliver(QHttpServerResponder &&responder, QTcpSocket *socket, const SandboxResponse &response,
                            int delayMs)
{
    auto write = [response](QHttpServerResponder &r) {
        const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
        if (response.body.isEmpty() && response.contentType.isEmpty())
            r.write(status);
        else
            r.write(response.body, response.contentType, status);
    };
    if (delayMs <= 0) {
        write(responder);
        return;
    }
    // Delay without blocking: other requests are served meanwhile.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [held, guard, write] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*held);
    });
}

void SandboxServer::deliverTruncated(QHttpServerResponder &&responder, QTcpSocket *socket,
                                     const SandboxResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Truncated\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    // Promise more than is sent, so the client can tell the answer was cut short.
    head += "Content-Length: " + QByteArray::number(response.body.size() + 64) + "\r\n";
    head += "Connection: close\r\n\r\n";
    const QByteArray wire = head + response.body.left(response.body.size() / 2);
    hold(std::move(responder), socket);
    socket->write(wire);
    socket->flush();
    socket->disconnectFromHost();
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace airdesk::sandbox

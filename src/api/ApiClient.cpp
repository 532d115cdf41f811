#include "ApiClient.h"

#include "ApiHeaders.h"
#include "OneShotBody.h"
#include "ReplyReader.h"
#include "TokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "airdesk.api.client")

namespace airdesk::api {

struct ApiClient::Call
{
    ApiRequest request;
    QPointer<const QObject> context;
    Callback callback;
    int retries = 0;
    bool replayedAfter401 = false;
    bool mayHaveApplied = false; // an earlier attempt reached the server but its answer was lost
    QString token;
    QString requestId;
    QPointer<QNetworkReply> reply;
};

ApiClient::ApiClient(const ApiRoots &roots, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_roots(roots)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_tokens = new TokenProvider(credentials, QUrl(roots.publicRoot().toString() + u"/applications/token"_s),
                                 m_network, this);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setTimeoutCapMs(int ms)
{
    m_timeoutCapMs = std::max(0, ms);
    m_tokens->setTimeoutMs(m_timeoutCapMs > 0 ? std::min(m_timeoutCapMs, 30000) : 30000);
}

void ApiClient::setTls(const ApiTls &tls)
{
    m_tls = tls;
    m_tokens->setTls(tls);
}

ApiClient::CallId ApiClient::send(const ApiRequest &request, const QObject *context, Callback callback)
{
    const CallId id = m_nextId++;
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->callback = std::move(callback);
    m_calls.insert(id, call);
    start(id);
    return id;
}

void ApiClient::cancel(CallId id)
{
    const auto call = m_calls.take(id);
    if (call && call->reply)
        call->reply->abort();
}

void ApiClient::cancelAll()
{
    const auto ids = m_calls.keys();
    for (CallId id : ids)
        cancel(id);
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    const QUrl root = request.api == ApiRequest::Api::Public ? m_roots.publicRoot() : m_roots.configRoot();
    QUrl url(root.toString() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void ApiClient::start(CallId id)
{
    const auto call = m_calls.value(id);
    if (!call)
        return;
    m_tokens->withToken(this, [this, id](const QString &token, const ApiError &error) {
        onTokenReady(id, token, error);
    });
}

void ApiClient::onTokenReady(CallId id, const QString &token, const ApiError &error)
{
    const auto call = m_calls.value(id);
    if (!call)
        return;
    if (error.isError()) {
        // Nothing reached the API yet, so even a create may be retried after a transient failure.
        if (!retryLater(id, error, false))
            complete(id, {}, error);
        return;
    }
    call->token = token;
    QNetworkRequest request(urlFor(call->request));
    call->requestId = ApiHeaders::stamp(request);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(m_timeoutCapMs > 0 ? std::min(m_timeoutCapMs, call->request.timeoutMs)
                                                  : call->request.timeoutMs);
    if (!m_tls.isDefault())
        request.setSslConfiguration(m_tls.apply(request.sslConfiguration()));
    QByteArray payload;
    if (call->request.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonValue &body = *call->request.body;
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    ++m_requestsSent;
    QNetworkReply *reply = nullptr;
    if (!call->request.retrySafe) {
        // Qt's HTTP layer silently sends a request again when its connection drops before any
        // answer arrives. For a create that may already have happened, so the body goes out from
        // a device that cannot rewind: Qt then reports the failure instead of repeating it.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        auto *device = new OneShotBody(payload);
        reply = m_network->sendCustomRequest(request, call->request.method, device);
        device->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, call->request.method, payload);
    }
    call->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onReplyFinished(id, reply); });
}

void ApiClient::onReplyFinished(CallId id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto call = m_calls.value(id);
    if (!call || call->reply != reply)
        return;
    call->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted transfer (timeout, reset) closes the reply: nothing to read then.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcClient) << call->request.method << call->request.path << status << call->requestId;

    if (status == 401 && !call->replayedAfter401) {
        // The token expired or was revoked: refresh once and replay. A second 401 is final.
        call->replayedAfter401 = true;
        m_tokens->invalidate(call->token);
        start(id);
        return;
    }
    if (status == 404 && call->mayHaveApplied && call->request.method == "DELETE") {
        // The first DELETE got through but its answer was lost; the retry finds nothing left,
        // which is what was asked for.
        qCDebug(lcClient) << "retried DELETE found it gone:" << call->request.path;
        ApiResponse gone;
        gone.httpStatus = 204;
        gone.requestId = call->requestId;
        complete(id, gone, {});
        return;
    }
    ReplyFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.httpStatus = status;
    facts.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    facts.body = body;
    if (body.size() < kOffThreadReplyBytes) {
        onReplyRead(id, readReply(facts));
        return;
    }
    // A body this large would stall the window while it is parsed: read it on a worker thread.
    // The call stays registered meanwhile, so cancel() still drops it.
    qCDebug(lcClient) << "reading" << body.size() << "bytes off the GUI thread";
    QtConcurrent::run([facts = std::move(facts)] { return readReply(facts); })
        .then(this, [this, id](const ReplyReading &reading) { onReplyRead(id, reading); });
}

void ApiClient::onReplyRead(CallId id, ReplyReading reading)
{
    const auto call = m_calls.value(id);
    if (!call)
        return; // cancelled while its body was read
    reading.response.requestId = call->requestId;
    if (reading.error.isError()) {
        reading.error.requestId = call->requestId;
        reading.error.method = QString::fromLatin1(call->request.method);
        reading.error.path = call->request.path;
        if (retryLater(id, reading.error, true))
            return;
    }
    complete(id, reading.response, reading.error);
}

bool ApiClient::retryLater(CallId id, const ApiError &error, bool requestWasSent)
{
    const auto call = m_calls.value(id);
    if (!call || !error.isTransient() || call->retries >= m_retry.maxRetries)
        return false;
    if (requestWasSent && !call->request.retrySafe)
        return false; // a create may have happened: never repeat it blindly
    const int exponent = std::min(call->retries, 10);
    const int base = std::min(m_retry.maxDelayMs, m_retry.baseDelayMs * (1 << exponent));
    const int delay = base + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
    ++call->retries;
    if (requestWasSent && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout))
        call->mayHaveApplied = true;
    qCDebug(lcClient) << "retrying" << call->request.path << "in" << delay << "ms after" << error.httpStatus;
    QTimer::singleShot(delay, this, [this, id] { start(id); });
    return true;
}

void ApiClient::complete(CallId id, const ApiResponse &response, const ApiError &error)
{
    const auto call = m_calls.take(id);
    if (call && call->context)
        call->callback(response, error);
}

} // namespace airdesk::api

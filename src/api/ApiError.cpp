#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::api::ApiError", text);
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::InvalidRequest;
    case 401:
        return ApiError::Kind::Authentication;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
    case 423:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::InvalidRequest;
}

QString defaultTitle(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Configuration:
        return tr("Not configured");
    case ApiError::Kind::Network:
        return tr("Cannot reach the server");
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time");
    case ApiError::Kind::Authentication:
        return tr("Authentication failed");
    case ApiError::Kind::Forbidden:
        return tr("Not allowed");
    case ApiError::Kind::NotFound:
        return tr("Not found");
    case ApiError::Kind::Conflict:
        return tr("Conflict");
    case ApiError::Kind::InvalidRequest:
        return tr("The server rejected the request");
    case ApiError::Kind::RateLimited:
        return tr("Too many requests");
    case ApiError::Kind::Server:
        return tr("Server error");
    case ApiError::Kind::InvalidResponse:
        return tr("Unexpected answer from the server");
    case ApiError::Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace

bool ApiError::isTransient() const
{
    if (kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited)
        return true;
    return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

QString ApiError::message() const
{
    QString text = title.isEmpty() ? defaultTitle(kind) : title;
    if (httpStatus > 0)
        text += u" (HTTP %1)"_s.arg(httpStatus);
    if (!detail.isEmpty())
        text += u": "_s + detail;
    if (!requestId.isEmpty())
        text += tr(" [request %1]").arg(requestId);
    return text;
}

QString ApiError::summary() const
{
    constexpr qsizetype kMaxDetail = 160;
    QString text = title.isEmpty() ? defaultTitle(kind) : title;
    QString first = detail.section(u'\n', 0, 0).trimmed();
    if (first.size() > kMaxDetail)
        first = first.left(kMaxDetail - 1) + u'…';
    if (!first.isEmpty() && first != text)
        text += u": "_s + first;
    return text;
}

QString ApiError::details() const
{
    QStringList lines;
    lines.append(tr("Error: %1").arg(title.isEmpty() ? defaultTitle(kind) : title));
    if (httpStatus > 0)
        lines.append(tr("HTTP status: %1").arg(httpStatus));
    if (!method.isEmpty() || !path.isEmpty())
        lines.append(tr("Request: %1 %2").arg(method, path).trimmed());
    if (!problemType.isEmpty())
        lines.append(tr("Problem type: %1").arg(problemType));
    if (!requestId.isEmpty())
        lines.append(tr("Request id: %1").arg(requestId));
    lines.append(tr("Retrying may help: %1").arg(isTransient() ? tr("yes") : tr("no")));
    if (!detail.isEmpty())
        lines.append(QString(u'\n' + detail));
    return lines.join(u'\n');
}

ApiError ApiError::configuration(const QString &detail)
{
    ApiError e;
    e.kind = Kind::Configuration;
    e.title = defaultTitle(e.kind);
    e.detail = detail;
    return e;
}

ApiError ApiError::invalidResponse(const QString &detail)
{
    ApiError e;
    e.kind = Kind::InvalidResponse;
    e.title = defaultTitle(e.kind);
    e.detail = detail;
    return e;
}

ApiError ApiError::fromResponse(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                const QString &networkErrorText)
{
    ApiError e;
    e.httpStatus = httpStatus;
    // A transfer that failed after a 2xx status line (cut short, timed out mid-body) is a
    // network failure, not a success with a partial body.
    const bool brokenTransfer = httpStatus >= 200 && httpStatus < 300 && networkError != QNetworkReply::NoError;
    if (httpStatus == 0 || brokenTransfer) {
        switch (networkError) {
        case QNetworkReply::NoError:
            e.kind = Kind::InvalidResponse;
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            e.kind = Kind::Timeout;
            break;
        default:
            e.kind = Kind::Network;
            break;
        }
        e.title = defaultTitle(e.kind);
        e.detail = networkErrorText;
        return e;
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return e; // not an error

    e.kind = kindForStatus(httpStatus);
    e.title = defaultTitle(e.kind);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        if (o.contains(u"title"_s) || o.contains(u"type"_s)) {
            // Public API problem (RFC 9457 shape, served as application/json).
            e.problemType = o.value(u"type"_s).toString();
            const QString title = o.value(u"title"_s).toString();
            if (!title.isEmpty())
                e.title = title;
            e.detail = o.value(u"detail"_s).toString();
            const QJsonObject data = o.value(u"data"_s).toObject();
            const QString dataMessage = data.value(u"message"_s).toString(
                data.value(u"validationErrorMessage"_s).toString());
            if (!dataMessage.isEmpty() && dataMessage != e.detail)
                e.detail = e.detail.isEmpty() ? dataMessage : e.detail + u" — "_s + dataMessage;
        } else if (o.contains(u"message"_s)) {
            // Config API KnownExceptionInfo, or the public API's load-shedding 429.
            e.detail = o.value(u"message"_s).toString();
        } else if (o.contains(u"errorId"_s)) {
            // Bean validation or bad client credentials: the body carries nothing but an id.
            e.detail = tr("The server gave no explanation (error id %1).").arg(o.value(u"errorId"_s).toString());
        }
    } else if (!body.trimmed().isEmpty()) {
        // A gateway's HTML page or plain text: show a short, tag-free excerpt.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        text.remove(QRegularExpression(u"<[^>]*>"_s));
        e.detail = text.simplified().left(160);
    }
    return e;
}

} // namespace airdesk::api

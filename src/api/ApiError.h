#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace airdesk::api {

/// Every failure a call can end in, whatever produced it: the network, an HTTP status, or a
/// body the client cannot use. Built in one place (ApiError::fromResponse) so every caller
/// shows the same sentence for the same problem.
struct ApiError
{
    enum class Kind {
        None,
        Configuration,   // no request was sent: bad roots or credentials
        Network,         // connection refused, reset, DNS...
        Timeout,
        Authentication,  // 401 after a token refresh, or bad client credentials
        Forbidden,
        NotFound,
        Conflict,        // 409 / 423: e.g. a sync already running, a locked connection
        InvalidRequest,  // 400 / 422: the server rejected what was sent
        RateLimited,     // 429
        Server,          // 5xx
        InvalidResponse, // a body that is not what the API promises
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString title;     // short, e.g. "try-again-later" or "Not found"
    QString detail;    // the server's own explanation, when it gave one
    QString problemType;
    QString requestId; // the X-Request-ID this client sent, to quote to support
    QString method;
    QString path;      // the request path, never its query or headers

    bool isError() const { return kind != Kind::None; }
    /// Whether retrying the same idempotent request may succeed.
    bool isTransient() const;
    /// One readable, translated line: what happened, the server's detail, the request id.
    QString message() const;
    /// A short line for an error bar: the title and the first line of the detail, at most
    /// about 160 characters.
    QString summary() const;
    /// Everything known, one fact per line (what, HTTP status, request, problem type, request
    /// id, the server's full detail): what "Details" shows and what a person quotes to support.
    QString details() const;

    static ApiError configuration(const QString &detail);
    /// Maps a finished exchange: network error, HTTP status and body (problem JSON,
    /// {errorId}, the Config API's {message, exceptionClassName}, or not JSON at all).
    static ApiError fromResponse(QNetworkReply::NetworkError networkError, int httpStatus, const QByteArray &body,
                                 const QString &networkErrorText = {});
    /// For a 2xx whose body cannot be used.
    static ApiError invalidResponse(const QString &detail);
};

} // namespace airdesk::api

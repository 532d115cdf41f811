#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace airdesk::sandbox {

/// Which of the two Airbyte APIs a request addressed (by its path prefix).
enum class ApiKind { Public, Config, Other };

/// One request as the sandbox's handlers see it: path relative to the API root.
struct SandboxRequest
{
    ApiKind api = ApiKind::Other;
    QByteArray method;
    QString path;                         // e.g. "/sources/1234" or "/jobs/get"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QStringList params;                    // values of {placeholders}, in order

    /// The body parsed as JSON; nullopt when it is empty or not JSON.
    std::optional<QJsonValue> json() const;
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// One response: status, content type and raw body.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    /// How long the server works on this request before answering (a connector check runs
    /// for seconds); applied without blocking, like the --latency-ms delay.
    int delayMs = 0;

    static SandboxResponse json(int status, const QJsonValue &value);
    static SandboxResponse empty(int status);
    static SandboxResponse text(int status, const QByteArray &contentType, const QByteArray &body);
};

} // namespace airdesk::sandbox

#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace airdesk::api {

/// One call to either Airbyte API, as a value. Whether it may be retried after a transient
/// failure is decided here, once: reads and idempotent writes may, creates never.
struct ApiRequest
{
    enum class Api { Public, Config };

    Api api = Api::Public;
    QByteArray method = "GET";
    QString path;                   // relative to the API root: "/sources", "/jobs/get"
    QUrlQuery query;
    std::optional<QJsonValue> body; // sent as JSON when set
    bool retrySafe = true;
    int timeoutMs = 30000;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonValue &body);   // a create: never retried
    static ApiRequest patch(const QString &path, const QJsonValue &body);
    static ApiRequest put(const QString &path, const QJsonValue &body);
    static ApiRequest remove(const QString &path);
    /// Config API calls are all POST + JSON; most only read, so they may be retried.
    static ApiRequest config(const QString &path, const QJsonValue &body, bool retrySafe = true);
};

/// A successful answer: status, raw body and the body as JSON (null when empty).
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonValue json;
    QString requestId;
};

} // namespace airdesk::api

#include "ApiRequest.h"

namespace airdesk::api {

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonValue &body)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.retrySafe = false;
    return r;
}

ApiRequest ApiRequest::patch(const QString &path, const QJsonValue &body)
{
    ApiRequest r;
    r.method = "PATCH";
    r.path = path;
    r.body = body;
    return r;
}

ApiRequest ApiRequest::put(const QString &path, const QJsonValue &body)
{
    ApiRequest r;
    r.method = "PUT";
    r.path = path;
    r.body = body;
    return r;
}

ApiRequest ApiRequest::remove(const QString &path)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

ApiRequest ApiRequest::config(const QString &path, const QJsonValue &body, bool retrySafe)
{
    ApiRequest r;
    r.api = Api::Config;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.retrySafe = retrySafe;
    return r;
}

} // namespace airdesk::api

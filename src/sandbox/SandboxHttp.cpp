#include "SandboxHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace airdesk::sandbox {

std::optional<QJsonValue> SandboxRequest::json() const
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

SandboxResponse SandboxResponse::json(int status, const QJsonValue &value)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse r;
    r.status = status;
    return r;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

} // namespace airdesk::sandbox

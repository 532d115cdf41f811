#include "Problems.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox::Problems {

namespace {
const QString kErrors = u"https://reference.airbyte.com/reference/errors"_s;

QString newErrorId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

SandboxResponse problem(int status, const QString &type, const QString &title, const QString &detail,
                        const QJsonObject &data)
{
    QJsonObject body{{u"status"_s, status}, {u"type"_s, type}, {u"title"_s, title}, {u"detail"_s, detail}};
    if (!data.isEmpty())
        body.insert(u"data"_s, data);
    return SandboxResponse::json(status, body);
}

SandboxResponse badRequest(const QString &message)
{
    return problem(400, kErrors + u"#bad-request"_s, u"bad-request"_s, message, {{u"message"_s, message}});
}

SandboxResponse invalidApiKey()
{
    return problem(401, kErrors + u"#invalid-api-key"_s, u"invalid-api-key"_s,
                   u"The API key in the Authorization header is invalid."_s);
}

SandboxResponse forbidden(const QString &message)
{
    return problem(403, kErrors + u"#forbidden"_s, u"forbidden"_s, message, {{u"message"_s, message}});
}

SandboxResponse notFound(const QString &resourceType, const QString &resourceId)
{
    return problem(404, kErrors + u"#resource-not-found"_s, u"resource-not-found"_s,
                   u"Could not find a resource for: "_s + resourceId,
                   {{u"resourceType"_s, resourceType}, {u"resourceId"_s, resourceId}});
}

SandboxResponse unprocessable(const QString &message)
{
    return problem(422, kErrors + u"#unprocessable-entity"_s, u"unprocessable-entity"_s,
                   u"The body of the request was not understood"_s, {{u"message"_s, message}});
}

SandboxResponse valueNotFound(const QString &value)
{
    return problem(400, kErrors, u"value-not-found"_s,
                   u"The submitted value could not be found."_s, {{u"value"_s, value}});
}

SandboxResponse tryAgainLater(const QString &message)
{
    return problem(409, kErrors + u"#try-again-later"_s, u"try-again-later"_s, u"Please try again later."_s,
                   {{u"message"_s, message}});
}

SandboxResponse stateConflict(const QString &message)
{
    return problem(409, kErrors + u"#409-state-conflict"_s, u"state-conflict"_s, u"State conflict"_s,
                   {{u"message"_s, message}});
}

SandboxResponse connectionLocked(const QString &connectionId)
{
    return problem(409, u"error:connection/locked"_s, u"Connection is locked"_s,
                   u"The connection is locked and cannot be modified."_s, {{u"connectionId"_s, connectionId}});
}

SandboxResponse unexpected(const QString &message)
{
    return problem(500, kErrors, u"unexpected-problem"_s,
                   u"An unexpected problem has occurred. If this is an error that needs to be addressed, "
                   u"please submit a pull request or github issue."_s,
                   {{u"message"_s, message}});
}

SandboxResponse serviceUnavailable()
{
    return problem(503, kErrors, u"service-unavailable"_s,
                   u"The server is currently unable to handle the request."_s);
}

SandboxResponse errorId(int status)
{
    return SandboxResponse::json(status, QJsonObject{{u"errorId"_s, newErrorId()}});
}

SandboxResponse configError(int status, const QString &message, const QString &exceptionClassName)
{
    return SandboxResponse::json(status, QJsonObject{{u"message"_s, message},
                                                     {u"exceptionClassName"_s, exceptionClassName},
                                                     {u"errorId"_s, newErrorId()}});
}

SandboxResponse configInvalidInput(const QString &message, const QString &propertyPath)
{
    const QJsonArray errors{QJsonObject{{u"propertyPath"_s, propertyPath}, {u"message"_s, message}}};
    return SandboxResponse::json(422, QJsonObject{{u"message"_s, message},
                                                  {u"exceptionClassName"_s,
                                                   u"io.airbyte.commons.server.errors.BadObjectSchemaKnownException"_s},
                                                  {u"validationErrors"_s, errors}});
}

SandboxResponse configNotFound(const QString &id, const QString &message)
{
    return SandboxResponse::json(404, QJsonObject{{u"id"_s, id},
                                                  {u"message"_s, message},
                                                  {u"exceptionClassName"_s,
                                                   u"io.airbyte.commons.server.errors.IdNotFoundKnownException"_s},
                                                  {u"errorId"_s, newErrorId()}});
}

} // namespace airdesk::sandbox::Problems

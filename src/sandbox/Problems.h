#pragma once

#include "SandboxHttp.h"

#include <QJsonObject>

namespace airdesk::sandbox {

/// Error bodies exactly as the real server shapes them: RFC 9457-style problems on the public
/// API (served as application/json), KnownExceptionInfo on the Config API, and the bare
/// {"errorId"} of bean validation. Types and titles follow api-problems.yaml.
namespace Problems {

SandboxResponse problem(int status, const QString &type, const QString &title, const QString &detail,
                        const QJsonObject &data = {});
SandboxResponse badRequest(const QString &message);
SandboxResponse invalidApiKey();
SandboxResponse forbidden(const QString &message);
SandboxResponse notFound(const QString &resourceType, const QString &resourceId);
SandboxResponse unprocessable(const QString &message);
SandboxResponse valueNotFound(const QString &value);
SandboxResponse tryAgainLater(const QString &message);
SandboxResponse stateConflict(const QString &message);
SandboxResponse connectionLocked(const QString &connectionId);
SandboxResponse unexpected(const QString &message);
SandboxResponse serviceUnavailable();
SandboxResponse errorId(int status);

/// Config API error body: {message, exceptionClassName, errorId}.
SandboxResponse configError(int status, const QString &message, const QString &exceptionClassName);
/// Config API 422 (InvalidInputExceptionInfo) for a missing or malformed request property.
SandboxResponse configInvalidInput(const QString &message, const QString &propertyPath);
SandboxResponse configNotFound(const QString &id, const QString &message);

} // namespace Problems
} // namespace airdesk::sandbox

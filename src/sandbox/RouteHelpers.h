#pragma once

#include "SandboxContext.h"
#include "SandboxHttp.h"

#include <QJsonObject>

#include <optional>

namespace airdesk::sandbox {

class Router;

/// Small pieces every route file needs: body parsing with the server's error for bad JSON,
/// list filters, and the JSON shapes of stored records.
namespace RouteHelpers {

/// The body as a JSON object; otherwise `error` holds the answer (400 on the public API,
/// 400 KnownExceptionInfo on the Config API).
std::optional<QJsonObject> objectBody(const SandboxRequest &request, SandboxResponse *error);

/// `workspaceIds` given either repeated or comma-joined; empty when absent.
QStringList workspaceIdsFilter(const SandboxRequest &request);

/// The comma-joined filter text the server writes into next/previous links.
QString linkFilters(const QStringList &workspaceIds, const SandboxRequest &request);

bool isUuid(const QString &text);

/// A connector definition by id: from the catalog, or a published custom (declarative) one.
std::optional<ConnectorDefinition> resolveDefinition(const SandboxContext &context, const QString &definitionId);

QJsonObject workspaceJson(const WorkspaceRecord &workspace);
QJsonObject actorJson(const SandboxContext &context, const ActorRecord &actor);
QJsonObject connectionJson(const ConnectionRecord &connection);

} // namespace RouteHelpers

/// A new job for `connection`, planned with the sandbox's duration and failure settings.
JobRecord planJob(SandboxContext &context, const ConnectionRecord &connection, const QString &jobType,
                  const QDateTime &createdAt);

void registerWorkspaceRoutes(Router &router, SandboxContext &context);
void registerActorRoutes(Router &router, SandboxContext &context);
void registerConnectionRoutes(Router &router, SandboxContext &context);
void registerJobRoutes(Router &router, SandboxContext &context);
void registerDefinitionRoutes(Router &router, SandboxContext &context);
void registerConfigJobRoutes(Router &router, SandboxContext &context);
void registerConfigConnectorRoutes(Router &router, SandboxContext &context);
void registerCheckRoutes(Router &router, SandboxContext &context);
void registerConfigBuilderRoutes(Router &router, SandboxContext &context);

} // namespace airdesk::sandbox

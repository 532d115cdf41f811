#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"
#include "core/domain/ConnectorDefinitionInfo.h"
#include "core/domain/ConnectorSpecification.h"

#include <QList>
#include <QObject>

namespace airdesk::api {

/// The connectors a workspace can deploy and the spec a config form is built from. Lists come
/// from the Config API (with icons, support levels) and fall back to the public API's plainer
/// list where the Config API is not reachable; specs exist only in the Config API.
class ConnectorCatalogService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorCatalogService)

public:
    ConnectorCatalogService(ApiClient *client, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }

    /// Config /source_definitions/list_for_workspace (or destination); when that answers 404 or
    /// 501 or cannot be reached, GET /workspaces/{ws}/definitions/sources|destinations instead.
    /// The id returned is that of the first request.
    ApiClient::CallId definitions(domain::ActorKind kind, const QObject *context,
                                  ResultCallback<QList<domain::ConnectorDefinitionInfo>> callback);

    /// Config /source_definition_specifications/get (or destination).
    ApiClient::CallId specification(domain::ActorKind kind, const QString &definitionId, const QObject *context,
                                    ResultCallback<domain::ConnectorSpecification> callback);

private:
    ApiClient::CallId publicDefinitions(domain::ActorKind kind, const QObject *context,
                                        ResultCallback<QList<domain::ConnectorDefinitionInfo>> callback);

    ApiClient *m_client;
    QString m_workspaceId;
};

} // namespace airdesk::api

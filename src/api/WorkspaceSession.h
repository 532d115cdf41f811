#pragma once

#include "ApiClient.h"

#include <QObject>

namespace airdesk::api {

class ActorService;
class ArtifactService;
class ConnectionService;
class ConnectorCatalogService;
class ConnectorIconService;
class DockerDefinitionService;
class DeclarativeDefinitionService;
class JobService;
class WorkspaceService;

/// Everything that talks to one workspace: its ApiClient and one instance of each service.
/// The composition root makes one per profile and hands the services to widgets through
/// their constructors; switching profiles switches sessions, so no state leaks between them.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    WorkspaceSession(const ApiRoots &roots, const Credentials &credentials, const QString &workspaceId,
                     QObject *parent = nullptr);
    ~WorkspaceSession() override;

    QString workspaceId() const { return m_workspaceId; }
    ApiClient &client() { return *m_client; }
    WorkspaceService &workspace() { return *m_workspace; }
    ActorService &sources() { return *m_sources; }
    ActorService &destinations() { return *m_destinations; }
    ConnectionService &connections() { return *m_connections; }
    JobService &jobs() { return *m_jobs; }
    ArtifactService &artifacts() { return *m_artifacts; }
    ConnectorCatalogService &connectors() { return *m_connectors; }
    DeclarativeDefinitionService &definitions() { return *m_definitions; }
    ConnectorIconService &icons() { return *m_icons; }
    /// Custom Docker source definitions (public API /workspaces/{id}/definitions/sources).
    DockerDefinitionService &dockerSources() { return *m_dockerSources; }

private:
    QString m_workspaceId;
    ApiClient *m_client;
    WorkspaceService *m_workspace;
    ActorService *m_sources;
    ActorService *m_destinations;
    ConnectionService *m_connections;
    JobService *m_jobs;
    ArtifactService *m_artifacts;
    ConnectorCatalogService *m_connectors;
    DeclarativeDefinitionService *m_definitions;
    ConnectorIconService *m_icons;
    DockerDefinitionService *m_dockerSources;
};

} // namespace airdesk::api

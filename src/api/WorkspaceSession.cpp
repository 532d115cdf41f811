#include "WorkspaceSession.h"

#include "services/ActorService.h"
#include "services/ArtifactService.h"
#include "services/ConnectionService.h"
#include "services/ConnectorCatalogService.h"
#include "services/ConnectorIconService.h"
#include "services/DockerDefinitionService.h"
#include "services/DeclarativeDefinitionService.h"
#include "services/JobService.h"
#include "services/WorkspaceService.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace airdesk::api {

WorkspaceSession::WorkspaceSession(const ApiRoots &roots, const Credentials &credentials, const QString &workspaceId,
                                   QObject *parent)
    : QObject(parent)
    , m_workspaceId(workspaceId)
    , m_client(new ApiClient(roots, credentials, this))
    , m_workspace(new WorkspaceService(m_client, workspaceId, this))
    , m_sources(new ActorService(m_client, workspaceId, domain::ActorKind::Source, this))
    , m_destinations(new ActorService(m_client, workspaceId, domain::ActorKind::Destination, this))
    , m_connections(new ConnectionService(m_client, workspaceId, this))
    , m_jobs(new JobService(m_client, workspaceId, this))
    , m_artifacts(new ArtifactService(m_client, workspaceId, this))
    , m_connectors(new ConnectorCatalogService(m_client, workspaceId, this))
    , m_definitions(new DeclarativeDefinitionService(m_client, workspaceId, this))
    , m_icons(new ConnectorIconService(
          m_connectors, m_client->network(),
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/connector-icons"_s, this))
    , m_dockerSources(new DockerDefinitionService(m_client, workspaceId, domain::ActorKind::Source, this))
{
}

WorkspaceSession::~WorkspaceSession()
{
    // Nothing may call back into a half-destroyed session.
    m_client->cancelAll();
}

} // namespace airdesk::api

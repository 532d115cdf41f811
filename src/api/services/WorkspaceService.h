#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"
#include "core/domain/OrganizationInfo.h"
#include "core/domain/Workspace.h"

#include <QObject>
#include <QUrl>

namespace airdesk::api {

/// The workspace itself, as PyAirbyte's CloudWorkspace sees it: the connect check, the
/// organization it belongs to, the workspaces the credentials can see, and its web link.
class WorkspaceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceService)

public:
    WorkspaceService(ApiClient *client, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }

    // connect() below is PyAirbyte's name; keep QObject's overloads visible next to it.
    using QObject::connect;

    /// CloudWorkspace.connect(): GET /workspaces/{id}. Proves the roots, the credentials and
    /// the workspace id in one call; a wrong id ends in NotFound.
    ApiClient::CallId connect(const QObject *context, ResultCallback<domain::Workspace> callback);

    /// The organization and its billing standing (Config API /workspaces/get_organization_info).
    ApiClient::CallId organizationInfo(const QObject *context, ResultCallback<domain::OrganizationInfo> callback);

    /// Every workspace the credentials can see (GET /workspaces, paged), rows as pages arrive.
    void listWorkspaces(const QObject *context, RowsCallback<domain::Workspace> rows, ListDoneCallback done);

    /// {web}/workspaces/{id}
    QUrl workspaceUrl() const;

private:
    ApiClient *m_client;
    QString m_workspaceId;
};

} // namespace airdesk::api

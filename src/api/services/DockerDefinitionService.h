#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"

#include "core/domain/Actor.h"
#include "core/domain/DockerDefinition.h"

#include <QList>
#include <QObject>

namespace airdesk::api {

/// Custom Docker connector definitions of a workspace through the public API
/// (/workspaces/{id}/definitions/sources or /destinations): list them (with the built-in
/// ones) and register an image. PyAirbyte raises NotImplementedError for these; the API has
/// them. A server without the create endpoint (HTTP 404/405) gets a message that says so.
class DockerDefinitionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerDefinitionService)

public:
    DockerDefinitionService(ApiClient *client, const QString &workspaceId, domain::ActorKind kind,
                            QObject *parent = nullptr);

    /// What must hold before a create is sent: a name, an image repository as Docker spells
    /// one (lower case, optional registry host), a tag, and an http(s) documentation URL if any.
    static ApiError validate(const domain::DockerDefinition &definition);

    void list(const QObject *context, ResultCallback<QList<domain::DockerDefinition>> callback);
    /// Validates, then creates. Never repeated automatically.
    void create(const domain::DockerDefinition &definition, const QObject *context,
                ResultCallback<domain::DockerDefinition> callback);

private:
    QString collectionPath() const;

    ApiClient *m_client;
    QString m_workspaceId;
    domain::ActorKind m_kind;
};

} // namespace airdesk::api

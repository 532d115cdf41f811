#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"

#include "core/domain/Actor.h"
#include "core/domain/DockerDefinition.h"

#include <QList>
#include <QObject>

namespace airdesk::api {

/// Custom Docker connector definitions of a workspace through the public API
/// (/workspaces/{id}/definitions/sources or /destinations): list them, register an image,
/// change its name and tag, delete it. PyAirbyte raises NotImplementedError for these; the API
/// has them. The public list holds every non-declarative definition the workspace sees,
/// built-in ones included, and no "custom" flag; listCustom() keeps the rows the Config API's
/// list_for_workspace marks `custom: true`. A server without these routes (HTTP 404/405/501)
/// or one that refuses them (Airbyte Cloud: "Non-declarative definitions cannot be created or
/// updated") gets an error whose title is "Not supported by this server" and whose detail
/// says what to do instead.
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

    /// Every definition the workspace sees, built-in ones included (public API).
    void list(const QObject *context, ResultCallback<QList<domain::DockerDefinition>> callback);
    /// Only the workspace's custom Docker definitions: the public list, kept to the ids the
    /// Config API's list_for_workspace marks `custom` (declarative ones are never in the public list).
    void listCustom(const QObject *context, ResultCallback<QList<domain::DockerDefinition>> callback);
    /// Validates, then creates. Never repeated automatically.
    void create(const domain::DockerDefinition &definition, const QObject *context,
                ResultCallback<domain::DockerDefinition> callback);
    /// PUT {name, dockerImageTag}: the server pulls the new tag. Name and tag are checked first.
    void update(const QString &definitionId, const QString &name, const QString &dockerImageTag,
                const QObject *context, ResultCallback<domain::DockerDefinition> callback);
    /// DELETE. With safeMode the definition's name must contain "delete-me" or "deleteme".
    void remove(const QString &definitionId, const QString &name, bool safeMode, const QObject *context,
                DoneCallback callback);

    /// The error as callers should show it: a missing route (404/405/501 on a collection, 405/501
    /// on an item) or Cloud's refusal becomes "Not supported by this server"; others pass through.
    static ApiError explainUnsupported(const ApiError &error, const QString &operation, bool collection);

private:
    QString collectionPath() const;
    QString itemPath(const QString &definitionId) const;

    ApiClient *m_client;
    QString m_workspaceId;
    domain::ActorKind m_kind;
};

} // namespace airdesk::api

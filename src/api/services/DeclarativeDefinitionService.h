#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"

#include "core/domain/Actor.h"
#include "core/domain/DeclarativeDefinition.h"
#include "core/manifest/DeclarativeSchema.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace airdesk::api {

/// A workspace's custom YAML (low-code) source definitions: list, read, publish, update (each
/// update is a new manifest version), delete under safe mode, and the Connector Builder
/// project behind each one (its web link and its testing values). PyAirbyte's
/// publish_custom_source_definition and CustomCloudSourceDefinition. Manifests are JSON
/// objects here; reading YAML is the manifest layer's job. Needs a server from v1.6.0.
class DeclarativeDefinitionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclarativeDefinitionService)

public:
    struct PublishOptions
    {
        bool unique = true;       // refuse a name another definition of the workspace has
        bool preValidate = true;  // check the manifest here before sending anything
        // The caller already ran the full validation (ManifestValidator with manifestSchema(),
        // off the GUI thread): only the cheap structural checks run here.
        bool schemaValidated = false;
        std::optional<QJsonObject> testingValues; // stored in the builder project after creation
    };

    DeclarativeDefinitionService(ApiClient *client, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }

    /// What must hold before a manifest is sent: PyAirbyte's validate_yaml_manifest (`version`,
    /// `type: DeclarativeSource`) plus what the server needs (`spec.connection_specification`
    /// as an object; `streams` or `dynamic_streams`). No error when it holds; otherwise
    /// Kind::InvalidRequest naming the first problem.
    static ApiError validateManifest(const QJsonObject &manifest);
    /// The declarative component schema publish and update also validate against (the CDK's
    /// full validation, core/manifest/ManifestValidator); without one, only the checks above.
    void setManifestSchema(std::shared_ptr<const manifest::DeclarativeSchema> schema);
    std::shared_ptr<const manifest::DeclarativeSchema> manifestSchema() const { return m_schema; }
    /// validateManifest, then the full validation where a schema is set.
    ApiError checkManifest(const QJsonObject &manifest) const;
    /// The builder's spec for testing values, camelCase, from the manifest's snake_case `spec`:
    /// {documentationUrl, connectionSpecification, advancedAuth}, absent keys left out.
    static QJsonObject builderSpec(const QJsonObject &manifest);

    void list(const QObject *context, ResultCallback<QList<domain::DeclarativeDefinition>> callback);
    void get(const QString &definitionId, const QObject *context,
             ResultCallback<domain::DeclarativeDefinition> callback);
    /// Validates (unless told not to), checks the name is free (unless told not to), creates,
    /// then stores the testing values if any. A failure before the create sends no create.
    void publish(const QString &name, const QJsonObject &manifest, const PublishOptions &options,
                 const QObject *context, ResultCallback<domain::DeclarativeDefinition> callback);
    /// Makes `manifest` the new active version (max + 1); it is validated first.
    void update(const QString &definitionId, const QJsonObject &manifest, const QObject *context,
                ResultCallback<domain::DeclarativeDefinition> callback);
    /// Deletes the definition and its builder project. With safeMode the definition's name
    /// must contain "delete-me" or "deleteme", else nothing is deleted.
    void remove(const QString &definitionId, bool safeMode, const QObject *context, DoneCallback callback);

    /// The id of the Connector Builder project behind the definition.
    void builderProjectId(const QString &definitionId, const QObject *context, ResultCallback<QString> callback);
    /// The web page of that project ({web}/workspaces/{ws}/connector-builder/edit/{project}).
    void builderProjectUrl(const QString &definitionId, const QObject *context, ResultCallback<QUrl> callback);
    /// Replaces ALL testing values of the definition's builder project. Gives back what the
    /// server stored, secrets masked.
    void setTestingValues(const QString &definitionId, const QJsonObject &values, const QObject *context,
                          ResultCallback<QJsonObject> callback);

    /// Creates a source from the definition: POST /sources with this definition's id and the
    /// configuration as given (PyAirbyte's CustomCloudSourceDefinition.deploy_source). The
    /// server validates the configuration against the manifest's connection_specification.
    void deploySource(const QString &definitionId, const QString &name, const QJsonObject &config,
                      const QObject *context, ResultCallback<domain::Actor> callback);

private:
    /// The project may live in another workspace than this one; both ids come back.
    struct BuilderProject
    {
        QString projectId;
        QString workspaceId;
    };
    void builderProject(const QString &definitionId, const QObject *context, ResultCallback<BuilderProject> callback);
    void storeTestingValues(const QString &definitionId, const QJsonObject &manifest, const QJsonObject &values,
                            const QObject *context, ResultCallback<QJsonObject> callback);
    void create(const QString &name, const QJsonObject &manifest, const PublishOptions &options,
                const QObject *context, ResultCallback<domain::DeclarativeDefinition> callback);
    QString basePath() const;
    QString itemPath(const QString &definitionId) const;

    ApiClient *m_client;
    QString m_workspaceId;
    std::shared_ptr<const manifest::DeclarativeSchema> m_schema;
};

} // namespace airdesk::api

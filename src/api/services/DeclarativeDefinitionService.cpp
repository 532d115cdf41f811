#include "DeclarativeDefinitionService.h"

#include "api/services/ServiceCalls.h"
#include "core/domain/SafeMode.h"
#include "core/manifest/ManifestValidator.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

Q_LOGGING_CATEGORY(lcDefinitions, "airdesk.api.definitions")

using Self = DeclarativeDefinitionService;

using ServiceCalls::failLater;
using ServiceCalls::refusal;
using ServiceCalls::segment;

ApiError invalidManifest(const QString &detail)
{
    return refusal(ApiError::Kind::InvalidRequest, DeclarativeDefinitionService::tr("Invalid manifest"), detail);
}

/// A parser for calls that answer with one definition.
auto definitionParser()
{
    return ServiceCalls::objectParser<domain::DeclarativeDefinition>(
        [](const QJsonObject &object, QString *why) { return domain::DeclarativeDefinition::fromJson(object, why); },
        DeclarativeDefinitionService::tr("Not a custom source definition: %1"));
}

QString camelCase(const QString &snake)
{
    QStringList parts = snake.split(u'_', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i)
        parts[i][0] = parts[i][0].toUpper();
    return parts.join(QString());
}

/// Renames an object's own keys only: the values under advanced_auth's specifications are
/// JSON schemas whose property names must stay as the connector spells them.
QJsonObject camelKeys(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(camelCase(it.key()), it.value());
    return out;
}

} // namespace

DeclarativeDefinitionService::DeclarativeDefinitionService(ApiClient *client, const QString &workspaceId,
                                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
{
}

QString DeclarativeDefinitionService::basePath() const
{
    return u"/workspaces/%1/definitions/declarative_sources"_s.arg(segment(m_workspaceId));
}

QString DeclarativeDefinitionService::itemPath(const QString &definitionId) const
{
    return basePath() + u'/' + segment(definitionId);
}

ApiError DeclarativeDefinitionService::validateManifest(const QJsonObject &manifest)
{
    if (manifest.isEmpty())
        return invalidManifest(tr("The manifest is empty."));
    const QJsonValue version = manifest.value(u"version"_s);
    if (!version.isString() || version.toString().trimmed().isEmpty())
        return invalidManifest(tr("The manifest has no \"version\" (the CDK version it was written for, "
                                  "e.g. \"6.44.0\")."));
    const QJsonValue type = manifest.value(u"type"_s);
    if (type.isUndefined())
        return invalidManifest(tr("The manifest has no \"type\"; it must be \"DeclarativeSource\"."));
    if (type.toString() != u"DeclarativeSource"_s)
        return invalidManifest(tr("The manifest's \"type\" is \"%1\"; it must be \"DeclarativeSource\".")
                                   .arg(type.isString() ? type.toString() : tr("not a string")));
    // The server copies spec.connection_specification into the definition and fails with a
    // server error without it (api-notes §10); PyAirbyte does not check this.
    const QJsonValue spec = manifest.value(u"spec"_s);
    if (!spec.isObject())
        return invalidManifest(tr("The manifest has no \"spec\" object; the server needs "
                                  "\"spec.connection_specification\" to build the connector's form."));
    if (!spec.toObject().value(u"connection_specification"_s).isObject())
        return invalidManifest(tr("The manifest's \"spec\" has no \"connection_specification\" object; the server "
                                  "needs it to build the connector's form."));
    const QJsonValue streams = manifest.value(u"streams"_s);
    const QJsonValue dynamicStreams = manifest.value(u"dynamic_streams"_s);
    if (!streams.isArray() && !dynamicStreams.isArray())
        return invalidManifest(tr("The manifest has neither a \"streams\" nor a \"dynamic_streams\" list."));
    return {};
}

void DeclarativeDefinitionService::setManifestSchema(std::shared_ptr<const manifest::DeclarativeSchema> schema)
{
    m_schema = std::move(schema);
}

ApiError DeclarativeDefinitionService::checkManifest(const QJsonObject &manifest) const
{
    if (ApiError structural = validateManifest(manifest); structural.isError() || !m_schema)
        return structural;
    const manifest::ManifestValidation result = manifest::ManifestValidator(m_schema).validate(manifest);
    if (result.isValid())
        return {};
    constexpr qsizetype shown = 5;
    QStringList lines;
    for (const manifest::ManifestIssue &issue : result.issues.first(std::min(shown, result.issues.size())))
        lines.append(issue.toString());
    if (result.issues.size() > shown)
        lines.append(tr("and %n more", nullptr, int(result.issues.size() - shown)));
    return invalidManifest(tr("The manifest fails the CDK's validation: %1").arg(lines.join(u"; "_s)));
}

QJsonObject DeclarativeDefinitionService::builderSpec(const QJsonObject &manifest)
{
    const QJsonObject spec = manifest.value(u"spec"_s).toObject();
    QJsonObject out;
    if (spec.value(u"documentation_url"_s).isString())
        out.insert(u"documentationUrl"_s, spec.value(u"documentation_url"_s));
    out.insert(u"connectionSpecification"_s, spec.value(u"connection_specification"_s).toObject());
    if (spec.value(u"advanced_auth"_s).isObject()) {
        QJsonObject auth = camelKeys(spec.value(u"advanced_auth"_s).toObject());
        if (auth.value(u"oauthConfigSpecification"_s).isObject())
            auth.insert(u"oauthConfigSpecification"_s, camelKeys(auth.value(u"oauthConfigSpecification"_s).toObject()));
        out.insert(u"advancedAuth"_s, auth);
    }
    return out;
}

void DeclarativeDefinitionService::list(const QObject *context,
                                        ResultCallback<QList<domain::DeclarativeDefinition>> callback)
{
    // One answer with every definition: this endpoint has no paging.
    ServiceCalls::send<QList<domain::DeclarativeDefinition>>(
        m_client, ApiRequest::get(basePath()), context,
        [](const QJsonValue &json, QString *why) -> std::optional<QList<domain::DeclarativeDefinition>> {
            const QJsonValue data = json.toObject().value(u"data"_s);
            if (!data.isArray()) {
                *why = DeclarativeDefinitionService::tr("The list has no \"data\" array.");
                return std::nullopt;
            }
            QList<domain::DeclarativeDefinition> rows;
            for (const QJsonValue &value : data.toArray()) {
                QString rowWhy;
                if (auto d = domain::DeclarativeDefinition::fromJson(value.toObject(), &rowWhy))
                    rows.append(*d);
                else
                    qCWarning(lcDefinitions) << "skipping a definition row:" << rowWhy;
            }
            return rows;
        },
        std::move(callback));
}

void DeclarativeDefinitionService::get(const QString &definitionId, const QObject *context,
                                       ResultCallback<domain::DeclarativeDefinition> callback)
{
    ServiceCalls::send<domain::DeclarativeDefinition>(m_client, ApiRequest::get(itemPath(definitionId)), context,
                                                      definitionParser(), std::move(callback));
}

void DeclarativeDefinitionService::publish(const QString &name, const QJsonObject &manifest,
                                           const PublishOptions &options, const QObject *context,
                                           ResultCallback<domain::DeclarativeDefinition> callback)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        failLater(context, std::move(callback),
                  refusal(ApiError::Kind::InvalidRequest, tr("Missing name"),
                          tr("A custom source definition needs a name.")));
        return;
    }
    if (options.preValidate) {
        const ApiError invalid = options.schemaValidated ? validateManifest(manifest) : checkManifest(manifest);
        if (invalid.isError()) {
            qCInfo(lcDefinitions) << "not publishing" << trimmed << "-" << invalid.detail;
            failLater(context, std::move(callback), invalid);
            return;
        }
    }
    if (!options.unique) {
        create(trimmed, manifest, options, context, std::move(callback));
        return;
    }
    list(context, ServiceCalls::afterRead<QList<domain::DeclarativeDefinition>>(
                      this, std::move(callback),
                      [trimmed, manifest, options, context](Self &self,
                                                            const QList<domain::DeclarativeDefinition> &existing,
                                                            const ResultCallback<domain::DeclarativeDefinition> &done) {
                          for (const domain::DeclarativeDefinition &d : existing) {
                              if (d.name.trimmed() == trimmed) {
                                  qCInfo(lcDefinitions) << "not publishing" << trimmed << "- the name is taken by"
                                                        << d.id;
                                  done({}, refusal(ApiError::Kind::Conflict, DeclarativeDefinitionService::tr("Name already used"),
                                                   DeclarativeDefinitionService::tr("The workspace already has a custom source definition "
                                                            "named \"%1\" (id %2).")
                                                       .arg(trimmed, d.id)));
                                  return;
                              }
                          }
                          self.create(trimmed, manifest, options, context, done);
                      }));
}

void DeclarativeDefinitionService::create(const QString &name, const QJsonObject &manifest,
                                          const PublishOptions &options, const QObject *context,
                                          ResultCallback<domain::DeclarativeDefinition> callback)
{
    // workspaceId is not a body property, but the spec lists it as required; sending it keeps
    // the request valid against the OpenAPI file, and the server ignores it.
    const QJsonObject body{{u"workspaceId"_s, m_workspaceId}, {u"name"_s, name}, {u"manifest"_s, manifest}};
    qCInfo(lcDefinitions) << "publishing" << name << "in workspace" << m_workspaceId;
    QPointer<Self> self(this);
    const std::optional<QJsonObject> testingValues = options.testingValues;
    auto onCreated = [self, manifest, testingValues, context, callback = std::move(callback)](
                         const domain::DeclarativeDefinition &created, const ApiError &error) {
        if (!error.isError())
            qCInfo(lcDefinitions) << "published" << created.id << "version" << created.version;
        if (error.isError() || !testingValues || !self) {
            callback(created, error);
            return;
        }
        self->storeTestingValues(created.id, manifest, *testingValues, context,
                                 [created, callback](const QJsonObject &, const ApiError &storeError) {
                                     if (!storeError.isError()) {
                                         callback(created, {});
                                         return;
                                     }
                                     // The definition exists now: the caller must hear that too.
                                     ApiError partial = storeError;
                                     partial.detail = DeclarativeDefinitionService::tr("The definition \"%1\" was created (id %2), but its "
                                                               "testing values were not stored: %3")
                                                          .arg(created.name, created.id, storeError.detail);
                                     callback({}, partial);
                                 });
    };
    ServiceCalls::send<domain::DeclarativeDefinition>(m_client, ApiRequest::post(basePath(), body), context,
                                                      definitionParser(),
                                                      ResultCallback<domain::DeclarativeDefinition>(std::move(onCreated)));
}

void DeclarativeDefinitionService::update(const QString &definitionId, const QJsonObject &manifest,
                                          const QObject *context,
                                          ResultCallback<domain::DeclarativeDefinition> callback)
{
    if (const ApiError invalid = checkManifest(manifest); invalid.isError()) {
        failLater(context, std::move(callback), invalid);
        return;
    }
    qCInfo(lcDefinitions) << "updating the manifest of" << definitionId;
    ServiceCalls::send<domain::DeclarativeDefinition>(
        m_client, ApiRequest::put(itemPath(definitionId), QJsonObject{{u"manifest"_s, manifest}}), context,
        definitionParser(), std::move(callback));
}

void DeclarativeDefinitionService::remove(const QString &definitionId, bool safeMode, const QObject *context,
                                          DoneCallback callback)
{
    const ApiRequest request = ApiRequest::remove(itemPath(definitionId));
    if (!safeMode) {
        qCInfo(lcDefinitions) << "deleting" << definitionId << "(safe mode off)";
        ServiceCalls::sendDone(m_client, request, context, std::move(callback));
        return;
    }
    get(definitionId, context,
        ServiceCalls::afterRead<domain::DeclarativeDefinition>(
            this, std::move(callback),
            [request, context](Self &self, const domain::DeclarativeDefinition &d, const DoneCallback &done) {
                if (!domain::SafeMode::isDeletionAllowedName(d.name)) {
                    qCInfo(lcDefinitions) << "safe mode kept" << d.id;
                    done(refusal(ApiError::Kind::InvalidRequest, DeclarativeDefinitionService::tr("Safe mode"),
                                 domain::SafeMode::refusalMessage(DeclarativeDefinitionService::tr("custom source definition"), d.name)));
                    return;
                }
                qCInfo(lcDefinitions) << "deleting" << d.id;
                ServiceCalls::sendDone(self.m_client, request, context, done);
            }));
}

void DeclarativeDefinitionService::builderProject(const QString &definitionId, const QObject *context,
                                                  ResultCallback<BuilderProject> callback)
{
    const QJsonObject body{{u"actorDefinitionId"_s, definitionId}, {u"workspaceId"_s, m_workspaceId}};
    m_client->send(ApiRequest::config(u"/connector_builder_projects/get_for_definition_id"_s, body), context,
                   [definitionId, fallbackWorkspace = m_workspaceId,
                    callback = std::move(callback)](const ApiResponse &response, const ApiError &error) {
                       if (error.isError()) {
                           callback({}, error);
                           return;
                       }
                       const QJsonObject o = response.json.toObject();
                       const QString projectId = o.value(u"builderProjectId"_s).toString();
                       if (projectId.isEmpty()) {
                           callback({}, refusal(ApiError::Kind::NotFound, DeclarativeDefinitionService::tr("No Connector Builder project"),
                                                DeclarativeDefinitionService::tr("The definition %1 has no Connector Builder project.")
                                                    .arg(definitionId)));
                           return;
                       }
                       const QString ws = o.value(u"workspaceId"_s).toString();
                       callback(BuilderProject{projectId, ws.isEmpty() ? fallbackWorkspace : ws}, {});
                   });
}

void DeclarativeDefinitionService::builderProjectId(const QString &definitionId, const QObject *context,
                                                    ResultCallback<QString> callback)
{
    builderProject(definitionId, context,
                   [callback = std::move(callback)](const BuilderProject &project, const ApiError &error) {
                       callback(project.projectId, error);
                   });
}

void DeclarativeDefinitionService::builderProjectUrl(const QString &definitionId, const QObject *context,
                                                     ResultCallback<QUrl> callback)
{
    QPointer<Self> self(this);
    builderProject(definitionId, context,
                   [self, callback = std::move(callback)](const BuilderProject &project, const ApiError &error) {
                       if (error.isError() || !self) {
                           callback({}, error);
                           return;
                       }
                       callback(self->m_client->roots().builderProjectUrl(project.workspaceId, project.projectId), {});
                   });
}

void DeclarativeDefinitionService::setTestingValues(const QString &definitionId, const QJsonObject &values,
                                                    const QObject *context, ResultCallback<QJsonObject> callback)
{
    // The builder's spec comes from the active manifest, so read the definition first.
    get(definitionId, context,
        ServiceCalls::afterRead<domain::DeclarativeDefinition>(
            this, std::move(callback),
            [values, context](Self &self, const domain::DeclarativeDefinition &d,
                              const ResultCallback<QJsonObject> &done) {
                self.storeTestingValues(d.id, d.manifest, values, context, done);
            }));
}

void DeclarativeDefinitionService::storeTestingValues(const QString &definitionId, const QJsonObject &manifest,
                                                      const QJsonObject &values, const QObject *context,
                                                      ResultCallback<QJsonObject> callback)
{
    // Testing values hold credentials: only their count reaches the log.
    qCInfo(lcDefinitions) << "storing" << values.size() << "testing value(s) for" << definitionId;
    const QJsonObject spec = builderSpec(manifest);
    builderProject(
        definitionId, context,
        ServiceCalls::afterRead<BuilderProject>(
            this, std::move(callback),
            [spec, values, context](Self &self, const BuilderProject &project, const ResultCallback<QJsonObject> &done) {
                const QJsonObject body{{u"workspaceId"_s, project.workspaceId},
                                       {u"builderProjectId"_s, project.projectId},
                                       {u"testingValues"_s, values},
                                       {u"spec"_s, spec}};
                // Replacing all values with the same values is harmless: retry-safe.
                ServiceCalls::send<QJsonObject>(
                    self.m_client, ApiRequest::config(u"/connector_builder_projects/update_testing_values"_s, body),
                    context, [](const QJsonValue &json, QString *) { return std::optional(json.toObject()); }, done);
            }));
}

void DeclarativeDefinitionService::deploySource(const QString &definitionId, const QString &name,
                                               const QJsonObject &config, const QObject *context,
                                               ResultCallback<domain::Actor> callback)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        failLater(context, std::move(callback),
                  refusal(ApiError::Kind::InvalidRequest, tr("Missing name"), tr("A source needs a name.")));
        return;
    }
    const QJsonObject body{{u"name"_s, trimmed},
                           {u"workspaceId"_s, m_workspaceId},
                           {u"definitionId"_s, definitionId},
                           {u"configuration"_s, config}};
    // Only the keys: the configuration holds credentials.
    qCInfo(lcDefinitions) << "deploying a source from" << definitionId << "with keys" << config.keys();
    ServiceCalls::send<domain::Actor>(
        m_client, ApiRequest::post(u"/sources"_s, body), context,
        ServiceCalls::objectParser<domain::Actor>(
            [](const QJsonObject &object, QString *why) {
                return domain::Actor::fromJson(object, domain::ActorKind::Source, why);
            },
            tr("Not a source: %1")),
        std::move(callback));
}

} // namespace airdesk::api

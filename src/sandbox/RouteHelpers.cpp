#include "RouteHelpers.h"

#include "Problems.h"
#include "core/spec/SecretFields.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox::RouteHelpers {

std::optional<QJsonObject> objectBody(const SandboxRequest &request, SandboxResponse *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    const QString message = request.body.trimmed().isEmpty()
        ? u"Required request body is missing."_s
        : parseError.error != QJsonParseError::NoError
            ? u"Malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())
            : u"The request body must be a JSON object."_s;
    if (request.api == ApiKind::Config)
        *error = Problems::configError(400, message, u"com.fasterxml.jackson.core.JsonParseException"_s);
    else
        *error = Problems::badRequest(message);
    return std::nullopt;
}

QStringList workspaceIdsFilter(const SandboxRequest &request)
{
    QStringList ids;
    const QStringList values = request.query.allQueryItemValues(u"workspaceIds"_s, QUrl::FullyDecoded);
    for (const QString &value : values)
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
            ids.append(id.trimmed());
    return ids;
}

QString linkFilters(const QStringList &workspaceIds, const SandboxRequest &request)
{
    QStringList parts;
    if (!workspaceIds.isEmpty())
        parts.append(u"workspaceIds="_s + workspaceIds.join(u','));
    if (request.query.hasQueryItem(u"includeDeleted"_s))
        parts.append(u"includeDeleted="_s + request.query.queryItemValue(u"includeDeleted"_s));
    return parts.join(u'&');
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

std::optional<ConnectorDefinition> resolveDefinition(const SandboxContext &context, const QString &definitionId)
{
    if (const ConnectorDefinition *definition = context.catalog.find(definitionId))
        return *definition;
    if (const CustomConnectorRecord *docker = context.store.customConnectors.find(definitionId))
        return docker->definition;
    const DeclarativeDefinitionRecord *custom = context.store.declarativeDefinitions.find(definitionId);
    if (!custom)
        return std::nullopt;
    const QJsonObject manifest = custom->manifests.value(custom->activeVersion - 1);
    ConnectorDefinition definition;
    definition.id = custom->id;
    definition.kind = ConnectorKind::Source;
    definition.name = custom->name;
    definition.dockerRepository = u"airbyte/source-declarative-manifest"_s;
    definition.dockerImageTag = u"latest"_s;
    definition.releaseStage = u"custom"_s;
    definition.supportLevel = u"none"_s;
    definition.spec = manifest.value(u"spec"_s).toObject().value(u"connection_specification"_s).toObject();
    for (const QJsonValue &stream : manifest.value(u"streams"_s).toArray()) {
        const QString name = stream.toObject().value(u"name"_s).toString();
        if (!name.isEmpty())
            definition.streams.append(QJsonObject{{u"name"_s, name},
                                                  {u"jsonSchema"_s, QJsonObject{{u"type"_s, u"object"_s}}},
                                                  {u"supportedSyncModes"_s, QJsonArray{u"full_refresh"_s}},
                                                  {u"sourceDefinedCursor"_s, false},
                                                  {u"defaultCursorField"_s, QJsonArray{}},
                                                  {u"sourceDefinedPrimaryKey"_s, QJsonArray{}}});
    }
    return definition;
}

QJsonObject workspaceJson(const WorkspaceRecord &workspace)
{
    return {{u"workspaceId"_s, workspace.id},
            {u"name"_s, workspace.name},
            {u"dataResidency"_s, workspace.dataResidency},
            {u"notifications"_s, QJsonObject{}}};
}

QJsonObject actorJson(const SandboxContext &context, const ActorRecord &actor)
{
    const bool isSource = actor.kind == ActorKind::Source;
    const std::optional<ConnectorDefinition> definition = resolveDefinition(context, actor.definitionId);
    const QJsonObject spec = definition ? definition->spec : QJsonObject{};
    return {{isSource ? u"sourceId"_s : u"destinationId"_s, actor.id},
            {u"name"_s, actor.name},
            {isSource ? u"sourceType"_s : u"destinationType"_s, definition ? definition->typeName : QString()},
            {u"definitionId"_s, actor.definitionId},
            {u"workspaceId"_s, actor.workspaceId},
            {u"configuration"_s, spec::maskSecrets(spec, actor.configuration)},
            {u"createdAt"_s, actor.createdAt}};
}

QJsonObject connectionJson(const ConnectionRecord &c)
{
    QJsonObject schedule{{u"scheduleType"_s, c.scheduleType}};
    if (c.scheduleType == u"cron"_s)
        schedule.insert(u"cronExpression"_s, QString(c.cronExpression + u" UTC"_s));
    if (c.scheduleType == u"basic"_s)
        schedule.insert(u"basicTiming"_s, c.basicTiming);
    QJsonObject o{{u"connectionId"_s, c.id},
                  {u"name"_s, c.name},
                  {u"sourceId"_s, c.sourceId},
                  {u"destinationId"_s, c.destinationId},
                  {u"workspaceId"_s, c.workspaceId},
                  {u"status"_s, c.status},
                  {u"schedule"_s, schedule},
                  {u"nonBreakingSchemaUpdatesBehavior"_s, c.nonBreakingSchemaUpdatesBehavior},
                  {u"namespaceDefinition"_s, c.namespaceDefinition},
                  {u"prefix"_s, c.prefix},
                  {u"configurations"_s, QJsonObject{{u"streams"_s, c.streams}}},
                  {u"createdAt"_s, c.createdAt},
                  {u"tags"_s, QJsonArray{}}};
    if (!c.namespaceFormat.isEmpty())
        o.insert(u"namespaceFormat"_s, c.namespaceFormat);
    return o;
}

} // namespace airdesk::sandbox::RouteHelpers

// Config API: connector definitions, specifications, the web backend's
// connection view, organization info and cron descriptions. Also serves connector icons.
#include "JobSimulator.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"
#include "StreamCatalog.h"

#include "core/cron/AirbyteCronRules.h"
#include "core/cron/CronExpression.h"
#include "core/spec/SecretFields.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {


QJsonObject synchronousJob(const SandboxContext &ctx, const QString &configType, bool succeeded)
{
    const qint64 now = ctx.now().toSecsSinceEpoch();
    return {{u"id"_s, ctx.newId()}, {u"configType"_s, configType}, {u"createdAt"_s, now},
            {u"endedAt"_s, now}, {u"succeeded"_s, succeeded}};
}

QJsonObject definitionRead(const SandboxContext &ctx, const ConnectorDefinition &d, bool custom = false)
{
    const bool source = d.kind == ConnectorKind::Source;
    QJsonObject o{{source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s, d.id},
                  {u"name"_s, d.name},
                  {u"dockerRepository"_s, d.dockerRepository},
                  {u"dockerImageTag"_s, d.dockerImageTag},
                  {u"protocolVersion"_s, u"0.2.0"_s},
                  {u"custom"_s, custom},
                  {u"enterprise"_s, false}};
    // A custom definition has no icon URL of the registry's.
    if (!custom)
        o.insert(u"icon"_s, QString(ctx.serverBase + u"/icons/"_s + d.id + u".svg"_s));
    if (!d.documentationUrl.isEmpty())
        o.insert(u"documentationUrl"_s, d.documentationUrl);
    if (!d.supportLevel.isEmpty())
        o.insert(u"supportLevel"_s, d.supportLevel);
    if (!d.releaseStage.isEmpty())
        o.insert(u"releaseStage"_s, d.releaseStage);
    if (source)
        o.insert(u"sourceType"_s, u"api"_s);
    return o;
}

QJsonObject actorDefinitionVersion(const ConnectorDefinition *d)
{
    return {{u"dockerRepository"_s, d ? d->dockerRepository : QString()},
            {u"dockerImageTag"_s, d ? d->dockerImageTag : QString()},
            {u"supportsRefreshes"_s, false},
            {u"supportState"_s, u"supported"_s},
            {u"isVersionOverrideApplied"_s, false},
            {u"supportsFileTransfer"_s, false},
            {u"supportsDataActivation"_s, false}};
}

QJsonObject actorRead(const SandboxContext &ctx, const ActorRecord &actor)
{
    const bool source = actor.kind == ActorKind::Source;
    const auto definition = RouteHelpers::resolveDefinition(ctx, actor.definitionId);
    return {{source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s, actor.definitionId},
            {source ? u"sourceId"_s : u"destinationId"_s, actor.id},
            {u"workspaceId"_s, actor.workspaceId},
            {u"connectionConfiguration"_s, spec::maskSecrets(definition ? definition->spec : QJsonObject{},
                                                             actor.configuration)},
            {u"name"_s, actor.name},
            {source ? u"sourceName"_s : u"destinationName"_s, definition ? definition->name : QString()},
            {u"createdAt"_s, actor.createdAt}};
}

SandboxResponse webBackendConnection(SandboxContext &ctx, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString id = body->value(u"connectionId"_s).toString();
    const ConnectionRecord *c = ctx.store.connections.find(id);
    if (!c)
        return Problems::configNotFound(id, u"Could not find connection with id: "_s + id);
    const ActorRecord *source = ctx.store.sources.find(c->sourceId);
    const ActorRecord *destination = ctx.store.destinations.find(c->destinationId);
    const QDateTime now = ctx.now();
    bool syncing = false;
    const JobRecord *latest = nullptr;
    for (const JobRecord *job : ctx.store.jobs.ordered()) {
        if (job->connectionId != id)
            continue;
        latest = job;
        syncing = syncing || !JobSimulator::snapshot(*job, now).isFinal;
    }
    const QString breaking = c->nonBreakingSchemaUpdatesBehavior == u"disable_connection"_s
        ? u"disable"_s : c->nonBreakingSchemaUpdatesBehavior;
    QJsonObject o{{u"connectionId"_s, c->id},
                  {u"name"_s, c->name},
                  {u"namespaceDefinition"_s, c->namespaceDefinition == u"custom_format"_s ? u"customformat"_s
                                                                                         : c->namespaceDefinition},
                  {u"prefix"_s, c->prefix},
                  {u"sourceId"_s, c->sourceId},
                  {u"destinationId"_s, c->destinationId},
                  {u"syncCatalog"_s, StreamCatalog::syncCatalog(StreamCatalog::discovered(ctx, *source), c->streams)},
                  {u"scheduleType"_s, c->scheduleType},
                  {u"status"_s, c->status},
                  {u"source"_s, actorRead(ctx, *source)},
                  {u"destination"_s, actorRead(ctx, *destination)},
                  {u"isSyncing"_s, syncing},
                  {u"schemaChange"_s, u"no_change"_s},
                  {u"notifySchemaChanges"_s, false},
                  {u"notifySchemaChangesByEmail"_s, false},
                  {u"nonBreakingChangesPreference"_s, breaking},
                  {u"createdAt"_s, c->createdAt},
                  {u"sourceActorDefinitionVersion"_s, actorDefinitionVersion(ctx.catalog.find(source->definitionId))},
                  {u"destinationActorDefinitionVersion"_s,
                   actorDefinitionVersion(ctx.catalog.find(destination->definitionId))},
                  {u"tags"_s, QJsonArray{}},
                  {u"onDemandEnabled"_s, false}};
    if (c->scheduleType == u"cron"_s)
        o.insert(u"scheduleData"_s, QJsonObject{{u"cron"_s, QJsonObject{{u"cronExpression"_s, c->cronExpression},
                                                                          {u"cronTimeZone"_s, u"UTC"_s}}}});
    if (latest) {
        o.insert(u"latestSyncJobCreatedAt"_s, latest->createdAt.toSecsSinceEpoch());
        o.insert(u"latestSyncJobStatus"_s, JobSimulator::snapshot(*latest, now).status);
    }
    return SandboxResponse::json(200, o);
}

SandboxResponse webBackendUpdate(SandboxContext &ctx, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString id = body->value(u"connectionId"_s).toString();
    ConnectionRecord *c = ctx.store.connections.find(id);
    if (!c)
        return Problems::configNotFound(id, u"Could not find connection with id: "_s + id);
    if (body->contains(u"syncCatalog"_s)) {
        const ActorRecord *source = ctx.store.sources.find(c->sourceId);
        const auto streams = StreamCatalog::fromSyncCatalog(StreamCatalog::discovered(ctx, *source),
                                                            body->value(u"syncCatalog"_s).toObject(), &error);
        if (!streams)
            return error;
        c->streams = *streams;
    }
    if (body->value(u"name"_s).isString() && !body->value(u"name"_s).toString().trimmed().isEmpty())
        c->name = body->value(u"name"_s).toString();
    if (body->value(u"prefix"_s).isString())
        c->prefix = body->value(u"prefix"_s).toString();
    SandboxRequest read = r;
    read.body = QJsonDocument(QJsonObject{{u"connectionId"_s, id}}).toJson();
    return webBackendConnection(ctx, read);
}

SandboxResponse listDefinitions(SandboxContext &ctx, ConnectorKind kind, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString workspaceId = body->value(u"workspaceId"_s).toString();
    if (!ctx.store.workspaces.find(workspaceId))
        return Problems::configNotFound(workspaceId, u"Could not find workspace with id: "_s + workspaceId);
    QJsonArray rows;
    for (const ConnectorDefinition &d : ctx.catalog.definitions())
        if (d.kind == kind)
            rows.append(definitionRead(ctx, d));
    // The workspace's own definitions are listed too, marked custom: Docker images registered
    // through the API and (sources only) the published custom YAML definitions, which the real
    // server keeps as definitions of the airbyte/source-declarative-manifest image.
    for (const CustomConnectorRecord *custom : ctx.store.customConnectors.ordered())
        if (custom->workspaceId == workspaceId && custom->definition.kind == kind)
            rows.append(definitionRead(ctx, custom->definition, true));
    if (kind == ConnectorKind::Source)
        for (const DeclarativeDefinitionRecord *declarative : ctx.store.declarativeDefinitions.ordered())
            if (declarative->workspaceId == workspaceId)
                if (const auto d = RouteHelpers::resolveDefinition(ctx, declarative->id))
                    rows.append(definitionRead(ctx, *d, true));
    const QString key = kind == ConnectorKind::Source ? u"sourceDefinitions"_s : u"destinationDefinitions"_s;
    return SandboxResponse::json(200, QJsonObject{{key, rows}});
}

SandboxResponse specification(SandboxContext &ctx, ConnectorKind kind, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const bool source = kind == ConnectorKind::Source;
    const QString key = source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s;
    const QString id = body->value(key).toString();
    if (id.isEmpty() || body->value(u"workspaceId"_s).toString().isEmpty())
        return Problems::configInvalidInput(key + u" and workspaceId are required."_s, key);
    const auto definition = RouteHelpers::resolveDefinition(ctx, id);
    if (!definition || definition->kind != kind)
        return Problems::configNotFound(id, u"Could not find definition with id: "_s + id);
    QJsonObject o{{key, definition->id},
                  {u"connectionSpecification"_s, definition->spec},
                  {u"jobInfo"_s, synchronousJob(ctx, u"get_spec"_s, true)}};
    if (!definition->documentationUrl.isEmpty())
        o.insert(u"documentationUrl"_s, definition->documentationUrl);
    if (!source) {
        QJsonArray modes;
        for (const QString &m : definition->supportedDestinationSyncModes)
            modes.append(m);
        o.insert(u"supportedDestinationSyncModes"_s, modes);
    }
    return SandboxResponse::json(200, o);
}

SandboxResponse describeCron(SandboxContext &ctx, const SandboxRequest &r)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString text = body->value(u"cronExpression"_s).toString();
    const QString expression = cron::AirbyteCronRules::stripUtcSuffix(text).trimmed();
    const cron::CronExpression parsed = cron::CronExpression::parse(expression);
    auto invalid = [&text](const QString &message) {
        return Problems::problem(400, u"error:cron-validation/invalid-expression"_s, u"Invalid cron expression"_s,
                                 message, {{u"cronExpression"_s, text}, {u"validationErrorMessage"_s, message}});
    };
    if (!parsed.isValid())
        return invalid(parsed.errorMessage());
    const QList<QDateTime> next = parsed.nextFireTimes(ctx.now(), QTimeZone::utc(), 3);
    for (qsizetype i = 1; i < next.size(); ++i)
        if (next.at(i - 1).secsTo(next.at(i)) < 60)
            return invalid(u"Cron executions must be more than 1 minute apart"_s);
    QJsonArray executions;
    for (const QDateTime &t : next)
        executions.append(t.toSecsSinceEpoch());
    return SandboxResponse::json(200, QJsonObject{{u"cronExpression"_s, expression},
                                                  {u"description"_s, u"Quartz schedule %1 (UTC)"_s.arg(expression)},
                                                  {u"nextExecutions"_s, executions}});
}

} // namespace

void registerConfigConnectorRoutes(Router &router, SandboxContext &ctx)
{
    router.add(ApiKind::Config, "POST", u"/web_backend/connections/get"_s,
               [&ctx](const SandboxRequest &r) { return webBackendConnection(ctx, r); });
    router.add(ApiKind::Config, "POST", u"/web_backend/connections/update"_s,
               [&ctx](const SandboxRequest &r) { return webBackendUpdate(ctx, r); });
    router.add(ApiKind::Config, "POST", u"/source_definitions/list_for_workspace"_s,
               [&ctx](const SandboxRequest &r) { return listDefinitions(ctx, ConnectorKind::Source, r); });
    router.add(ApiKind::Config, "POST", u"/destination_definitions/list_for_workspace"_s,
               [&ctx](const SandboxRequest &r) { return listDefinitions(ctx, ConnectorKind::Destination, r); });
    router.add(ApiKind::Config, "POST", u"/source_definition_specifications/get"_s,
               [&ctx](const SandboxRequest &r) { return specification(ctx, ConnectorKind::Source, r); });
    router.add(ApiKind::Config, "POST", u"/destination_definition_specifications/get"_s,
               [&ctx](const SandboxRequest &r) { return specification(ctx, ConnectorKind::Destination, r); });
    router.add(ApiKind::Config, "POST", u"/web_backend/describe_cron_expression"_s,
               [&ctx](const SandboxRequest &r) { return describeCron(ctx, r); });
    router.add(ApiKind::Config, "POST", u"/workspaces/get_organization_info"_s, [&ctx](const SandboxRequest &r) {
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(r, &error);
        if (!body)
            return error;
        const QString id = body->value(u"workspaceId"_s).toString();
        const WorkspaceRecord *w = ctx.store.workspaces.find(id);
        if (!w)
            return Problems::configNotFound(id, u"Could not find workspace with id: "_s + id);
        const OrganizationRecord *o = ctx.store.organizations.find(w->organizationId);
        return SandboxResponse::json(200, QJsonObject{{u"organizationId"_s, w->organizationId},
                                                      {u"organizationName"_s, o ? o->name : QString()},
                                                      {u"sso"_s, false},
                                                      {u"scim"_s, false}});
    });
    router.add(ApiKind::Other, "GET", u"/icons/{file}"_s, [&ctx](const SandboxRequest &r) {
        QString id = r.params.at(0);
        id.chop(4); // ".svg"
        const ConnectorDefinition *d = ctx.catalog.find(id);
        QFile file(d ? d->iconPath : QString());
        if (!d || !file.open(QIODevice::ReadOnly))
            return SandboxResponse::text(404, "text/plain", "Not found");
        return SandboxResponse::text(200, "image/svg+xml", file.readAll());
    });
}

} // namespace airdesk::sandbox

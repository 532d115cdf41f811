#include "Seeder.h"

#include "RouteHelpers.h"
#include "SandboxContext.h"
#include "StreamCatalog.h"

#include "core/manifest/YamlToJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox::Seeder {

namespace {

QJsonValue sampleValue(const QJsonObject &schema, int depth);

QJsonObject sampleObject(const QJsonObject &schema, int depth)
{
    QJsonObject out;
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonArray required = schema.value(u"required"_s).toArray();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it->toObject();
        const bool isRequired = required.contains(it.key());
        if (!isRequired && !property.contains(u"default"_s) && !property.contains(u"const"_s))
            continue;
        const QJsonValue value = sampleValue(property, depth + 1);
        if (!value.isUndefined())
            out.insert(it.key(), value);
    }
    return out;
}

QString sampleString(const QJsonObject &schema)
{
    const QString format = schema.value(u"format"_s).toString();
    if (format == u"date"_s)
        return u"2024-01-01"_s;
    if (format == u"date-time"_s)
        return u"2024-01-01T00:00:00Z"_s;
    if (format == u"email"_s)
        return u"data-team@example.com"_s;
    if (format == u"uri"_s)
        return u"https://example.com"_s;
    if (schema.value(u"airbyte_secret"_s).toBool())
        return u"sandbox-secret-value"_s;
    return u"sample"_s;
}

QJsonValue sampleValue(const QJsonObject &schema, int depth)
{
    if (depth > 16)
        return QJsonValue(QJsonValue::Undefined);
    if (schema.contains(u"const"_s))
        return schema.value(u"const"_s);
    if (schema.contains(u"default"_s))
        return schema.value(u"default"_s);
    if (schema.contains(u"enum"_s))
        return schema.value(u"enum"_s).toArray().first();
    QString type = schema.value(u"type"_s).toString();
    if (schema.value(u"type"_s).isArray())
        type = schema.value(u"type"_s).toArray().first().toString();
    const QJsonArray examples = schema.value(u"examples"_s).toArray();
    if (type == u"array"_s) {
        const int minItems = schema.value(u"minItems"_s).toInt(0);
        QJsonArray items;
        for (int i = 0; i < std::max(1, minItems); ++i)
            items.append(!examples.isEmpty() && !examples.first().isArray()
                             ? examples.first()
                             : sampleValue(schema.value(u"items"_s).toObject(), depth + 1));
        return items;
    }
    if (!examples.isEmpty() && !examples.first().isObject() && !examples.first().isArray())
        return examples.first();
    if (schema.contains(u"oneOf"_s)) {
        const QJsonObject first = schema.value(u"oneOf"_s).toArray().first().toObject();
        return sampleObject(first, depth);
    }
    if (type == u"object"_s)
        return sampleObject(schema, depth);
    if (type == u"integer"_s || type == u"number"_s)
        return schema.value(u"minimum"_s).toInt(1);
    if (type == u"boolean"_s)
        return false;
    return sampleString(schema);
}

const char *const kSourceNames[] = {"Marketing events", "Billing (prod)", "CRM contacts", "Product analytics",
                                    "Support tickets", "Orders database", "Inventory", "Web sessions",
                                    "Payments", "Engineering repos", "HR directory", "Ad spend"};
const char *const kDestinationNames[] = {"Warehouse", "Analytics lake", "Reporting DB", "Archive bucket",
                                         "Scratch (dev/null)"};
const char *const kCrons[] = {"0 0 12 * * ?", "0 0 */6 * * ?", "0 30 2 * * ?", "0 0 8 ? * MON-FRI",
                              "0 15 * * * ?", "0 0 0 1 * ?"};

void addOrganizationAndWorkspace(SandboxContext &ctx, const QString &workspaceName)
{
    OrganizationRecord org{ctx.newId(), u"Sandbox Organization"_s, u"owner@sandbox.example"_s};
    ctx.store.organizations.insert(org.id, org);
    WorkspaceRecord workspace{ctx.newId(), workspaceName, org.id, u"auto"_s};
    ctx.store.workspaces.insert(workspace.id, workspace);
}

ActorRecord makeActor(SandboxContext &ctx, ActorKind kind, const ConnectorDefinition &definition,
                      const QString &name, const QString &workspaceId, qint64 createdAt)
{
    return {ctx.newId(), kind, name, workspaceId, definition.id, sampleConfig(definition.spec), createdAt};
}

/// A past job history for one connection: `count` finished syncs, one a day, newest last.
void addHistory(SandboxContext &ctx, const ConnectionRecord &c, int count, const QDateTime &now)
{
    for (int i = count; i >= 1; --i) {
        const QDateTime createdAt = now.addSecs(-i * 86400L + ctx.rng.bounded(3600));
        JobRecord job = planJob(ctx, c, u"sync"_s, createdAt);
        job.durationMs = 60000L * ctx.rng.bounded(2, 45);
        ctx.store.jobs.insert(job.id, job);
    }
}

ConnectionRecord makeConnection(SandboxContext &ctx, const ActorRecord &source, const ActorRecord &destination,
                                const QString &name, qint64 createdAt)
{
    ConnectionRecord c;
    c.id = ctx.newId();
    c.name = name;
    c.sourceId = source.id;
    c.destinationId = destination.id;
    c.workspaceId = source.workspaceId;
    c.createdAt = createdAt;
    SandboxResponse ignored;
    c.streams = StreamCatalog::configure(StreamCatalog::discovered(ctx, source), {}, &ignored).value_or(QJsonArray{});
    return c;
}

/// One custom YAML (declarative) definition, so the workbench has something to show.
bool addDemoDefinition(SandboxContext &ctx, const QString &workspaceId, qint64 createdAt, QString *error)
{
    manifest::YamlError yamlError;
    const auto manifest =
        manifest::YamlToJson::parseFile(u":/sandbox/definitions/weather-stations.yaml"_s, &yamlError);
    if (!manifest || !manifest->isObject()) {
        *error = u"The demo definition's manifest cannot be read: "_s + yamlError.toString();
        return false;
    }
    DeclarativeDefinitionRecord d;
    d.id = ctx.newId();
    d.workspaceId = workspaceId;
    d.name = u"Weather stations (demo)"_s;
    d.manifests.append(manifest->toObject());
    d.builderProjectId = ctx.newId();
    d.updatedAt = createdAt;
    ctx.store.declarativeDefinitions.insert(d.id, d);
    return true;
}

bool seedDemo(SandboxContext &ctx, QString *error)
{
    addOrganizationAndWorkspace(ctx, u"Demo workspace"_s);
    const QString ws = ctx.store.workspaces.ordered().front()->id;
    const auto sources = ctx.catalog.sources();
    const auto destinations = ctx.catalog.destinations();
    if (sources.isEmpty() || destinations.isEmpty()) {
        *error = u"The connector catalog has no sources or no destinations."_s;
        return false;
    }
    const QDateTime now = ctx.now();
    const qint64 created = now.addDays(-60).toSecsSinceEpoch();
    QList<ActorRecord> seededSources;
    for (int i = 0; i < 12; ++i) {
        const ActorRecord a = makeActor(ctx, ActorKind::Source, sources.at(i % sources.size()),
                                        QString::fromLatin1(kSourceNames[i]), ws, created + i * 3600);
        ctx.store.sources.insert(a.id, a);
        seededSources.append(a);
    }
    QList<ActorRecord> seededDestinations;
    for (int i = 0; i < 5; ++i) {
        const ActorRecord a = makeActor(ctx, ActorKind::Destination, destinations.at(i % destinations.size()),
                                        QString::fromLatin1(kDestinationNames[i]), ws, created + i * 1800);
        ctx.store.destinations.insert(a.id, a);
        seededDestinations.append(a);
    }
    for (int i = 0; i < 12; ++i) {
        const ActorRecord &source = seededSources.at(i);
        const ActorRecord &destination = seededDestinations.at(i % 4);
        ConnectionRecord c = makeConnection(ctx, source, destination, source.name + u" → "_s + destination.name,
                                            created + 86400 + i * 600);
        if (i % 2 == 0) {
            c.scheduleType = u"cron"_s;
            c.cronExpression = QString::fromLatin1(kCrons[(i / 2) % 6]);
        }
        if (i == 5 || i == 9)
            c.status = u"inactive"_s;
        if (i == 3)
            c.prefix = u"crm_"_s;
        ctx.store.connections.insert(c.id, c);
        addHistory(ctx, c, 6 + (i * 7) % 25, now);
    }
    return addDemoDefinition(ctx, ws, created, error);
}

bool seedScale(SandboxContext &ctx, QString *error)
{
    addOrganizationAndWorkspace(ctx, u"Large workspace"_s);
    const QString ws = ctx.store.workspaces.ordered().front()->id;
    const auto sourceDefs = ctx.catalog.sources();
    const auto destinationDefs = ctx.catalog.destinations();
    if (sourceDefs.isEmpty() || destinationDefs.isEmpty()) {
        *error = u"The connector catalog has no sources or no destinations."_s;
        return false;
    }
    const int connections = ctx.options.scale.value(u"connections"_s, 0);
    const int sources = std::max(ctx.options.scale.value(u"sources"_s, 0), connections > 0 ? 1 : 0);
    const int destinations = std::max(ctx.options.scale.value(u"destinations"_s, 0), connections > 0 ? 1 : 0);
    const int jobs = ctx.options.scale.value(u"jobs"_s, 0);
    // One sample configuration per definition, shared by every actor of it.
    QHash<QString, QJsonObject> configs;
    auto configFor = [&configs](const ConnectorDefinition &d) {
        auto it = configs.find(d.id);
        if (it == configs.end())
            it = configs.insert(d.id, sampleConfig(d.spec));
        return it.value();
    };
    const QDateTime now = ctx.now();
    const qint64 created = now.addDays(-90).toSecsSinceEpoch();
    ctx.store.sources.reserve(sources);
    ctx.store.destinations.reserve(destinations);
    ctx.store.connections.reserve(connections);
    QStringList sourceIds;
    for (int i = 0; i < sources; ++i) {
        const ConnectorDefinition &d = sourceDefs.at(i % sourceDefs.size());
        ActorRecord a{ctx.newId(), ActorKind::Source, u"%1 #%2"_s.arg(d.name).arg(i + 1), ws, d.id, configFor(d), created + i};
        const QString id = a.id;
        sourceIds.append(id);
        ctx.store.sources.insert(id, std::move(a));
    }
    QStringList destinationIds;
    for (int i = 0; i < destinations; ++i) {
        const ConnectorDefinition &d = destinationDefs.at(i % destinationDefs.size());
        ActorRecord a{ctx.newId(), ActorKind::Destination, u"%1 #%2"_s.arg(d.name).arg(i + 1), ws, d.id, configFor(d), created + i};
        const QString id = a.id;
        destinationIds.append(id);
        ctx.store.destinations.insert(id, std::move(a));
    }
    QHash<QString, QJsonArray> streamsByDefinition;
    QStringList connectionIds;
    for (int i = 0; i < connections; ++i) {
        const ActorRecord &source = *ctx.store.sources.find(sourceIds.at(i % sources));
        const ActorRecord &destination = *ctx.store.destinations.find(destinationIds.at(i % destinations));
        ConnectionRecord c;
        c.id = ctx.newId();
        c.name = u"Connection %1"_s.arg(i + 1);
        c.sourceId = source.id;
        c.destinationId = destination.id;
        c.workspaceId = ws;
        c.createdAt = created + i;
        auto it = streamsByDefinition.find(source.definitionId);
        if (it == streamsByDefinition.end()) {
            SandboxResponse ignored;
            it = streamsByDefinition.insert(source.definitionId,
                                            StreamCatalog::configure(StreamCatalog::discovered(ctx, source), {}, &ignored)
                                                .value_or(QJsonArray{}));
        }
        c.streams = it.value();
        if (i % 3 == 0) {
            c.scheduleType = u"cron"_s;
            c.cronExpression = QString::fromLatin1(kCrons[i % 6]);
        }
        const QString id = c.id;
        connectionIds.append(id);
        ctx.store.connections.insert(id, std::move(c));
    }
    for (int i = 0; i < jobs && !connectionIds.isEmpty(); ++i) {
        const ConnectionRecord &c = *ctx.store.connections.find(connectionIds.at(i % connectionIds.size()));
        JobRecord job = planJob(ctx, c, u"sync"_s, now.addSecs(-(jobs - i) * 600L));
        job.durationMs = 120000;
        const qint64 id = job.id;
        ctx.store.jobs.insert(id, std::move(job));
    }
    return true;
}

} // namespace

QJsonObject sampleConfig(const QJsonObject &spec)
{
    return sampleObject(spec, 0);
}

bool seed(SandboxContext &ctx, QString *error)
{
    if (!ctx.options.scale.isEmpty())
        return seedScale(ctx, error);
    if (ctx.options.seed == u"empty"_s) {
        addOrganizationAndWorkspace(ctx, u"Empty workspace"_s);
        return true;
    }
    return seedDemo(ctx, error);
}

} // namespace airdesk::sandbox::Seeder

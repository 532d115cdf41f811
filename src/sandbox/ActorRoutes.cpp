// Public API: sources and destinations ("actors"), which behave the same way.
#include "Pagination.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

#include "core/json/JsonMerge.h"
#include "core/spec/ConfigValidator.h"
#include "core/spec/SecretFields.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

struct ActorNames
{
    QString resource;   // "source"
    QString path;       // "/sources"
    QString typeKey;    // "sourceType"
    ConnectorKind connectorKind;
};

ActorNames namesFor(ActorKind kind)
{
    if (kind == ActorKind::Source)
        return {u"source"_s, u"/sources"_s, u"sourceType"_s, ConnectorKind::Source};
    return {u"destination"_s, u"/destinations"_s, u"destinationType"_s, ConnectorKind::Destination};
}

/// Jackson's findValue: the first value under `key` anywhere in the tree, depth first.
QJsonValue findValue(const QJsonObject &object, const QString &key)
{
    if (object.contains(key))
        return object.value(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isObject()) {
            const QJsonValue found = findValue(it->toObject(), key);
            if (!found.isUndefined())
                return found;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

/// The server validates every stored configuration against the connector's spec (422 on mismatch).
std::optional<SandboxResponse> validateAgainstSpec(const ConnectorDefinition &definition, const QJsonObject &config)
{
    const QList<spec::ValidationIssue> issues = spec::ConfigValidator::validate(definition.spec, config);
    if (issues.isEmpty())
        return std::nullopt;
    return Problems::unprocessable(
        u"The provided configuration does not fulfill the specification. Errors: json schema validation failed "
        u"when comparing the data to the json schema. \nErrors: "_s
        + spec::ConfigValidator::summary(issues));
}

SandboxResponse createActor(SandboxContext &ctx, ActorKind kind, const SandboxRequest &request)
{
    const ActorNames names = namesFor(kind);
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(request, &error);
    if (!body)
        return error;
    const QString name = body->value(u"name"_s).toString();
    const QString workspaceId = body->value(u"workspaceId"_s).toString();
    if (name.isEmpty() || workspaceId.isEmpty() || !body->value(u"configuration"_s).isObject())
        return Problems::badRequest(u"name, workspaceId and configuration are required."_s);
    if (!ctx.store.workspaces.find(workspaceId))
        return Problems::notFound(u"workspace"_s, workspaceId);
    QJsonObject config = body->value(u"configuration"_s).toObject();

    std::optional<ConnectorDefinition> definition;
    const QString definitionId = body->value(u"definitionId"_s).toString();
    if (!definitionId.isEmpty()) {
        definition = RouteHelpers::resolveDefinition(ctx, definitionId);
        if (!definition || definition->kind != names.connectorKind)
            return Problems::notFound(names.resource + u"_definition"_s, definitionId);
    } else {
        const QJsonValue typeName = findValue(config, names.typeKey);
        if (typeName.isUndefined() || typeName.toString().isEmpty())
            return Problems::unprocessable(names.typeKey + u" must be set in the configuration when no definitionId is given."_s);
        const ConnectorDefinition *named = ctx.catalog.findByTypeName(names.connectorKind, typeName.toString());
        if (!named)
            return Problems::valueNotFound(typeName.toString());
        definition = *named;
    }
    config.remove(names.typeKey);
    if (auto invalid = validateAgainstSpec(*definition, config))
        return *invalid;

    ActorRecord actor{ctx.newId(), kind, name, workspaceId, definition->id, config, ctx.now().toSecsSinceEpoch()};
    ctx.store.actors(kind).insert(actor.id, actor);
    return SandboxResponse::json(200, RouteHelpers::actorJson(ctx, actor));
}

SandboxResponse updateActor(SandboxContext &ctx, ActorKind kind, const SandboxRequest &request, bool replace)
{
    const ActorNames names = namesFor(kind);
    ActorRecord *actor = ctx.store.actors(kind).find(request.params.at(0));
    if (!actor)
        return Problems::notFound(names.resource, request.params.at(0));
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(request, &error);
    if (!body)
        return error;
    const std::optional<ConnectorDefinition> definition = RouteHelpers::resolveDefinition(ctx, actor->definitionId);
    const QJsonObject specSchema = definition ? definition->spec : QJsonObject{};

    if (replace && (!body->value(u"name"_s).isString() || !body->value(u"configuration"_s).isObject()))
        return Problems::badRequest(u"name and configuration are required."_s);
    if (body->contains(u"name"_s) && body->value(u"name"_s).toString().trimmed().isEmpty())
        return Problems::badRequest(u"The name must not be empty."_s);
    if (body->contains(u"configuration"_s) && !body->value(u"configuration"_s).isObject())
        return Problems::badRequest(u"configuration must be an object."_s);

    QJsonObject config = actor->configuration;
    if (body->contains(u"configuration"_s)) {
        QJsonObject incoming = body->value(u"configuration"_s).toObject();
        incoming.remove(names.typeKey);
        // A masked secret sent back means "keep the stored one".
        incoming = spec::restoreMaskedSecrets(specSchema, incoming, actor->configuration);
        config = replace ? incoming : json::deepMerge(actor->configuration, incoming);
        if (definition) {
            if (auto invalid = validateAgainstSpec(*definition, config))
                return *invalid;
        }
    }
    // Validated: now write.
    if (body->contains(u"name"_s))
        actor->name = body->value(u"name"_s).toString();
    actor->configuration = config;
    return SandboxResponse::json(200, RouteHelpers::actorJson(ctx, *actor));
}

SandboxResponse listActors(SandboxContext &ctx, ActorKind kind, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto page = Page::fromQuery(request, &error);
    if (!page)
        return error;
    const QStringList filter = RouteHelpers::workspaceIdsFilter(request);
    for (const QString &id : filter)
        if (!ctx.store.workspaces.find(id))
            return Problems::notFound(u"workspace"_s, id);
    QJsonArray rows;
    int index = 0;
    for (const ActorRecord *a : ctx.store.actors(kind).ordered()) {
        if (!filter.isEmpty() && !filter.contains(a->workspaceId))
            continue;
        if (index++ < page->offset)
            continue;
        if (rows.size() >= page->limit)
            break;
        rows.append(RouteHelpers::actorJson(ctx, *a));
    }
    return SandboxResponse::json(200, page->envelope(rows, ctx.apiHost, namesFor(kind).path,
                                                     RouteHelpers::linkFilters(filter, request)));
}

SandboxResponse deleteActor(SandboxContext &ctx, ActorKind kind, const SandboxRequest &request)
{
    const QString id = request.params.at(0);
    if (!ctx.store.actors(kind).find(id))
        return Problems::notFound(namesFor(kind).resource, id);
    // Deleting a source or destination removes the connections that use it, as the server does.
    QStringList orphans;
    for (const ConnectionRecord *c : ctx.store.connections.ordered())
        if ((kind == ActorKind::Source ? c->sourceId : c->destinationId) == id)
            orphans.append(c->id);
    for (const QString &connectionId : orphans)
        ctx.store.connections.remove(connectionId);
    ctx.store.actors(kind).remove(id);
    return SandboxResponse::empty(204);
}

void registerFor(Router &router, SandboxContext &ctx, ActorKind kind)
{
    const ActorNames names = namesFor(kind);
    const QString item = names.path + u"/{id}"_s;
    router.add(ApiKind::Public, "GET", names.path,
               [&ctx, kind](const SandboxRequest &r) { return listActors(ctx, kind, r); });
    router.add(ApiKind::Public, "POST", names.path,
               [&ctx, kind](const SandboxRequest &r) { return createActor(ctx, kind, r); });
    router.add(ApiKind::Public, "GET", item, [&ctx, kind, names](const SandboxRequest &r) {
        const ActorRecord *a = ctx.store.actors(kind).find(r.params.at(0));
        return a ? SandboxResponse::json(200, RouteHelpers::actorJson(ctx, *a))
                 : Problems::notFound(names.resource, r.params.at(0));
    });
    router.add(ApiKind::Public, "PATCH", item,
               [&ctx, kind](const SandboxRequest &r) { return updateActor(ctx, kind, r, false); });
    router.add(ApiKind::Public, "PUT", item,
               [&ctx, kind](const SandboxRequest &r) { return updateActor(ctx, kind, r, true); });
    router.add(ApiKind::Public, "DELETE", item,
               [&ctx, kind](const SandboxRequest &r) { return deleteActor(ctx, kind, r); });
}

} // namespace

void registerActorRoutes(Router &router, SandboxContext &ctx)
{
    registerFor(router, ctx, ActorKind::Source);
    registerFor(router, ctx, ActorKind::Destination);
}

} // namespace airdesk::sandbox

// Public API: custom declarative (YAML) source definitions, and the connector definitions lists.
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

QJsonObject declarativeJson(const DeclarativeDefinitionRecord &d)
{
    return {{u"id"_s, d.id},
            {u"name"_s, d.name},
            {u"manifest"_s, d.manifests.value(d.activeVersion - 1)},
            {u"version"_s, d.activeVersion}};
}

/// The server copies manifest.spec.connection_specification into the definition's spec; a
/// manifest without it fails there with a server error (api-notes §10).
std::optional<SandboxResponse> checkManifest(const QJsonObject &body)
{
    if (!body.value(u"manifest"_s).isObject())
        return Problems::badRequest(u"manifest must be a JSON object."_s);
    const QJsonObject spec = body.value(u"manifest"_s).toObject().value(u"spec"_s).toObject();
    if (!spec.value(u"connection_specification"_s).isObject())
        return Problems::unexpected(u"Cannot invoke \"com.fasterxml.jackson.databind.JsonNode.deepCopy()\" because "
                                    u"the manifest has no spec.connection_specification"_s);
    return std::nullopt;
}

DeclarativeDefinitionRecord *findInWorkspace(SandboxContext &ctx, const SandboxRequest &r)
{
    DeclarativeDefinitionRecord *d = ctx.store.declarativeDefinitions.find(r.params.at(1));
    return d && d->workspaceId == r.params.at(0) ? d : nullptr;
}

SandboxResponse createDeclarative(SandboxContext &ctx, const SandboxRequest &r)
{
    if (!ctx.store.workspaces.find(r.params.at(0)))
        return Problems::notFound(u"workspace"_s, r.params.at(0));
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    const QString name = body->value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        return Problems::badRequest(u"name is required."_s);
    if (auto invalid = checkManifest(*body))
        return *invalid;
    DeclarativeDefinitionRecord d;
    d.id = ctx.newId();
    d.workspaceId = r.params.at(0);
    d.name = name;
    d.manifests.append(body->value(u"manifest"_s).toObject());
    d.builderProjectId = ctx.newId();
    d.updatedAt = ctx.now().toSecsSinceEpoch();
    ctx.store.declarativeDefinitions.insert(d.id, d);
    return SandboxResponse::json(200, declarativeJson(d));
}

QJsonArray definitionRows(const SandboxContext &ctx, ConnectorKind kind)
{
    QJsonArray rows;
    for (const ConnectorDefinition &d : ctx.catalog.definitions()) {
        if (d.kind != kind)
            continue;
        QJsonObject row{{u"id"_s, d.id},
                        {u"name"_s, d.name},
                        {u"dockerRepository"_s, d.dockerRepository},
                        {u"dockerImageTag"_s, d.dockerImageTag}};
        if (!d.documentationUrl.isEmpty())
            row.insert(u"documentationUrl"_s, d.documentationUrl);
        rows.append(row);
    }
    return rows;
}

} // namespace

void registerDefinitionRoutes(Router &router, SandboxContext &ctx)
{
    const QString list = u"/workspaces/{workspaceId}/definitions/declarative_sources"_s;
    const QString item = list + u"/{definitionId}"_s;
    router.add(ApiKind::Public, "GET", list, [&ctx](const SandboxRequest &r) {
        if (!ctx.store.workspaces.find(r.params.at(0)))
            return Problems::notFound(u"workspace"_s, r.params.at(0));
        QJsonArray rows;
        for (const DeclarativeDefinitionRecord *d : ctx.store.declarativeDefinitions.ordered())
            if (d->workspaceId == r.params.at(0))
                rows.append(declarativeJson(*d));
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, rows}});
    });
    router.add(ApiKind::Public, "POST", list, [&ctx](const SandboxRequest &r) { return createDeclarative(ctx, r); });
    router.add(ApiKind::Public, "GET", item, [&ctx](const SandboxRequest &r) {
        const DeclarativeDefinitionRecord *d = findInWorkspace(ctx, r);
        return d ? SandboxResponse::json(200, declarativeJson(*d))
                 : Problems::notFound(u"declarative_source_definition"_s, r.params.at(1));
    });
    router.add(ApiKind::Public, "PUT", item, [&ctx](const SandboxRequest &r) {
        DeclarativeDefinitionRecord *d = findInWorkspace(ctx, r);
        if (!d)
            return Problems::notFound(u"declarative_source_definition"_s, r.params.at(1));
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(r, &error);
        if (!body)
            return error;
        if (auto invalid = checkManifest(*body))
            return *invalid;
        // Every update is a new version (max + 1) that becomes the active one.
        d->manifests.append(body->value(u"manifest"_s).toObject());
        d->activeVersion = static_cast<int>(d->manifests.size());
        d->updatedAt = ctx.now().toSecsSinceEpoch();
        return SandboxResponse::json(200, declarativeJson(*d));
    });
    router.add(ApiKind::Public, "DELETE", item, [&ctx](const SandboxRequest &r) {
        const DeclarativeDefinitionRecord *d = findInWorkspace(ctx, r);
        if (!d)
            return Problems::notFound(u"declarative_source_definition"_s, r.params.at(1));
        const QJsonObject body = declarativeJson(*d);
        ctx.store.declarativeDefinitions.remove(d->id);
        return SandboxResponse::json(200, body); // the real server answers 200 with the deleted definition
    });

    for (const auto &[path, kind] : {std::pair{u"sources"_s, ConnectorKind::Source},
                                     std::pair{u"destinations"_s, ConnectorKind::Destination}}) {
        router.add(ApiKind::Public, "GET", u"/workspaces/{workspaceId}/definitions/"_s + path,
                   [&ctx, kind](const SandboxRequest &r) {
                       if (!ctx.store.workspaces.find(r.params.at(0)))
                           return Problems::notFound(u"workspace"_s, r.params.at(0));
                       return SandboxResponse::json(200, QJsonObject{{u"data"_s, definitionRows(ctx, kind)}});
                   });
    }
}

} // namespace airdesk::sandbox

// Public API: custom declarative (YAML) source definitions, and the connector definitions lists
// with their items (read any visible one; update and delete a custom Docker one).
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

#include <QUrl>

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

QJsonObject definitionRow(const ConnectorDefinition &d)
{
    QJsonObject row{{u"id"_s, d.id},
                    {u"name"_s, d.name},
                    {u"dockerRepository"_s, d.dockerRepository},
                    {u"dockerImageTag"_s, d.dockerImageTag}};
    if (!d.documentationUrl.isEmpty())
        row.insert(u"documentationUrl"_s, d.documentationUrl);
    return row;
}

/// The catalog's definitions of that kind, then the workspace's own Docker definitions.
QJsonArray definitionRows(const SandboxContext &ctx, ConnectorKind kind, const QString &workspaceId)
{
    QJsonArray rows;
    for (const ConnectorDefinition &d : ctx.catalog.definitions())
        if (d.kind == kind)
            rows.append(definitionRow(d));
    for (const CustomConnectorRecord *custom : ctx.store.customConnectors.ordered())
        if (custom->workspaceId == workspaceId && custom->definition.kind == kind)
            rows.append(definitionRow(custom->definition));
    return rows;
}

/// POST /workspaces/{id}/definitions/sources|destinations: a custom Docker connector.
SandboxResponse createDockerDefinition(SandboxContext &ctx, const SandboxRequest &r, ConnectorKind kind)
{
    if (!ctx.store.workspaces.find(r.params.at(0)))
        return Problems::notFound(u"workspace"_s, r.params.at(0));
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    for (const QString &key : {u"name"_s, u"dockerRepository"_s, u"dockerImageTag"_s})
        if (body->value(key).toString().trimmed().isEmpty())
            return Problems::badRequest(key + u" is required."_s);
    const QString url = body->value(u"documentationUrl"_s).toString();
    if (!url.isEmpty() && !QUrl(url, QUrl::StrictMode).isValid())
        return Problems::badRequest(u"documentationUrl must be a URI."_s);
    CustomConnectorRecord record;
    record.workspaceId = r.params.at(0);
    ConnectorDefinition &d = record.definition;
    d.id = ctx.newId();
    d.kind = kind;
    d.name = body->value(u"name"_s).toString().trimmed();
    // No short type name: like a custom YAML source, a custom image has no sourceType of the catalog's.
    d.dockerRepository = body->value(u"dockerRepository"_s).toString().trimmed();
    d.dockerImageTag = body->value(u"dockerImageTag"_s).toString().trimmed();
    d.documentationUrl = url;
    d.releaseStage = u"custom"_s;
    d.supportLevel = u"none"_s;
    d.spec = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
    const QString id = d.id;
    ctx.store.customConnectors.insert(id, record);
    return SandboxResponse::json(200, definitionRow(record.definition));
}

/// A definition of that kind the workspace sees through /definitions/sources|destinations/{id}:
/// the catalog's or one of the workspace's custom Docker images. Declarative definitions are
/// not found here, as on the real server (they have their own routes).
struct VisibleDefinition
{
    const ConnectorDefinition *builtIn = nullptr;
    CustomConnectorRecord *custom = nullptr;
    bool found() const { return builtIn || custom; }
    const ConnectorDefinition &definition() const { return custom ? custom->definition : *builtIn; }
};

VisibleDefinition findVisible(SandboxContext &ctx, ConnectorKind kind, const SandboxRequest &r)
{
    VisibleDefinition v;
    const QString &id = r.params.at(1);
    if (const ConnectorDefinition *d = ctx.catalog.find(id); d && d->kind == kind)
        v.builtIn = d;
    else if (CustomConnectorRecord *c = ctx.store.customConnectors.find(id);
             c && c->workspaceId == r.params.at(0) && c->definition.kind == kind)
        v.custom = c;
    return v;
}

/// The sandbox's caller is a workspace editor, not an instance admin: the real server lets only
/// instance admins change or delete a built-in (non-custom) definition.
SandboxResponse builtInRefused(const VisibleDefinition &v)
{
    return Problems::forbidden(u"Only an instance admin can change the built-in definition "_s + v.builtIn->name + u'.');
}

SandboxResponse updateDockerDefinition(SandboxContext &ctx, ConnectorKind kind, const SandboxRequest &r)
{
    if (!ctx.store.workspaces.find(r.params.at(0)))
        return Problems::notFound(u"workspace"_s, r.params.at(0));
    const VisibleDefinition v = findVisible(ctx, kind, r);
    if (!v.found())
        return Problems::notFound(u"definition"_s, r.params.at(1));
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(r, &error);
    if (!body)
        return error;
    // UpdateDefinitionRequest: name and dockerImageTag are both required.
    for (const QString &key : {u"name"_s, u"dockerImageTag"_s})
        if (body->value(key).toString().trimmed().isEmpty())
            return Problems::badRequest(key + u" is required."_s);
    if (!v.custom)
        return builtInRefused(v);
    v.custom->definition.name = body->value(u"name"_s).toString().trimmed();
    v.custom->definition.dockerImageTag = body->value(u"dockerImageTag"_s).toString().trimmed();
    return SandboxResponse::json(200, definitionRow(v.custom->definition));
}

SandboxResponse deleteDockerDefinition(SandboxContext &ctx, ConnectorKind kind, const SandboxRequest &r)
{
    if (!ctx.store.workspaces.find(r.params.at(0)))
        return Problems::notFound(u"workspace"_s, r.params.at(0));
    const VisibleDefinition v = findVisible(ctx, kind, r);
    if (!v.found())
        return Problems::notFound(u"definition"_s, r.params.at(1));
    if (!v.custom)
        return builtInRefused(v);
    const QJsonObject deleted = definitionRow(v.custom->definition);
    ctx.store.customConnectors.remove(r.params.at(1));
    return SandboxResponse::json(200, deleted); // 200 with the deleted definition, as the real server
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
        const QString collection = u"/workspaces/{workspaceId}/definitions/"_s + path;
        router.add(ApiKind::Public, "GET", collection, [&ctx, kind](const SandboxRequest &r) {
            if (!ctx.store.workspaces.find(r.params.at(0)))
                return Problems::notFound(u"workspace"_s, r.params.at(0));
            return SandboxResponse::json(200, QJsonObject{{u"data"_s, definitionRows(ctx, kind, r.params.at(0))}});
        });
        router.add(ApiKind::Public, "POST", collection, [&ctx, kind](const SandboxRequest &r) {
            return createDockerDefinition(ctx, r, kind);
        });
        const QString item = collection + u"/{definitionId}"_s;
        router.add(ApiKind::Public, "GET", item, [&ctx, kind](const SandboxRequest &r) {
            if (!ctx.store.workspaces.find(r.params.at(0)))
                return Problems::notFound(u"workspace"_s, r.params.at(0));
            const VisibleDefinition v = findVisible(ctx, kind, r);
            return v.found() ? SandboxResponse::json(200, definitionRow(v.definition()))
                             : Problems::notFound(u"definition"_s, r.params.at(1));
        });
        router.add(ApiKind::Public, "PUT", item, [&ctx, kind](const SandboxRequest &r) {
            return updateDockerDefinition(ctx, kind, r);
        });
        router.add(ApiKind::Public, "DELETE", item, [&ctx, kind](const SandboxRequest &r) {
            return deleteDockerDefinition(ctx, kind, r);
        });
    }
}

} // namespace airdesk::sandbox

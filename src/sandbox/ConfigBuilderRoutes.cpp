// Config API: the Connector Builder project behind each custom declarative source definition.
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

#include "core/spec/SecretFields.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

DeclarativeDefinitionRecord *findByProject(SandboxContext &ctx, const QString &projectId)
{
    for (const DeclarativeDefinitionRecord *d : ctx.store.declarativeDefinitions.ordered())
        if (d->builderProjectId == projectId)
            return ctx.store.declarativeDefinitions.find(d->id);
    return nullptr;
}

QJsonObject testingValuesSpec(const DeclarativeDefinitionRecord &d)
{
    return d.manifests.value(d.activeVersion - 1).value(u"spec"_s).toObject()
        .value(u"connection_specification"_s).toObject();
}

} // namespace

void registerConfigBuilderRoutes(Router &router, SandboxContext &ctx)
{
    router.add(ApiKind::Config, "POST", u"/connector_builder_projects/get_for_definition_id"_s,
               [&ctx](const SandboxRequest &r) {
                   SandboxResponse error;
                   const auto body = RouteHelpers::objectBody(r, &error);
                   if (!body)
                       return error;
                   const DeclarativeDefinitionRecord *d =
                       ctx.store.declarativeDefinitions.find(body->value(u"actorDefinitionId"_s).toString());
                   if (!d)
                       return SandboxResponse::json(200, QJsonObject{{u"builderProjectId"_s, QJsonValue::Null},
                                                                     {u"workspaceId"_s, QJsonValue::Null}});
                   return SandboxResponse::json(200, QJsonObject{{u"builderProjectId"_s, d->builderProjectId},
                                                                 {u"workspaceId"_s, d->workspaceId}});
               });
    router.add(ApiKind::Config, "POST", u"/connector_builder_projects/get_with_manifest"_s,
               [&ctx](const SandboxRequest &r) {
                   SandboxResponse error;
                   const auto body = RouteHelpers::objectBody(r, &error);
                   if (!body)
                       return error;
                   const QString projectId = body->value(u"builderProjectId"_s).toString();
                   const DeclarativeDefinitionRecord *d = findByProject(ctx, projectId);
                   if (!d || d->workspaceId != body->value(u"workspaceId"_s).toString())
                       return Problems::configNotFound(projectId, u"Could not find builder project with id: "_s + projectId);
                   int version = d->activeVersion;
                   if (body->contains(u"version"_s)) {
                       version = body->value(u"version"_s).toInt();
                       if (version < 1 || version > d->manifests.size())
                           return Problems::configNotFound(projectId, u"Unknown manifest version %1"_s.arg(version));
                   }
                   const bool draft = !d->draftManifest.isEmpty() && !body->contains(u"version"_s);
                   QJsonObject project{{u"name"_s, d->name},
                                       {u"builderProjectId"_s, d->builderProjectId},
                                       {u"sourceDefinitionId"_s, d->id},
                                       {u"activeDeclarativeManifestVersion"_s, d->activeVersion},
                                       {u"hasDraft"_s, !d->draftManifest.isEmpty()},
                                       {u"updatedAt"_s, d->updatedAt}};
                   QJsonObject manifest{{u"manifest"_s, draft ? d->draftManifest : d->manifests.value(version - 1)},
                                        {u"isDraft"_s, draft},
                                        {u"version"_s, version},
                                        {u"description"_s, QString()}};
                   QJsonObject result{{u"builderProject"_s, project}, {u"declarativeManifest"_s, manifest}};
                   if (!d->testingValues.isEmpty())
                       result.insert(u"testingValues"_s, spec::maskSecrets(testingValuesSpec(*d), d->testingValues));
                   return SandboxResponse::json(200, result);
               });
    router.add(ApiKind::Config, "POST", u"/connector_builder_projects/update_testing_values"_s,
               [&ctx](const SandboxRequest &r) {
                   SandboxResponse error;
                   const auto body = RouteHelpers::objectBody(r, &error);
                   if (!body)
                       return error;
                   const QString projectId = body->value(u"builderProjectId"_s).toString();
                   DeclarativeDefinitionRecord *d = findByProject(ctx, projectId);
                   if (!d || d->workspaceId != body->value(u"workspaceId"_s).toString())
                       return Problems::configNotFound(projectId, u"Could not find builder project with id: "_s + projectId);
                   if (!body->value(u"testingValues"_s).isObject() || !body->value(u"spec"_s).isObject())
                       return Problems::configInvalidInput(u"testingValues and spec are required."_s,
                                                           u"testingValues"_s);
                   const QJsonObject specSchema = body->value(u"spec"_s).toObject()
                                                      .value(u"connectionSpecification"_s).toObject();
                   // Replaces all testing values; a masked secret sent back keeps the stored one.
                   d->testingValues = spec::restoreMaskedSecrets(specSchema, body->value(u"testingValues"_s).toObject(),
                                                                 d->testingValues);
                   return SandboxResponse::json(200, spec::maskSecrets(specSchema, d->testingValues));
               });
}

} // namespace airdesk::sandbox

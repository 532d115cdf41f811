// `airdesk-cli workspace check|show`.
#include "CliContext.h"
#include "CommandSpec.h"

#include "api/services/WorkspaceService.h"

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

void check(CliContext &ctx)
{
    auto *service = new api::WorkspaceService(&ctx.client(), ctx.workspaceId(), &ctx);
    service->connect(&ctx, [&ctx](const domain::Workspace &workspace, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        if (ctx.out().json())
            ctx.out().printJson(workspace.toJson());
        else
            ctx.out().printLine(u"ok: connected to workspace \"%1\" (%2)"_s.arg(workspace.name, workspace.workspaceId));
        ctx.finish(CliOutput::Ok);
    });
}

void show(CliContext &ctx)
{
    auto *service = new api::WorkspaceService(&ctx.client(), ctx.workspaceId(), &ctx);
    service->connect(&ctx, [&ctx, service](const domain::Workspace &workspace, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        // The organization comes from the Config API; a workspace without one still shows.
        service->organizationInfo(&ctx, [&ctx, workspace, service](const domain::OrganizationInfo &org,
                                                                   const api::ApiError &orgError) {
            if (ctx.out().json()) {
                QJsonObject o = workspace.toJson();
                if (!orgError.isError())
                    o.insert(u"organization"_s, org.toJson());
                ctx.out().printJson(o);
            } else {
                ctx.out().printFields({{u"workspace"_s, workspace.name},
                                       {u"id"_s, workspace.workspaceId},
                                       {u"data residency"_s, workspace.dataResidency},
                                       {u"organization"_s, orgError.isError() ? u"(unavailable)"_s
                                                                              : org.organizationName},
                                       {u"url"_s, service->workspaceUrl().toString()}});
            }
            ctx.finish(CliOutput::Ok);
        });
    });
}

} // namespace

QList<CommandSpec> workspaceCommands()
{
    return {{u"workspace"_s, u"check"_s, u"workspace check"_s, {}, {}, 0, 0, true, check},
            {u"workspace"_s, u"show"_s, u"workspace show"_s, {}, {}, 0, 0, true, show}};
}

} // namespace airdesk::cli

// `airdesk-cli connections state|catalog`: a connection's state and configured catalog, as JSON.
#include "CliContext.h"
#include "CommandSpec.h"

#include "api/services/ArtifactService.h"

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

void state(CliContext &ctx)
{
    auto *svc = new api::ArtifactService(&ctx.client(), ctx.workspaceId(), &ctx);
    svc->state(ctx.args().positional.at(0), &ctx, [&ctx](const domain::ConnectionState &s, const api::ApiError &e) {
        if (e.isError())
            return ctx.fail(e);
        ctx.out().printJson(s.toJson()); // state is JSON by nature, with or without --json
        ctx.finish(CliOutput::Ok);
    });
}

void catalog(CliContext &ctx)
{
    auto *svc = new api::ArtifactService(&ctx.client(), ctx.workspaceId(), &ctx);
    svc->catalog(ctx.args().positional.at(0), &ctx, [&ctx](const QJsonObject &c, const api::ApiError &e) {
        if (e.isError())
            return ctx.fail(e);
        ctx.out().printJson(c);
        ctx.finish(CliOutput::Ok);
    });
}

} // namespace

QList<CommandSpec> artifactCommands()
{
    return {{u"connections"_s, u"state"_s, u"connections state ID"_s, {}, {}, 1, 1, true, state},
            {u"connections"_s, u"catalog"_s, u"connections catalog ID"_s, {}, {}, 1, 1, true, catalog}};
}

} // namespace airdesk::cli

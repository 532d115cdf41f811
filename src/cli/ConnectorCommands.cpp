// `airdesk-cli connectors list|spec`: the connector catalog and a connector's form schema.
#include "CliContext.h"
#include "CliListing.h"
#include "CommandSpec.h"

#include "api/services/ConnectorCatalogService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

void list(CliContext &ctx)
{
    const bool sources = ctx.args().flag(u"sources"_s);
    if (sources == ctx.args().flag(u"destinations"_s))
        return ctx.usage(u"usage: connectors list (--sources | --destinations)"_s);
    auto *svc = new api::ConnectorCatalogService(&ctx.client(), ctx.workspaceId(), &ctx);
    svc->definitions(sources ? domain::ActorKind::Source : domain::ActorKind::Destination, &ctx,
                     [&ctx](const QList<domain::ConnectorDefinitionInfo> &defs, const api::ApiError &error) {
                         if (error.isError())
                             return ctx.fail(error);
                         printRowsAndFinish(ctx, defs, {u"ID"_s, u"NAME"_s, u"IMAGE"_s, u"SUPPORT"_s, u"STAGE"_s},
                                            [](const domain::ConnectorDefinitionInfo &d) {
                                                return QStringList{d.id, d.name,
                                                                   QString(d.dockerRepository + u':' + d.dockerImageTag),
                                                                   d.supportLevel, d.releaseStage};
                                            });
                     });
}

void spec(CliContext &ctx)
{
    auto *svc = new api::ConnectorCatalogService(&ctx.client(), ctx.workspaceId(), &ctx);
    const QString id = ctx.args().positional.at(0);
    // The definition id alone does not say which kind it is: try sources, then destinations.
    svc->specification(domain::ActorKind::Source, id, &ctx,
                       [&ctx, svc, id](const domain::ConnectorSpecification &s, const api::ApiError &error) {
                           auto print = [&ctx](const domain::ConnectorSpecification &spec) {
                               ctx.out().printJson(ctx.out().json() ? spec.toJson()
                                                                    : QJsonObject(spec.connectionSpecification));
                               ctx.finish(CliOutput::Ok);
                           };
                           if (!error.isError())
                               return print(s);
                           if (error.kind != api::ApiError::Kind::NotFound)
                               return ctx.fail(error);
                           svc->specification(domain::ActorKind::Destination, id, &ctx,
                                              [&ctx, print](const domain::ConnectorSpecification &d,
                                                            const api::ApiError &e) {
                                                  if (e.isError())
                                                      return ctx.fail(e);
                                                  print(d);
                                              });
                       });
}

} // namespace

QList<CommandSpec> configValidationCommands(); // ConfigValidationCommand.cpp

QList<CommandSpec> connectorCommands()
{
    return QList<CommandSpec>{{u"connectors"_s, u"list"_s, u"connectors list (--sources | --destinations)"_s, {},
             {u"sources"_s, u"destinations"_s}, 0, 0, true, list},
            {u"connectors"_s, u"spec"_s, u"connectors spec DEFINITION_ID"_s, {}, {}, 1, 1, true, spec}}
           + configValidationCommands();
}

} // namespace airdesk::cli

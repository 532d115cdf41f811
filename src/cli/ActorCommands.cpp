// `airdesk-cli sources|destinations ...`: the same commands for both kinds of connector.
#include "CliContext.h"
#include "CliListing.h"
#include "CliFiles.h"
#include "CommandSpec.h"

#include "api/services/ActorService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

domain::ActorKind kindOf(const CliContext &ctx)
{
    return ctx.args().group == u"destinations"_s ? domain::ActorKind::Destination : domain::ActorKind::Source;
}

api::ActorService *service(CliContext &ctx)
{
    return new api::ActorService(&ctx.client(), ctx.workspaceId(), kindOf(ctx), &ctx);
}

QStringList row(const domain::Actor &a)
{
    return {a.id, a.name, a.typeName, a.createdAt.toString(Qt::ISODate)};
}

void printActor(CliContext &ctx, const domain::Actor &actor, api::ActorService *svc)
{
    if (ctx.out().json()) {
        ctx.out().printJson(actor.toJson());
        return;
    }
    ctx.out().printFields({{u"id"_s, actor.id},
                           {u"name"_s, actor.name},
                           {u"type"_s, actor.typeName},
                           {u"definition"_s, actor.definitionId},
                           {u"created"_s, actor.createdAt.toString(Qt::ISODate)},
                           {u"url"_s, svc->url(actor.id).toString()},
                           {u"configuration"_s, QString::fromUtf8(QJsonDocument(actor.configuration)
                                                                      .toJson(QJsonDocument::Compact))}});
}

/// The callback most commands end with: print the actor or the error.
api::ResultCallback<domain::Actor> printOrFail(CliContext &ctx, api::ActorService *svc)
{
    return [&ctx, svc](const domain::Actor &actor, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        printActor(ctx, actor, svc);
        ctx.finish(CliOutput::Ok);
    };
}

void list(CliContext &ctx)
{
    auto rows = std::make_shared<QList<domain::Actor>>();
    service(ctx)->list(
        ctx.args().value(u"name"_s), &ctx, [rows](const QList<domain::Actor> &page) { *rows += page; },
        [&ctx, rows](int, const api::ApiError &error) {
            if (error.isError())
                return ctx.fail(error);
            printRowsAndFinish(ctx, *rows, {u"ID"_s, u"NAME"_s, u"TYPE"_s, u"CREATED"_s}, row);
        });
}

void show(CliContext &ctx)
{
    auto *svc = service(ctx);
    svc->get(ctx.args().positional.at(0), &ctx, printOrFail(ctx, svc));
}

void deploy(CliContext &ctx)
{
    const QString name = ctx.args().value(u"name"_s);
    const QString type = ctx.args().value(u"type"_s);
    const QString definitionId = ctx.args().value(u"definition-id"_s);
    if (name.isEmpty() || ctx.args().value(u"config"_s).isEmpty() || type.isEmpty() == definitionId.isEmpty())
        return ctx.usage(u"usage: deploy --name NAME (--type TYPE | --definition-id ID) --config FILE"_s);
    QString error;
    const auto config = readObjectFile(ctx.args().value(u"config"_s), &error);
    if (!config) {
        ctx.out().error(error);
        return ctx.finish(CliOutput::InvalidInput);
    }
    api::DeployOptions options;
    options.unique = !ctx.args().flag(u"allow-duplicate"_s);
    options.randomSuffix = ctx.args().flag(u"random-suffix"_s);
    auto *svc = service(ctx);
    svc->deploy(name, type.isEmpty() ? definitionId : type, *config, options, &ctx, printOrFail(ctx, svc));
}

void rename(CliContext &ctx)
{
    auto *svc = service(ctx);
    svc->rename(ctx.args().positional.at(0), ctx.args().positional.at(1), &ctx, printOrFail(ctx, svc));
}

void updateConfig(CliContext &ctx)
{
    QString error;
    const auto config = readObjectFile(ctx.args().value(u"config"_s), &error);
    if (!config) {
        ctx.out().error(error.isEmpty() ? u"--config FILE is required"_s : error);
        return ctx.finish(error.isEmpty() ? CliOutput::Usage : CliOutput::InvalidInput);
    }
    auto *svc = service(ctx);
    svc->updateConfig(ctx.args().positional.at(0), *config, &ctx, printOrFail(ctx, svc));
}

void check(CliContext &ctx)
{
    service(ctx)->check(ctx.args().positional.at(0), &ctx, [&ctx](const api::CheckResult &r, const api::ApiError &e) {
        if (e.isError())
            return ctx.fail(e);
        if (ctx.out().json())
            ctx.out().printJson(QJsonObject{{u"status"_s, r.succeeded ? u"succeeded"_s : u"failed"_s},
                                            {u"message"_s, r.message}});
        else
            ctx.out().printLine(r.succeeded ? u"succeeded"_s : u"failed: "_s + r.message);
        ctx.finish(r.succeeded ? CliOutput::Ok : CliOutput::ApiFailure);
    });
}

void remove(CliContext &ctx)
{
    const QString id = ctx.args().positional.at(0);
    service(ctx)->remove(id, !ctx.args().flag(u"no-safe-mode"_s), &ctx, deletedOrFail(ctx, id));
}

} // namespace

QList<CommandSpec> actorCommands()
{
    const QString g = u"sources|destinations"_s;
    return {
        {g, u"list"_s, u"sources|destinations list [--name NAME]"_s, {u"name"_s}, {}, 0, 0, true, list},
        {g, u"show"_s, u"sources|destinations show ID"_s, {}, {}, 1, 1, true, show},
        {g, u"deploy"_s,
         u"sources|destinations deploy --name NAME (--type TYPE | --definition-id ID) --config FILE "
         u"[--allow-duplicate] [--random-suffix]"_s,
         {u"name"_s, u"type"_s, u"definition-id"_s, u"config"_s}, {u"allow-duplicate"_s, u"random-suffix"_s}, 0, 0,
         true, deploy},
        {g, u"rename"_s, u"sources|destinations rename ID NAME"_s, {}, {}, 2, 2, true, rename},
        {g, u"update-config"_s, u"sources|destinations update-config ID --config FILE"_s, {u"config"_s}, {}, 1, 1, true,
         updateConfig},
        {g, u"check"_s, u"sources|destinations check ID"_s, {}, {}, 1, 1, true, check},
        {g, u"delete"_s, u"sources|destinations delete ID [--no-safe-mode]"_s, {}, {u"no-safe-mode"_s}, 1, 1, true,
         remove},
    };
}

} // namespace airdesk::cli

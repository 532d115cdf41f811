// `airdesk-cli connections ...` (state and catalog live with the artifact commands).
#include "CliContext.h"
#include "CliListing.h"
#include "CommandSpec.h"

#include "api/services/ConnectionService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

api::ConnectionService *service(CliContext &ctx)
{
    return new api::ConnectionService(&ctx.client(), ctx.workspaceId(), &ctx);
}

QString scheduleText(const domain::ConnectionSchedule &s)
{
    switch (s.type) {
    case domain::ConnectionSchedule::Type::Manual:
        return u"manual"_s;
    case domain::ConnectionSchedule::Type::Cron:
        return u"cron "_s + s.cronExpression + u" (UTC)"_s;
    case domain::ConnectionSchedule::Type::Basic:
        return s.basicTiming;
    case domain::ConnectionSchedule::Type::Unknown:
        break;
    }
    return s.typeText;
}

QStringList splitStreams(const QString &text)
{
    QStringList streams;
    for (const QString &s : text.split(u',', Qt::SkipEmptyParts))
        streams.append(s.trimmed());
    return streams;
}

api::ResultCallback<domain::Connection> printOrFail(CliContext &ctx, api::ConnectionService *svc)
{
    return [&ctx, svc](const domain::Connection &c, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        if (ctx.out().json()) {
            ctx.out().printJson(c.toJson());
        } else {
            ctx.out().printFields({{u"id"_s, c.connectionId},
                                   {u"name"_s, c.name},
                                   {u"status"_s, c.statusText},
                                   {u"source"_s, c.sourceId},
                                   {u"destination"_s, c.destinationId},
                                   {u"schedule"_s, scheduleText(c.schedule)},
                                   {u"prefix"_s, c.prefix},
                                   {u"streams"_s, c.streamNames().join(u", "_s)},
                                   {u"url"_s, svc->connectionUrl(c.connectionId).toString()},
                                   {u"job history"_s, svc->jobHistoryUrl(c.connectionId).toString()}});
        }
        ctx.finish(CliOutput::Ok);
    };
}

void list(CliContext &ctx)
{
    auto rows = std::make_shared<QList<domain::Connection>>();
    service(ctx)->list(
        ctx.args().value(u"name"_s), &ctx, [rows](const QList<domain::Connection> &page) { *rows += page; },
        [&ctx, rows](int, const api::ApiError &error) {
            if (error.isError())
                return ctx.fail(error);
            printRowsAndFinish(ctx, *rows, {u"ID"_s, u"NAME"_s, u"STATUS"_s, u"SCHEDULE"_s, u"STREAMS"_s},
                               [](const domain::Connection &c) {
                                   return QStringList{c.connectionId, c.name, c.statusText, scheduleText(c.schedule),
                                                      QString::number(c.streams.size())};
                               });
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
    const QString source = ctx.args().value(u"source"_s);
    const QString destination = ctx.args().value(u"destination"_s);
    const QStringList streams = splitStreams(ctx.args().value(u"streams"_s));
    if (name.isEmpty() || source.isEmpty() || destination.isEmpty() || streams.isEmpty())
        return ctx.usage(u"usage: connections deploy --name NAME --source ID --destination ID --streams A,B [--prefix P]"_s);
    auto *svc = service(ctx);
    svc->deploy(name, source, destination, streams, ctx.args().value(u"prefix"_s), &ctx, printOrFail(ctx, svc));
}

void rename(CliContext &ctx)
{
    auto *svc = service(ctx);
    svc->rename(ctx.args().positional.at(0), ctx.args().positional.at(1), &ctx, printOrFail(ctx, svc));
}

void setPrefix(CliContext &ctx)
{
    auto *svc = service(ctx);
    svc->setPrefix(ctx.args().positional.at(0), ctx.args().positional.value(1), &ctx, printOrFail(ctx, svc));
}

void setStreams(CliContext &ctx)
{
    auto *svc = service(ctx);
    svc->setSelectedStreams(ctx.args().positional.at(0), splitStreams(ctx.args().positional.at(1)), &ctx,
                            printOrFail(ctx, svc));
}

void setEnabled(CliContext &ctx, bool enabled)
{
    auto *svc = service(ctx);
    svc->setEnabled(ctx.args().positional.at(0), enabled, &ctx, printOrFail(ctx, svc));
}

void schedule(CliContext &ctx)
{
    const bool manual = ctx.args().flag(u"manual"_s);
    const QString cron = ctx.args().value(u"cron"_s);
    if (manual == !cron.isEmpty())
        return ctx.usage(u"usage: connections schedule ID (--cron EXPR | --manual)"_s);
    auto *svc = service(ctx);
    if (manual)
        svc->setManualSchedule(ctx.args().positional.at(0), &ctx, printOrFail(ctx, svc));
    else
        svc->setCronSchedule(ctx.args().positional.at(0), cron, &ctx, printOrFail(ctx, svc));
}

void remove(CliContext &ctx)
{
    const QString id = ctx.args().positional.at(0);
    service(ctx)->remove(id, ctx.args().flag(u"cascade-source"_s), ctx.args().flag(u"cascade-destination"_s),
                         !ctx.args().flag(u"no-safe-mode"_s), &ctx, deletedOrFail(ctx, id));
}

} // namespace

QList<CommandSpec> connectionCommands()
{
    const QString g = u"connections"_s;
    return {
        {g, u"list"_s, u"connections list [--name NAME]"_s, {u"name"_s}, {}, 0, 0, true, list},
        {g, u"show"_s, u"connections show ID"_s, {}, {}, 1, 1, true, show},
        {g, u"deploy"_s, u"connections deploy --name NAME --source ID --destination ID --streams A,B [--prefix P]"_s,
         {u"name"_s, u"source"_s, u"destination"_s, u"streams"_s, u"prefix"_s}, {}, 0, 0, true, deploy},
        {g, u"rename"_s, u"connections rename ID NAME"_s, {}, {}, 2, 2, true, rename},
        {g, u"set-prefix"_s, u"connections set-prefix ID P"_s, {}, {}, 1, 2, true, setPrefix},
        {g, u"set-streams"_s, u"connections set-streams ID A,B"_s, {}, {}, 2, 2, true, setStreams},
        {g, u"enable"_s, u"connections enable ID"_s, {}, {}, 1, 1, true, [](CliContext &c) { setEnabled(c, true); }},
        {g, u"disable"_s, u"connections disable ID"_s, {}, {}, 1, 1, true, [](CliContext &c) { setEnabled(c, false); }},
        {g, u"schedule"_s, u"connections schedule ID (--cron EXPR | --manual)"_s, {u"cron"_s}, {u"manual"_s}, 1, 1, true,
         schedule},
        {g, u"delete"_s, u"connections delete ID [--cascade-source] [--cascade-destination] [--no-safe-mode]"_s, {},
         {u"cascade-source"_s, u"cascade-destination"_s, u"no-safe-mode"_s}, 1, 1, true, remove},
    };
}

} // namespace airdesk::cli

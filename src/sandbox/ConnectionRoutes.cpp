// Public API: connections and the /streams stream picker.
#include "Pagination.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"
#include "StreamCatalog.h"

#include "core/cron/AirbyteCronRules.h"

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

const QStringList kStatuses = {u"active"_s, u"inactive"_s, u"deprecated"_s, u"locked"_s};
const QStringList kNamespaceDefinitions = {u"source"_s, u"destination"_s, u"custom_format"_s};
const QStringList kSchemaBehaviours = {u"ignore"_s, u"disable_connection"_s, u"propagate_columns"_s,
                                       u"propagate_fully"_s};

/// Copies an enumerated field when present; a value outside `allowed` is the server's 400.
std::optional<SandboxResponse> readEnum(const QJsonObject &body, const QString &key, const QStringList &allowed,
                                        QString &target)
{
    if (!body.contains(key))
        return std::nullopt;
    const QString value = body.value(key).toString();
    if (!allowed.contains(value))
        return Problems::badRequest(u"Unknown %1: %2"_s.arg(key, value));
    target = value;
    return std::nullopt;
}

/// Applies the writable fields of a create or patch body to `c` (a copy), or returns the error.
std::optional<SandboxResponse> applyFields(SandboxContext &ctx, const QJsonObject &body, ConnectionRecord &c)
{
    if (body.contains(u"name"_s)) {
        if (body.value(u"name"_s).toString().trimmed().isEmpty())
            return Problems::badRequest(u"The connection name must not be empty."_s);
        c.name = body.value(u"name"_s).toString();
    }
    if (auto invalid = readEnum(body, u"status"_s, kStatuses, c.status))
        return invalid;
    if (body.contains(u"prefix"_s))
        c.prefix = body.value(u"prefix"_s).toString();
    if (auto invalid = readEnum(body, u"namespaceDefinition"_s, kNamespaceDefinitions, c.namespaceDefinition))
        return invalid;
    if (body.contains(u"namespaceFormat"_s))
        c.namespaceFormat = body.value(u"namespaceFormat"_s).toString();
    if (auto invalid = readEnum(body, u"nonBreakingSchemaUpdatesBehavior"_s, kSchemaBehaviours,
                                c.nonBreakingSchemaUpdatesBehavior))
        return invalid;
    if (body.contains(u"schedule"_s)) {
        const QJsonObject schedule = body.value(u"schedule"_s).toObject();
        const QString type = schedule.value(u"scheduleType"_s).toString();
        if (type == u"manual"_s) {
            c.scheduleType = type;
            c.cronExpression.clear();
        } else if (type == u"cron"_s) {
            const QString expression = schedule.value(u"cronExpression"_s).toString();
            if (expression.trimmed().isEmpty())
                return Problems::badRequest(u"Missing cron expression in the schedule."_s);
            const cron::CronCheck check = cron::AirbyteCronRules::checkForPublicApi(
                expression, ctx.options.minimumCronIntervalMinutes, ctx.now());
            if (!check.ok) {
                QJsonObject data{{u"cronExpression"_s, expression}};
                if (!check.validationErrorMessage.isEmpty())
                    data.insert(u"validationErrorMessage"_s, check.validationErrorMessage);
                else
                    data.insert(u"message"_s, check.detail);
                return Problems::problem(check.httpStatus, check.problemType, check.title, check.detail, data);
            }
            c.scheduleType = type;
            c.cronExpression = cron::AirbyteCronRules::stripUtcSuffix(expression).trimmed();
        } else {
            return Problems::badRequest(u"scheduleType must be manual or cron."_s);
        }
    }
    if (body.contains(u"configurations"_s)) {
        const ActorRecord *source = ctx.store.sources.find(c.sourceId);
        SandboxResponse error;
        const auto streams = StreamCatalog::configure(StreamCatalog::discovered(ctx, *source),
                                                      body.value(u"configurations"_s).toObject()
                                                          .value(u"streams"_s).toArray(),
                                                      &error);
        if (!streams)
            return error;
        c.streams = *streams;
    }
    return std::nullopt;
}

SandboxResponse createConnection(SandboxContext &ctx, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(request, &error);
    if (!body)
        return error;
    const QString sourceId = body->value(u"sourceId"_s).toString();
    const QString destinationId = body->value(u"destinationId"_s).toString();
    if (sourceId.isEmpty() || destinationId.isEmpty())
        return Problems::badRequest(u"sourceId and destinationId are required."_s);
    const ActorRecord *source = ctx.store.sources.find(sourceId);
    if (!source)
        return Problems::notFound(u"source"_s, sourceId);
    const ActorRecord *destination = ctx.store.destinations.find(destinationId);
    if (!destination)
        return Problems::notFound(u"destination"_s, destinationId);

    ConnectionRecord c;
    c.id = ctx.newId();
    c.sourceId = sourceId;
    c.destinationId = destinationId;
    c.workspaceId = source->workspaceId;
    c.name = source->name + u" → "_s + destination->name;
    c.createdAt = ctx.now().toSecsSinceEpoch();
    QJsonObject fields = *body;
    if (!fields.contains(u"configurations"_s))
        fields.insert(u"configurations"_s, QJsonObject{}); // no streams named: all of them
    if (auto invalid = applyFields(ctx, fields, c))
        return *invalid;
    ctx.store.connections.insert(c.id, c);
    return SandboxResponse::json(200, RouteHelpers::connectionJson(c));
}

SandboxResponse patchConnection(SandboxContext &ctx, const SandboxRequest &request)
{
    ConnectionRecord *stored = ctx.store.connections.find(request.params.at(0));
    if (!stored)
        return Problems::notFound(u"connection"_s, request.params.at(0));
    if (stored->status == u"locked"_s)
        return Problems::connectionLocked(stored->id);
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(request, &error);
    if (!body)
        return error;
    ConnectionRecord updated = *stored;
    if (auto invalid = applyFields(ctx, *body, updated))
        return *invalid;
    *stored = updated;
    return SandboxResponse::json(200, RouteHelpers::connectionJson(updated));
}

SandboxResponse listConnections(SandboxContext &ctx, const SandboxRequest &request)
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
    for (const ConnectionRecord *c : ctx.store.connections.ordered()) {
        if (!filter.isEmpty() && !filter.contains(c->workspaceId))
            continue;
        if (index++ < page->offset)
            continue;
        if (rows.size() >= page->limit)
            break;
        rows.append(RouteHelpers::connectionJson(*c));
    }
    return SandboxResponse::json(200, page->envelope(rows, ctx.apiHost, u"/connections"_s,
                                                     RouteHelpers::linkFilters(filter, request)));
}

SandboxResponse listStreams(SandboxContext &ctx, const SandboxRequest &request)
{
    const QString sourceId = request.query.queryItemValue(u"sourceId"_s);
    if (sourceId.isEmpty())
        return Problems::badRequest(u"sourceId is required."_s);
    const ActorRecord *source = ctx.store.sources.find(sourceId);
    if (!source)
        return Problems::notFound(u"source"_s, sourceId);
    QStringList destinationModes = {u"overwrite"_s, u"append"_s, u"append_dedup"_s};
    const QString destinationId = request.query.queryItemValue(u"destinationId"_s);
    if (!destinationId.isEmpty()) {
        const ActorRecord *destination = ctx.store.destinations.find(destinationId);
        if (!destination)
            return Problems::notFound(u"destination"_s, destinationId);
        if (const ConnectorDefinition *d = ctx.catalog.find(destination->definitionId);
            d && !d->supportedDestinationSyncModes.isEmpty())
            destinationModes = d->supportedDestinationSyncModes;
    }
    return SandboxResponse::json(200, StreamCatalog::properties(StreamCatalog::discovered(ctx, *source),
                                                                destinationModes));
}

} // namespace

void registerConnectionRoutes(Router &router, SandboxContext &ctx)
{
    router.add(ApiKind::Public, "GET", u"/connections"_s,
               [&ctx](const SandboxRequest &r) { return listConnections(ctx, r); });
    router.add(ApiKind::Public, "POST", u"/connections"_s,
               [&ctx](const SandboxRequest &r) { return createConnection(ctx, r); });
    router.add(ApiKind::Public, "GET", u"/connections/{connectionId}"_s, [&ctx](const SandboxRequest &r) {
        const ConnectionRecord *c = ctx.store.connections.find(r.params.at(0));
        return c ? SandboxResponse::json(200, RouteHelpers::connectionJson(*c))
                 : Problems::notFound(u"connection"_s, r.params.at(0));
    });
    router.add(ApiKind::Public, "PATCH", u"/connections/{connectionId}"_s,
               [&ctx](const SandboxRequest &r) { return patchConnection(ctx, r); });
    router.add(ApiKind::Public, "DELETE", u"/connections/{connectionId}"_s, [&ctx](const SandboxRequest &r) {
        if (!ctx.store.connections.remove(r.params.at(0)))
            return Problems::notFound(u"connection"_s, r.params.at(0));
        return SandboxResponse::empty(204);
    });
    router.add(ApiKind::Public, "GET", u"/streams"_s,
               [&ctx](const SandboxRequest &r) { return listStreams(ctx, r); });
}

} // namespace airdesk::sandbox

// Public API: health, token, workspaces and organizations.
#include "Pagination.h"
#include "Problems.h"
#include "RouteHelpers.h"
#include "Router.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

SandboxResponse issueToken(SandboxContext &ctx, const SandboxRequest &request)
{
    QString clientId;
    QString clientSecret;
    if (request.contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        clientSecret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    } else {
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(request, &error);
        if (!body)
            return error;
        clientId = body->value(u"client_id"_s).toString();
        clientSecret = body->value(u"client_secret"_s).toString();
    }
    // Self-managed (SIMPLE auth) accepts only the instance admin's credentials and answers
    // anything else with 400 {"message"} (ApplicationServiceMicronautImpl).
    if (clientId != ctx.options.clientId || clientSecret != ctx.options.clientSecret)
        return SandboxResponse::json(400, QJsonObject{{u"message"_s, u"Invalid client id or token"_s}});
    const int ttl = ctx.options.tokenTtlSeconds;
    return SandboxResponse::json(200, QJsonObject{{u"access_token"_s, ctx.tokens.issue(ctx.now(), ttl)},
                                                  {u"token_type"_s, u"Bearer"_s},
                                                  {u"expires_in"_s, ttl}});
}

SandboxResponse listWorkspaces(SandboxContext &ctx, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto page = Page::fromQuery(request, &error);
    if (!page)
        return error;
    const QStringList filter = RouteHelpers::workspaceIdsFilter(request);
    QJsonArray rows;
    int index = 0;
    for (const WorkspaceRecord *w : ctx.store.workspaces.ordered()) {
        if (!filter.isEmpty() && !filter.contains(w->id))
            continue;
        if (index++ < page->offset)
            continue;
        if (rows.size() >= page->limit)
            break;
        rows.append(RouteHelpers::workspaceJson(*w));
    }
    return SandboxResponse::json(200, page->envelope(rows, ctx.apiHost, u"/workspaces"_s,
                                                     RouteHelpers::linkFilters(filter, request)));
}

SandboxResponse createWorkspace(SandboxContext &ctx, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto body = RouteHelpers::objectBody(request, &error);
    if (!body)
        return error;
    const QString name = body->value(u"name"_s).toString().trimmed();
    if (name.isEmpty())
        return Problems::badRequest(u"The workspace name must not be empty."_s);
    WorkspaceRecord workspace{ctx.newId(), name, body->value(u"organizationId"_s).toString(), u"auto"_s};
    if (workspace.organizationId.isEmpty() && ctx.store.organizations.size() > 0)
        workspace.organizationId = ctx.store.organizations.ordered().front()->id;
    ctx.store.workspaces.insert(workspace.id, workspace);
    return SandboxResponse::json(200, RouteHelpers::workspaceJson(workspace));
}

bool workspaceHasConnections(const SandboxContext &ctx, const QString &workspaceId)
{
    for (const ConnectionRecord *c : ctx.store.connections.ordered())
        if (c->workspaceId == workspaceId)
            return true;
    return false;
}

} // namespace

void registerWorkspaceRoutes(Router &router, SandboxContext &ctx)
{
    router.add(ApiKind::Public, "GET", u"/health"_s, [](const SandboxRequest &) {
        return SandboxResponse::text(200, "text/plain", "Successful operation");
    });
    router.add(ApiKind::Public, "POST", u"/applications/token"_s,
               [&ctx](const SandboxRequest &r) { return issueToken(ctx, r); });
    router.add(ApiKind::Public, "GET", u"/workspaces"_s,
               [&ctx](const SandboxRequest &r) { return listWorkspaces(ctx, r); });
    router.add(ApiKind::Public, "POST", u"/workspaces"_s,
               [&ctx](const SandboxRequest &r) { return createWorkspace(ctx, r); });
    router.add(ApiKind::Public, "GET", u"/workspaces/{workspaceId}"_s, [&ctx](const SandboxRequest &r) {
        const WorkspaceRecord *w = ctx.store.workspaces.find(r.params.at(0));
        return w ? SandboxResponse::json(200, RouteHelpers::workspaceJson(*w))
                 : Problems::notFound(u"workspace"_s, r.params.at(0));
    });
    router.add(ApiKind::Public, "PATCH", u"/workspaces/{workspaceId}"_s, [&ctx](const SandboxRequest &r) {
        WorkspaceRecord *w = ctx.store.workspaces.find(r.params.at(0));
        if (!w)
            return Problems::notFound(u"workspace"_s, r.params.at(0));
        SandboxResponse error;
        const auto body = RouteHelpers::objectBody(r, &error);
        if (!body)
            return error;
        if (body->contains(u"name"_s)) {
            const QString name = body->value(u"name"_s).toString().trimmed();
            if (name.isEmpty())
                return Problems::badRequest(u"The workspace name must not be empty."_s);
            w->name = name;
        }
        return SandboxResponse::json(200, RouteHelpers::workspaceJson(*w));
    });
    router.add(ApiKind::Public, "DELETE", u"/workspaces/{workspaceId}"_s, [&ctx](const SandboxRequest &r) {
        if (!ctx.store.workspaces.find(r.params.at(0)))
            return Problems::notFound(u"workspace"_s, r.params.at(0));
        if (workspaceHasConnections(ctx, r.params.at(0)))
            return Problems::stateConflict(u"The workspace still has connections."_s);
        ctx.store.workspaces.remove(r.params.at(0));
        return SandboxResponse::empty(204);
    });
    router.add(ApiKind::Public, "GET", u"/organizations"_s, [&ctx](const SandboxRequest &) {
        QJsonArray rows;
        for (const OrganizationRecord *o : ctx.store.organizations.ordered())
            rows.append(QJsonObject{{u"organizationId"_s, o->id},
                                    {u"organizationName"_s, o->name},
                                    {u"email"_s, o->email}});
        return SandboxResponse::json(200, QJsonObject{{u"data"_s, rows}});
    });
}

} // namespace airdesk::sandbox

#include "WorkspaceService.h"

#include "api/services/ServiceCalls.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspaceService, "airdesk.api.workspaceservice")

namespace airdesk::api {

WorkspaceService::WorkspaceService(ApiClient *client, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
{
    Q_ASSERT(client);
}

ApiClient::CallId WorkspaceService::connect(const QObject *context, ResultCallback<domain::Workspace> callback)
{
    Q_ASSERT(context);
    qCDebug(lcWorkspaceService) << "connect" << m_workspaceId;
    return ServiceCalls::send<domain::Workspace>(
        m_client, ApiRequest::get(u"/workspaces/"_s + ServiceCalls::segment(m_workspaceId)), context,
        [](const QJsonValue &json, QString *why) { return domain::Workspace::fromJson(json.toObject(), why); },
        std::move(callback));
}

ApiClient::CallId WorkspaceService::organizationInfo(const QObject *context,
                                                     ResultCallback<domain::OrganizationInfo> callback)
{
    Q_ASSERT(context);
    qCDebug(lcWorkspaceService) << "organization info" << m_workspaceId;
    return ServiceCalls::send<domain::OrganizationInfo>(
        m_client,
        ApiRequest::config(u"/workspaces/get_organization_info"_s, QJsonObject{{u"workspaceId"_s, m_workspaceId}}),
        context,
        [](const QJsonValue &json, QString *why) { return domain::OrganizationInfo::fromJson(json.toObject(), why); },
        std::move(callback));
}

void WorkspaceService::listWorkspaces(const QObject *context, RowsCallback<domain::Workspace> rows,
                                      ListDoneCallback done)
{
    Q_ASSERT(context);
    ServiceCalls::fetchList<domain::Workspace>(
        m_client, this, ApiRequest::get(u"/workspaces"_s), context,
        [](const QJsonObject &row, QString *why) { return domain::Workspace::fromJson(row, why); }, {}, std::move(rows),
        std::move(done),
        [](const QString &why) { qCWarning(lcWorkspaceService) << "skipped a workspace row:" << why; });
}

QUrl WorkspaceService::workspaceUrl() const
{
    return m_client->roots().workspaceUrl(m_workspaceId);
}

} // namespace airdesk::api

#include "ConnectorCatalogService.h"

#include "api/services/ServiceCalls.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCatalogService, "airdesk.api.connectorcatalogservice")

namespace airdesk::api {

namespace {

/// Reads `key` (an array of definitions) from `json`; rows without an id are skipped.
std::optional<QList<domain::ConnectorDefinitionInfo>> parseDefinitions(const QJsonValue &json, const QString &key,
                                                                       domain::ActorKind kind, QString *why)
{
    const QJsonValue rows = json.toObject().value(key);
    if (!rows.isArray()) {
        *why = u"The definitions answer has no \"%1\" array."_s.arg(key);
        return std::nullopt;
    }
    QList<domain::ConnectorDefinitionInfo> definitions;
    for (const QJsonValue &row : rows.toArray()) {
        QString rowError;
        if (auto definition = domain::ConnectorDefinitionInfo::fromJson(row.toObject(), kind, &rowError))
            definitions.append(*definition);
        else
            qCWarning(lcCatalogService) << "skipped a definition:" << rowError;
    }
    return definitions;
}

/// Where the Config API is missing (404: not served, 501: not implemented) or unreachable, the
/// public list still works; any other failure (auth, 5xx) would fail there too, so it is final.
bool worthFallingBack(const ApiError &error)
{
    return error.httpStatus == 404 || error.httpStatus == 501 || error.kind == ApiError::Kind::Network;
}

} // namespace

ConnectorCatalogService::ConnectorCatalogService(ApiClient *client, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
{
    Q_ASSERT(client);
}

ApiClient::CallId ConnectorCatalogService::definitions(domain::ActorKind kind, const QObject *context,
                                                       ResultCallback<QList<domain::ConnectorDefinitionInfo>> callback)
{
    Q_ASSERT(context);
    const bool source = kind == domain::ActorKind::Source;
    const QString path =
        source ? u"/source_definitions/list_for_workspace"_s : u"/destination_definitions/list_for_workspace"_s;
    const QString key = source ? u"sourceDefinitions"_s : u"destinationDefinitions"_s;
    QPointer<ConnectorCatalogService> self(this);
    return m_client->send(
        ApiRequest::config(path, QJsonObject{{u"workspaceId"_s, m_workspaceId}}), context,
        [self, kind, key, context, callback = std::move(callback)](const ApiResponse &response, const ApiError &error) {
            if (!self)
                return;
            if (error.isError()) {
                if (!worthFallingBack(error)) {
                    callback({}, error);
                    return;
                }
                qCInfo(lcCatalogService) << "Config API definitions unavailable, using the public list:"
                                         << error.message();
                self->publicDefinitions(kind, context, callback);
                return;
            }
            QString why;
            auto definitions = parseDefinitions(response.json, key, kind, &why);
            if (!definitions) {
                callback({}, ApiError::invalidResponse(why));
                return;
            }
            callback(*definitions, {});
        });
}

ApiClient::CallId
ConnectorCatalogService::publicDefinitions(domain::ActorKind kind, const QObject *context,
                                           ResultCallback<QList<domain::ConnectorDefinitionInfo>> callback)
{
    const QString path =
        u"/workspaces/"_s + ServiceCalls::segment(m_workspaceId) +
        (kind == domain::ActorKind::Source ? u"/definitions/sources"_s : u"/definitions/destinations"_s);
    // This list has no paging: everything comes in `data`.
    return ServiceCalls::send<QList<domain::ConnectorDefinitionInfo>>(
        m_client, ApiRequest::get(path), context,
        [kind](const QJsonValue &json, QString *why) { return parseDefinitions(json, u"data"_s, kind, why); },
        std::move(callback));
}

ApiClient::CallId ConnectorCatalogService::specification(domain::ActorKind kind, const QString &definitionId,
                                                         const QObject *context,
                                                         ResultCallback<domain::ConnectorSpecification> callback)
{
    Q_ASSERT(context);
    const bool source = kind == domain::ActorKind::Source;
    const QJsonObject body{{source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s, definitionId},
                           {u"workspaceId"_s, m_workspaceId}};
    qCDebug(lcCatalogService) << "specification" << definitionId;
    return ServiceCalls::send<domain::ConnectorSpecification>(
        m_client,
        ApiRequest::config(source ? u"/source_definition_specifications/get"_s
                                  : u"/destination_definition_specifications/get"_s,
                           body),
        context,
        [](const QJsonValue &json, QString *why) {
            return domain::ConnectorSpecification::fromJson(json.toObject(), why);
        },
        std::move(callback));
}

} // namespace airdesk::api

#include "DockerDefinitionService.h"

#include "api/services/ServiceCalls.h"

#include "core/domain/SafeMode.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

Q_LOGGING_CATEGORY(lcDocker, "airdesk.api.dockerdefinitions")

using Self = DockerDefinitionService;

ApiError invalid(const QString &detail)
{
    return ServiceCalls::refusal(ApiError::Kind::InvalidRequest, Self::tr("Invalid Docker definition"), detail);
}

} // namespace

DockerDefinitionService::DockerDefinitionService(ApiClient *client, const QString &workspaceId,
                                                 domain::ActorKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
    , m_kind(kind)
{
}

QString DockerDefinitionService::collectionPath() const
{
    return u"/workspaces/%1/definitions/%2"_s.arg(ServiceCalls::segment(m_workspaceId),
                                                   m_kind == domain::ActorKind::Source ? u"sources"_s
                                                                                       : u"destinations"_s);
}

ApiError DockerDefinitionService::validate(const domain::DockerDefinition &d)
{
    // Docker's reference grammar: optional registry host[:port], then lower-case path components.
    static const QRegularExpression repository(
        uR"(^(?:[a-zA-Z0-9.-]+(?::\d+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$)"_s);
    static const QRegularExpression tag(uR"(^[\w][\w.-]{0,127}$)"_s);
    if (d.name.trimmed().isEmpty())
        return invalid(tr("A Docker definition needs a name."));
    if (d.dockerRepository.trimmed().isEmpty())
        return invalid(tr("A Docker definition needs the image repository, e.g. \"ghcr.io/acme/source-orders\"."));
    if (!repository.match(d.dockerRepository.trimmed()).hasMatch())
        return invalid(tr("\"%1\" is not a Docker image repository (lower-case names separated by \"/\", "
                          "optionally after a registry host; no tag).")
                           .arg(d.dockerRepository));
    if (d.dockerImageTag.trimmed().isEmpty())
        return invalid(tr("A Docker definition needs the image tag, e.g. \"1.0.0\"."));
    if (!tag.match(d.dockerImageTag.trimmed()).hasMatch())
        return invalid(tr("\"%1\" is not a Docker image tag (letters, digits, \"_\", \".\" and \"-\", at most 128).")
                           .arg(d.dockerImageTag));
    if (const QString url = d.documentationUrl.trimmed(); !url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s) || parsed.host().isEmpty())
            return invalid(tr("The documentation URL \"%1\" is not an http(s) address.").arg(url));
    }
    return {};
}

void DockerDefinitionService::list(const QObject *context, ResultCallback<QList<domain::DockerDefinition>> callback)
{
    // The answer has every definition at once (no paging on this endpoint).
    ServiceCalls::send<QList<domain::DockerDefinition>>(
        m_client, ApiRequest::get(collectionPath()), context,
        [](const QJsonValue &json, QString *why) -> std::optional<QList<domain::DockerDefinition>> {
            const QJsonValue data = json.toObject().value(u"data"_s);
            if (!data.isArray()) {
                *why = Self::tr("The list has no \"data\" array.");
                return std::nullopt;
            }
            QList<domain::DockerDefinition> rows;
            for (const QJsonValue &value : data.toArray()) {
                QString rowWhy;
                if (auto d = domain::DockerDefinition::fromJson(value.toObject(), &rowWhy))
                    rows.append(*d);
                else
                    qCWarning(lcDocker) << "skipping a definition row:" << rowWhy;
            }
            return rows;
        },
        std::move(callback));
}

void DockerDefinitionService::create(const domain::DockerDefinition &definition, const QObject *context,
                                     ResultCallback<domain::DockerDefinition> callback)
{
    if (const ApiError refused = validate(definition); refused.isError()) {
        ServiceCalls::failLater(context, std::move(callback), refused);
        return;
    }
    qCInfo(lcDocker) << "registering" << definition.dockerRepository << definition.dockerImageTag << "in"
                     << m_workspaceId;
    ServiceCalls::send<domain::DockerDefinition>(
        m_client, ApiRequest::post(collectionPath(), definition.createRequest()), context,
        ServiceCalls::objectParser<domain::DockerDefinition>(
            [](const QJsonObject &object, QString *why) { return domain::DockerDefinition::fromJson(object, why); },
            tr("Not a connector definition: %1")),
        ResultCallback<domain::DockerDefinition>(
            [callback = std::move(callback)](const domain::DockerDefinition &created, const ApiError &error) {
                callback(created, error.isError() ? explainUnsupported(error, u"POST"_s, true) : error);
            }));
}

QString DockerDefinitionService::itemPath(const QString &definitionId) const
{
    return QString(collectionPath() + u'/' + ServiceCalls::segment(definitionId));
}

ApiError DockerDefinitionService::explainUnsupported(const ApiError &error, const QString &operation, bool collection)
{
    const int status = error.httpStatus;
    // Airbyte Cloud answers 400 "Non-declarative definitions cannot be created or updated in Airbyte Cloud."
    const bool cloudRefusal = status == 400 && error.detail.contains(u"Non-declarative definitions"_s);
    const bool noRoute = status == 405 || status == 501 || (collection && status == 404);
    if (!cloudRefusal && !noRoute)
        return error;
    ApiError unsupported = error;
    unsupported.kind = ApiError::Kind::InvalidRequest;
    unsupported.title = tr("Not supported by this server");
    const QString said = error.detail.isEmpty() ? error.title : error.detail;
    unsupported.detail = cloudRefusal
        ? tr("This Airbyte server does not allow custom Docker definitions to be created or changed (Airbyte "
             "Cloud accepts only custom YAML definitions). The server said: %1")
              .arg(said)
        : tr("This Airbyte server does not offer custom Docker definitions through its public API (HTTP %1 for "
             "%2 definitions). Manage the image in the web app under Settings → Sources instead. The server "
             "said: %3")
              .arg(status)
              .arg(operation, said);
    return unsupported;
}

void DockerDefinitionService::listCustom(const QObject *context,
                                         ResultCallback<QList<domain::DockerDefinition>> callback)
{
    QPointer<Self> self(this);
    list(context, [self, context, callback = std::move(callback)](const QList<domain::DockerDefinition> &all,
                                                                   const ApiError &error) {
        if (error.isError()) {
            callback({}, explainUnsupported(error, u"GET"_s, true));
            return;
        }
        if (!self)
            return;
        const bool source = self->m_kind == domain::ActorKind::Source;
        const QString path = source ? u"/source_definitions/list_for_workspace"_s
                                    : u"/destination_definitions/list_for_workspace"_s;
        const QString listKey = source ? u"sourceDefinitions"_s : u"destinationDefinitions"_s;
        const QString idKey = source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s;
        self->m_client->send(
            ApiRequest::config(path, QJsonObject{{u"workspaceId"_s, self->m_workspaceId}}), context,
            [all, listKey, idKey, callback](const ApiResponse &response, const ApiError &configError) {
                if (configError.isError()) {
                    ApiError e = configError;
                    if (e.httpStatus == 404 || e.httpStatus == 405 || e.httpStatus == 501) {
                        e.title = Self::tr("Not supported by this server");
                        e.detail = Self::tr("This Airbyte server lists definitions but not which of them are custom "
                                            "(HTTP %1 for the Config API's list_for_workspace).")
                                       .arg(e.httpStatus);
                    }
                    callback({}, e);
                    return;
                }
                const QJsonValue rows = response.json.toObject().value(listKey);
                if (!rows.isArray()) {
                    callback({}, ApiError::invalidResponse(Self::tr("The definitions list has no \"%1\" array.").arg(listKey)));
                    return;
                }
                QSet<QString> custom;
                for (const QJsonValue &row : rows.toArray())
                    if (row.toObject().value(u"custom"_s).toBool())
                        custom.insert(row.toObject().value(idKey).toString());
                QList<domain::DockerDefinition> kept;
                for (const domain::DockerDefinition &d : all)
                    if (custom.contains(d.id))
                        kept.append(d);
                callback(kept, {});
            });
    });
}

void DockerDefinitionService::update(const QString &definitionId, const QString &name, const QString &dockerImageTag,
                                     const QObject *context, ResultCallback<domain::DockerDefinition> callback)
{
    // The repository is not part of an update; any valid one lets validate() check name and tag.
    domain::DockerDefinition check{definitionId, name, u"unchanged/repository"_s, dockerImageTag, {}};
    if (const ApiError refused = validate(check); refused.isError()) {
        ServiceCalls::failLater(context, std::move(callback), refused);
        return;
    }
    qCInfo(lcDocker) << "updating" << definitionId << "to tag" << dockerImageTag;
    const QJsonObject body{{u"name"_s, name.trimmed()}, {u"dockerImageTag"_s, dockerImageTag.trimmed()}};
    ServiceCalls::send<domain::DockerDefinition>(
        m_client, ApiRequest::put(itemPath(definitionId), body), context,
        ServiceCalls::objectParser<domain::DockerDefinition>(
            [](const QJsonObject &object, QString *why) { return domain::DockerDefinition::fromJson(object, why); },
            tr("Not a connector definition: %1")),
        ResultCallback<domain::DockerDefinition>(
            [callback = std::move(callback)](const domain::DockerDefinition &updated, const ApiError &error) {
                callback(updated, error.isError() ? explainUnsupported(error, u"PUT"_s, false) : error);
            }));
}

void DockerDefinitionService::remove(const QString &definitionId, const QString &name, bool safeMode,
                                     const QObject *context, DoneCallback callback)
{
    if (safeMode && !domain::SafeMode::isDeletionAllowedName(name)) {
        ServiceCalls::failLater(context, std::move(callback),
                                ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("Safe mode"),
                                                      domain::SafeMode::refusalMessage(tr("custom Docker definition"), name)));
        return;
    }
    qCInfo(lcDocker) << "deleting" << definitionId;
    ServiceCalls::sendDone(m_client, ApiRequest::remove(itemPath(definitionId)), context,
                           [callback = std::move(callback)](const ApiError &error) {
                               callback(error.isError() ? explainUnsupported(error, u"DELETE"_s, false) : error);
                           });
}

} // namespace airdesk::api

#include "DockerDefinitionService.h"

#include "api/services/ServiceCalls.h"

#include <QJsonArray>
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
                if (error.isError() && (error.httpStatus == 404 || error.httpStatus == 405)) {
                    // Servers before the public definitions endpoints have no such route.
                    ApiError unsupported = error;
                    unsupported.title = Self::tr("Not supported by this server");
                    unsupported.detail = Self::tr("This Airbyte server does not offer custom Docker definitions "
                                                  "through its public API (HTTP %1 for POST definitions). Add the "
                                                  "image in the web app under Settings → Sources instead. "
                                                  "The server said: %2")
                                             .arg(error.httpStatus)
                                             .arg(error.detail.isEmpty() ? error.title : error.detail);
                    callback({}, unsupported);
                    return;
                }
                callback(created, error);
            }));
}

} // namespace airdesk::api

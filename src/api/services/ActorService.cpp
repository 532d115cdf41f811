#include "ActorService.h"

#include "api/services/ServiceCalls.h"
#include "core/domain/SafeMode.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcActorService, "airdesk.api.actorservice")

namespace airdesk::api {

namespace {

// The server's name-to-definition map has no "dev-null" (PyAirbyte issue #743), so PyAirbyte
// sends this definition id for it; so do we.
constexpr auto DevNullDefinitionId = "a7bcc9d8-13b3-4e49-b80d-d020b90045e3";

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

/// A parser for `ServiceCalls::send`: one actor of `kind`.
auto actorParser(domain::ActorKind kind)
{
    return [kind](const QJsonValue &json, QString *why) { return domain::Actor::fromJson(json.toObject(), kind, why); };
}

QString randomSuffix()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return suffix;
}

} // namespace

ActorService::ActorService(ApiClient *client, const QString &workspaceId, domain::ActorKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
    , m_kind(kind)
{
    Q_ASSERT(client);
}

QString ActorService::collectionPath() const
{
    return m_kind == domain::ActorKind::Source ? u"/sources"_s : u"/destinations"_s;
}

QString ActorService::itemPath(const QString &id) const
{
    return collectionPath() + u'/' + ServiceCalls::segment(id);
}

QString ActorService::kindName() const
{
    return m_kind == domain::ActorKind::Source ? tr("source") : tr("destination");
}

void ActorService::list(const QString &nameFilter, const QObject *context, RowsCallback<domain::Actor> rows,
                        ListDoneCallback done)
{
    Q_ASSERT(context);
    QUrlQuery query;
    query.addQueryItem(u"workspaceIds"_s, m_workspaceId);
    std::function<bool(const domain::Actor &)> keep;
    if (!nameFilter.isEmpty())
        keep = [nameFilter](const domain::Actor &actor) {
            return actor.name == nameFilter;
        };
    const domain::ActorKind kind = m_kind;
    ServiceCalls::fetchList<domain::Actor>(
        m_client, this, ApiRequest::get(collectionPath(), query), context,
        [kind](const QJsonObject &row, QString *why) { return domain::Actor::fromJson(row, kind, why); },
        std::move(keep), std::move(rows), std::move(done),
        [](const QString &why) { qCWarning(lcActorService) << "skipped a row:" << why; });
}

ApiClient::CallId ActorService::get(const QString &id, const QObject *context, ResultCallback<domain::Actor> callback)
{
    Q_ASSERT(context);
    return ServiceCalls::send<domain::Actor>(m_client, ApiRequest::get(itemPath(id)), context, actorParser(m_kind),
                                             std::move(callback));
}

ApiClient::CallId ActorService::deploy(const QString &name, const QString &typeOrDefinitionId,
                                       const QJsonObject &config, const DeployOptions &options, const QObject *context,
                                       ResultCallback<domain::Actor> callback)
{
    Q_ASSERT(context);
    if (name.trimmed().isEmpty()) {
        ServiceCalls::failLater(context, std::move(callback),
                                ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("Name missing"),
                                                      tr("A new %1 needs a name.").arg(kindName())));
        return 0;
    }
    const QString typeKey = domain::Actor::typeKey(m_kind);
    QJsonObject configuration = config;
    QJsonObject body;
    if (isUuid(typeOrDefinitionId)) {
        body.insert(u"definitionId"_s, typeOrDefinitionId);
    } else if (m_kind == domain::ActorKind::Destination && typeOrDefinitionId == u"dev-null"_s) {
        body.insert(u"definitionId"_s, QString::fromLatin1(DevNullDefinitionId));
        configuration.remove(typeKey);
    } else if (!typeOrDefinitionId.isEmpty()) {
        configuration.insert(typeKey, typeOrDefinitionId);
    } else if (configuration.value(typeKey).toString().isEmpty()) {
        ServiceCalls::failLater(context, std::move(callback),
                                ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("Connector type missing"),
                                                      tr("Say which connector the %1 uses: a definition id, or "
                                                         "its type name (\"%2\").")
                                                          .arg(kindName(), typeKey)));
        return 0;
    }
    const QString finalName = options.randomSuffix ? QString(name + u'-' + randomSuffix()) : name;
    body.insert(u"name"_s, finalName);
    body.insert(u"workspaceId"_s, m_workspaceId);
    body.insert(u"configuration"_s, configuration);

    if (!options.unique)
        return create(body, context, std::move(callback));

    // PyAirbyte's unique=True: look for the name first, and send no create when it is taken.
    QPointer<ActorService> self(this);
    const QString kind = kindName();
    auto found = std::make_shared<int>(0);
    list(
        finalName, context, [found](const QList<domain::Actor> &rows) { *found += int(rows.size()); },
        [self, body, context, callback = std::move(callback), finalName, kind, found](int, const ApiError &error) {
            if (!self)
                return;
            if (error.isError()) {
                callback({}, error);
                return;
            }
            if (*found > 0) {
                qCInfo(lcActorService) << "refused a duplicate" << kind << "name";
                callback({}, ServiceCalls::refusal(ApiError::Kind::Conflict, tr("Name already used"),
                                                   tr("A %1 named \"%2\" already exists in this workspace. Choose "
                                                      "another name, or allow duplicates.")
                                                       .arg(kind, finalName)));
                return;
            }
            self->create(body, context, callback);
        });
    return 0;
}

ApiClient::CallId ActorService::create(const QJsonObject &body, const QObject *context,
                                       ResultCallback<domain::Actor> callback)
{
    qCDebug(lcActorService) << "create" << kindName() << "in" << m_workspaceId;
    // ApiRequest::post: a create is never repeated, so a lost answer cannot make two.
    return ServiceCalls::send<domain::Actor>(m_client, ApiRequest::post(collectionPath(), body), context, actorParser(m_kind),
                                             std::move(callback));
}

ApiClient::CallId ActorService::patch(const QString &id, const QJsonObject &body, const QObject *context,
                                      ResultCallback<domain::Actor> callback)
{
    Q_ASSERT(context);
    qCDebug(lcActorService) << "patch" << kindName() << id << body.keys(); // keys only, never values
    return ServiceCalls::send<domain::Actor>(m_client, ApiRequest::patch(itemPath(id), body), context, actorParser(m_kind),
                                             std::move(callback));
}

ApiClient::CallId ActorService::rename(const QString &id, const QString &name, const QObject *context,
                                       ResultCallback<domain::Actor> callback)
{
    return patch(id, QJsonObject{{u"name"_s, name}}, context, std::move(callback));
}

ApiClient::CallId ActorService::updateConfig(const QString &id, const QJsonObject &config, const QObject *context,
                                             ResultCallback<domain::Actor> callback)
{
    return patch(id, QJsonObject{{u"configuration"_s, config}}, context, std::move(callback));
}

ApiClient::CallId ActorService::check(const QString &id, const QObject *context, ResultCallback<CheckResult> callback)
{
    const bool source = m_kind == domain::ActorKind::Source;
    qCDebug(lcActorService) << "check" << kindName() << id;
    return sendCheck(source ? u"/sources/check_connection"_s : u"/destinations/check_connection"_s,
                     QJsonObject{{domain::Actor::idKey(m_kind), id}}, context, std::move(callback));
}

ApiClient::CallId ActorService::checkConfiguration(const QString &definitionId, const QJsonObject &config,
                                                   const QObject *context, ResultCallback<CheckResult> callback)
{
    const bool source = m_kind == domain::ActorKind::Source;
    qCDebug(lcActorService) << "check an unsaved" << kindName() << "of definition" << definitionId;
    return sendCheck(source ? u"/scheduler/sources/check_connection"_s : u"/scheduler/destinations/check_connection"_s,
                     QJsonObject{{source ? u"sourceDefinitionId"_s : u"destinationDefinitionId"_s, definitionId},
                                 {u"workspaceId"_s, m_workspaceId},
                                 {u"connectionConfiguration"_s, config}},
                     context, std::move(callback));
}

ApiClient::CallId ActorService::checkUpdate(const QString &id, const QString &name, const QJsonObject &config,
                                            const QObject *context, ResultCallback<CheckResult> callback)
{
    const bool source = m_kind == domain::ActorKind::Source;
    qCDebug(lcActorService) << "check a change to" << kindName() << id;
    return sendCheck(source ? u"/sources/check_connection_for_update"_s : u"/destinations/check_connection_for_update"_s,
                     QJsonObject{{domain::Actor::idKey(m_kind), id}, {u"name"_s, name},
                                 {u"connectionConfiguration"_s, config}},
                     context, std::move(callback));
}

ApiClient::CallId ActorService::sendCheck(const QString &path, const QJsonObject &body, const QObject *context,
                                          ResultCallback<CheckResult> callback)
{
    Q_ASSERT(context);
    // The check runs the connector and answers only when it is done, which can take minutes;
    // repeating it after a timeout would only start another one, so it is not retried.
    ApiRequest request = ApiRequest::config(path, body, false);
    request.timeoutMs = 5 * 60 * 1000;
    return ServiceCalls::send<CheckResult>(
        m_client, request, context,
        [](const QJsonValue &json, QString *why) { return CheckResult::fromJson(json.toObject(), why); },
        std::move(callback));
}

ApiClient::CallId ActorService::remove(const QString &id, bool safeMode, const QObject *context, DoneCallback callback)
{
    Q_ASSERT(context);
    if (!safeMode) {
        qCInfo(lcActorService) << "delete" << kindName() << id << "(safe mode off)";
        return ServiceCalls::sendDone(m_client, ApiRequest::remove(itemPath(id)), context, std::move(callback));
    }
    return get(id, context,
               ServiceCalls::afterRead<domain::Actor>(
                   this, std::move(callback),
                   [id, context](ActorService &self, const domain::Actor &actor, const DoneCallback &done) {
                       if (!domain::SafeMode::isDeletionAllowedName(actor.name)) {
                           qCInfo(lcActorService) << "safe mode kept" << self.kindName() << id;
                           done(ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("Safe mode"),
                                                      domain::SafeMode::refusalMessage(self.kindName(), actor.name)));
                           return;
                       }
                       qCInfo(lcActorService) << "delete" << self.kindName() << id;
                       ServiceCalls::sendDone(self.m_client, ApiRequest::remove(self.itemPath(id)), context, done);
                   }));
}

QUrl ActorService::url(const QString &id) const
{
    return m_kind == domain::ActorKind::Source ? m_client->roots().sourceUrl(m_workspaceId, id)
                                               : m_client->roots().destinationUrl(m_workspaceId, id);
}

} // namespace airdesk::api

#include "ConnectionService.h"

#include "api/services/ServiceCalls.h"
#include "core/cron/AirbyteCronRules.h"
#include "core/domain/Actor.h"
#include "core/domain/SafeMode.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnectionService, "airdesk.api.connectionservice")

namespace airdesk::api {

namespace {

std::optional<domain::Connection> parseConnection(const QJsonValue &json, QString *why)
{
    return domain::Connection::fromJson(json.toObject(), why);
}

/// PyAirbyte's build_stream_configurations: names only, so the server picks the default mode.
QJsonObject streamConfigurations(const QStringList &streams)
{
    QJsonArray list;
    for (const QString &name : streams)
        list.append(QJsonObject{{u"name"_s, name}});
    return QJsonObject{{u"streams"_s, list}};
}

QString connectionPath(const QString &id)
{
    return u"/connections/"_s + ServiceCalls::segment(id);
}

} // namespace

ConnectionService::ConnectionService(ApiClient *client, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
{
    Q_ASSERT(client);
}

void ConnectionService::list(const QString &nameFilter, const QObject *context, RowsCallback<domain::Connection> rows,
                             ListDoneCallback done)
{
    Q_ASSERT(context);
    QUrlQuery query;
    query.addQueryItem(u"workspaceIds"_s, m_workspaceId);
    std::function<bool(const domain::Connection &)> keep;
    if (!nameFilter.isEmpty())
        keep = [nameFilter](const domain::Connection &c) {
            return c.name == nameFilter;
        };
    ServiceCalls::fetchList<domain::Connection>(
        m_client, this, ApiRequest::get(u"/connections"_s, query), context,
        [](const QJsonObject &row, QString *why) { return domain::Connection::fromJson(row, why); }, std::move(keep),
        std::move(rows), std::move(done),
        [](const QString &why) { qCWarning(lcConnectionService) << "skipped a row:" << why; });
}

ApiError ConnectionService::workspaceMismatch(const domain::Connection &connection) const
{
    if (connection.workspaceId == m_workspaceId)
        return {};
    return ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("Wrong workspace"),
                                 tr("Connection '%1' belongs to workspace '%2', not '%3'.")
                                     .arg(connection.connectionId, connection.workspaceId, m_workspaceId));
}

ApiClient::CallId ConnectionService::get(const QString &id, const QObject *context,
                                         ResultCallback<domain::Connection> callback)
{
    Q_ASSERT(context);
    QPointer<const ConnectionService> self(this);
    return ServiceCalls::send<domain::Connection>(
        m_client, ApiRequest::get(connectionPath(id)), context, parseConnection,
        [self, callback = std::move(callback)](const domain::Connection &connection, const ApiError &error) {
            if (!self)
                return;
            const ApiError mismatch = error.isError() ? error : self->workspaceMismatch(connection);
            if (mismatch.isError()) {
                callback({}, mismatch);
                return;
            }
            callback(connection, {});
        });
}

ApiClient::CallId ConnectionService::deploy(const QString &name, const QString &sourceId, const QString &destinationId,
                                            const QStringList &streams, const QString &prefix, const QObject *context,
                                            ResultCallback<domain::Connection> callback)
{
    Q_ASSERT(context);
    if (streams.isEmpty()) {
        ServiceCalls::failLater(context, std::move(callback),
                                ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("No streams selected"),
                                                      tr("Select at least one stream for the new connection.")));
        return 0;
    }
    const QJsonObject body{{u"name"_s, name},
                           {u"sourceId"_s, sourceId},
                           {u"destinationId"_s, destinationId},
                           {u"configurations"_s, streamConfigurations(streams)},
                           {u"prefix"_s, prefix}};
    qCDebug(lcConnectionService) << "create connection" << sourceId << "->" << destinationId << streams.size()
                                 << "streams";
    return ServiceCalls::send<domain::Connection>(m_client, ApiRequest::post(u"/connections"_s, body), context,
                                                  parseConnection, std::move(callback));
}

ApiClient::CallId ConnectionService::create(const ConnectionCreateRequest &request, const QObject *context,
                                            ResultCallback<domain::Connection> callback)
{
    Q_ASSERT(context);
    if (request.streams.isEmpty()) {
        ServiceCalls::failLater(context, std::move(callback),
                                ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("No streams selected"),
                                                      tr("Select at least one stream for the new connection.")));
        return 0;
    }
    qCDebug(lcConnectionService) << "create connection" << request.sourceId << "->" << request.destinationId
                                 << request.streams.size() << "streams";
    return ServiceCalls::send<domain::Connection>(m_client, ApiRequest::post(u"/connections"_s, request.toJson()),
                                                  context, parseConnection, std::move(callback));
}

ApiClient::CallId ConnectionService::patch(const QString &id, const QJsonObject &body, const QObject *context,
                                           ResultCallback<domain::Connection> callback)
{
    Q_ASSERT(context);
    qCDebug(lcConnectionService) << "patch connection" << id << body.keys();
    return ServiceCalls::send<domain::Connection>(m_client, ApiRequest::patch(connectionPath(id), body), context,
                                                  parseConnection, std::move(callback));
}

ApiClient::CallId ConnectionService::rename(const QString &id, const QString &name, const QObject *context,
                                            ResultCallback<domain::Connection> callback)
{
    return patch(id, QJsonObject{{u"name"_s, name}}, context, std::move(callback));
}

ApiClient::CallId ConnectionService::setPrefix(const QString &id, const QString &prefix, const QObject *context,
                                               ResultCallback<domain::Connection> callback)
{
    return patch(id, QJsonObject{{u"prefix"_s, prefix}}, context, std::move(callback));
}

ApiClient::CallId ConnectionService::setSelectedStreams(const QString &id, const QStringList &streams,
                                                        const QObject *context,
                                                        ResultCallback<domain::Connection> callback)
{
    if (streams.isEmpty()) {
        // An empty list would mean "every stream" to the server: the opposite of what it looks like.
        ServiceCalls::failLater(context, std::move(callback),
                                ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("No streams selected"),
                                                      tr("A connection needs at least one selected stream.")));
        return 0;
    }
    return patch(id, QJsonObject{{u"configurations"_s, streamConfigurations(streams)}}, context, std::move(callback));
}

ApiClient::CallId ConnectionService::setEnabled(const QString &id, bool enabled, const QObject *context,
                                                ResultCallback<domain::Connection> callback)
{
    // Always read first: another user or a schema change may have toggled it meanwhile.
    return get(id, context,
               ServiceCalls::afterRead<domain::Connection>(
                   this, std::move(callback),
                   [id, enabled, context](ConnectionService &self, const domain::Connection &connection,
                                          const ResultCallback<domain::Connection> &done) {
                       if (connection.isEnabled() == enabled) {
                           done(connection, {});
                           return;
                       }
                       const QString status = domain::Connection::toString(
                           enabled ? domain::Connection::Status::Active : domain::Connection::Status::Inactive);
                       self.patch(id, QJsonObject{{u"status"_s, status}}, context, done);
                   }));
}

ApiClient::CallId ConnectionService::setCronSchedule(const QString &id, const QString &expression,
                                                     const QObject *context,
                                                     ResultCallback<domain::Connection> callback)
{
    // 0: no plan floor here; only the server knows the workspace's plan.
    const cron::CronCheck check = cron::AirbyteCronRules::checkForPublicApi(expression, 0, m_clock());
    if (!check.ok) {
        QString detail = check.detail;
        if (!check.validationErrorMessage.isEmpty() && !detail.contains(check.validationErrorMessage))
            detail += u" — "_s + check.validationErrorMessage;
        const QString quartz = cron::AirbyteCronRules::quartzEquivalentOfUnix(expression);
        if (!quartz.isEmpty())
            detail +=
                u' ' +
                tr("This looks like a 5-field Unix cron; Airbyte uses Quartz (seconds first). Try \"%1\".").arg(quartz);
        ApiError error =
            ServiceCalls::refusal(ApiError::Kind::InvalidRequest,
                                  check.title.isEmpty() ? tr("Invalid cron expression") : check.title, detail);
        error.problemType = check.problemType;
        ServiceCalls::failLater(context, std::move(callback), error);
        return 0;
    }
    return patch(id, QJsonObject{{u"schedule"_s, domain::ConnectionSchedule::cron(expression).toRequestJson()}},
                 context, std::move(callback));
}

ApiClient::CallId ConnectionService::setManualSchedule(const QString &id, const QObject *context,
                                                       ResultCallback<domain::Connection> callback)
{
    return patch(id, QJsonObject{{u"schedule"_s, domain::ConnectionSchedule::manual().toRequestJson()}}, context,
                 std::move(callback));
}

ApiClient::CallId ConnectionService::remove(const QString &id, bool cascadeSource, bool cascadeDestination,
                                            bool safeMode, const QObject *context, DoneCallback callback)
{
    Q_ASSERT(context);
    if (!safeMode && !cascadeSource && !cascadeDestination) {
        qCInfo(lcConnectionService) << "delete connection" << id << "(safe mode off)";
        return ServiceCalls::sendDone(m_client, ApiRequest::remove(connectionPath(id)), context, std::move(callback));
    }

    struct Plan
    {
        QString sourceId;
        QString destinationId;
        ApiClient::CallId firstCall = 0;
    };
    auto plan = std::make_shared<Plan>();
    QPointer<ConnectionService> self(this);
    ApiClient *client = m_client;
    const auto refuse = [](const QString &kind, const QString &name) {
        return ServiceCalls::refusal(ApiError::Kind::InvalidRequest, tr("Safe mode"),
                                     domain::SafeMode::refusalMessage(kind, name));
    };

    QList<ServiceCalls::Step> steps;
    // Read the connection: its name for safe mode, its source and destination for the cascade.
    steps.append([self, id, safeMode, context, plan, refuse](DoneCallback next) {
        if (!self)
            return;
        plan->firstCall =
            self->get(id, context, [plan, safeMode, next, refuse](const domain::Connection &c, const ApiError &error) {
                if (error.isError())
                    return next(error);
                if (safeMode && !domain::SafeMode::isDeletionAllowedName(c.name))
                    return next(refuse(tr("connection"), c.name));
                plan->sourceId = c.sourceId;
                plan->destinationId = c.destinationId;
                next({});
            });
    });
    // Check the names of what the cascade would delete before deleting anything.
    const auto checkActor = [client, context, plan, refuse](domain::ActorKind kind) -> ServiceCalls::Step {
        return [client, context, plan, refuse, kind](DoneCallback next) {
            const bool source = kind == domain::ActorKind::Source;
            const QString path = (source ? u"/sources/"_s : u"/destinations/"_s) +
                                 ServiceCalls::segment(source ? plan->sourceId : plan->destinationId);
            ServiceCalls::send<domain::Actor>(
                client, ApiRequest::get(path), context,
                [kind](const QJsonValue &json, QString *why) {
                    return domain::Actor::fromJson(json.toObject(), kind, why);
                },
                ResultCallback<domain::Actor>([next, refuse, source](const domain::Actor &a, const ApiError &error) {
                    if (error.isError())
                        return next(error);
                    if (!domain::SafeMode::isDeletionAllowedName(a.name))
                        return next(refuse(source ? tr("source") : tr("destination"), a.name));
                    next({});
                }));
        };
    };
    const auto deleteStep = [client, context](std::function<QString()> path) -> ServiceCalls::Step {
        return [client, context, path](DoneCallback next) {
            qCInfo(lcConnectionService) << "delete" << path();
            ServiceCalls::sendDone(client, ApiRequest::remove(path()), context, next);
        };
    };
    if (safeMode && cascadeSource)
        steps.append(checkActor(domain::ActorKind::Source));
    if (safeMode && cascadeDestination)
        steps.append(checkActor(domain::ActorKind::Destination));
    steps.append(deleteStep([id]() -> QString { return connectionPath(id); }));
    if (cascadeSource)
        steps.append(
            deleteStep([plan]() -> QString { return u"/sources/"_s + ServiceCalls::segment(plan->sourceId); }));
    if (cascadeDestination)
        steps.append(deleteStep(
            [plan]() -> QString { return u"/destinations/"_s + ServiceCalls::segment(plan->destinationId); }));

    ServiceCalls::runSteps(std::move(steps), [self, callback = std::move(callback)](const ApiError &error) {
        if (self)
            callback(error);
    });
    return plan->firstCall; // the first step starts synchronously, so its id is known here
}

ApiClient::CallId ConnectionService::streams(const QString &sourceId, const QString &destinationId,
                                             const QObject *context, ResultCallback<QList<StreamInfo>> callback)
{
    Q_ASSERT(context);
    QUrlQuery query;
    query.addQueryItem(u"sourceId"_s, sourceId);
    if (!destinationId.isEmpty())
        query.addQueryItem(u"destinationId"_s, destinationId);
    ApiRequest request = ApiRequest::get(u"/streams"_s, query);
    request.timeoutMs = 3 * 60 * 1000; // may run a discover of the source
    return ServiceCalls::send<QList<StreamInfo>>(
        m_client, request, context,
        [](const QJsonValue &json, QString *why) -> std::optional<QList<StreamInfo>> {
            if (!json.isArray()) {
                *why = tr("The stream list is not an array.");
                return std::nullopt;
            }
            QList<StreamInfo> streams;
            for (const QJsonValue &row : json.toArray()) {
                QString rowError;
                if (auto info = StreamInfo::fromJson(row.toObject(), &rowError))
                    streams.append(*info);
                else
                    qCWarning(lcConnectionService) << "skipped a stream:" << rowError;
            }
            return streams;
        },
        std::move(callback));
}

QUrl ConnectionService::connectionUrl(const QString &id) const
{
    return m_client->roots().connectionUrl(m_workspaceId, id);
}

QUrl ConnectionService::jobHistoryUrl(const QString &id) const
{
    return m_client->roots().jobHistoryUrl(m_workspaceId, id);
}

} // namespace airdesk::api

#include "ArtifactService.h"

#include "api/services/ServiceCalls.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace airdesk::api {

namespace {

Q_LOGGING_CATEGORY(lcArtifacts, "airdesk.api.artifacts")

auto stateParser()
{
    return ServiceCalls::objectParser<domain::ConnectionState>(
        [](const QJsonObject &object, QString *why) { return domain::ConnectionState::fromJson(object, why); },
        ArtifactService::tr("Not a connection state: %1"));
}

/// The "syncCatalog" object of a web_backend connection answer; `missing` says what lacks it.
auto syncCatalogParser(const QString &missing)
{
    return [missing](const QJsonValue &json, QString *why) -> std::optional<QJsonObject> {
        const QJsonValue catalog = json.toObject().value(u"syncCatalog"_s);
        if (!catalog.isObject()) {
            *why = missing;
            return std::nullopt;
        }
        return catalog.toObject();
    };
}

/// The Config API answers 423 (SyncIsRunningException) when a sync holds the state; say so
/// plainly and keep the server's words as the detail.
ApiError explainLocked(ApiError error)
{
    if (error.httpStatus == 423) {
        error.kind = ApiError::Kind::Conflict;
        error.title = ArtifactService::tr("The state cannot be replaced while a sync is running");
    }
    return error;
}

} // namespace

ArtifactService::ArtifactService(ApiClient *client, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_workspaceId(workspaceId)
{
}

void ArtifactService::state(const QString &connectionId, const QObject *context,
                            ResultCallback<domain::ConnectionState> callback)
{
    ServiceCalls::send<domain::ConnectionState>(
        m_client, ApiRequest::config(u"/state/get"_s, QJsonObject{{u"connectionId"_s, connectionId}}), context,
        stateParser(), std::move(callback));
}

void ArtifactService::replaceState(const QString &connectionId, const domain::ConnectionState &state,
                                   const QObject *context, ResultCallback<domain::ConnectionState> callback)
{
    // The state names its connection too; it must be the one written to, whatever the file said.
    QJsonObject connectionState = state.toJson();
    connectionState.insert(u"connectionId"_s, connectionId);
    const QJsonObject body{{u"connectionId"_s, connectionId}, {u"connectionState"_s, connectionState}};
    qCInfo(lcArtifacts) << "replacing the state of connection" << connectionId << "type" << state.stateTypeText
                        << "with" << state.streams.size() << "stream(s)";
    ServiceCalls::send<domain::ConnectionState>(
        m_client, ApiRequest::config(u"/state/create_or_update_safe"_s, body, /*retrySafe=*/false), context,
        stateParser(),
        ResultCallback<domain::ConnectionState>(
            [callback = std::move(callback), connectionId](const domain::ConnectionState &stored,
                                                           const ApiError &error) {
                if (error.isError()) {
                    qCInfo(lcArtifacts) << "state of" << connectionId << "not replaced:" << error.httpStatus;
                    callback({}, explainLocked(error));
                    return;
                }
                callback(stored, {});
            }));
}

void ArtifactService::streamState(const QString &connectionId, const QString &streamName,
                                  const QString &streamNamespace, const QObject *context,
                                  ResultCallback<std::optional<domain::ConnectionState::StreamState>> callback)
{
    state(connectionId, context,
          [streamName, streamNamespace, callback = std::move(callback)](const domain::ConnectionState &s,
                                                                          const ApiError &error) {
              if (error.isError()) {
                  callback(std::nullopt, error);
                  return;
              }
              callback(s.stream(streamName, streamNamespace), {});
          });
}

void ArtifactService::catalog(const QString &connectionId, const QObject *context,
                              ResultCallback<QJsonObject> callback)
{
    // withRefreshedCatalog:false: read what is configured; a refresh runs a discover job.
    const QJsonObject body{{u"connectionId"_s, connectionId}, {u"withRefreshedCatalog"_s, false}};
    ServiceCalls::send<QJsonObject>(
        m_client, ApiRequest::config(u"/web_backend/connections/get"_s, body), context,
        syncCatalogParser(ArtifactService::tr("The connection has no \"syncCatalog\" object.")), std::move(callback));
}

void ArtifactService::replaceCatalog(const QString &connectionId, const QJsonObject &syncCatalog,
                                     const QObject *context, ResultCallback<QJsonObject> callback)
{
    // skipReset:true as PyAirbyte's import_raw_catalog: a catalog edit must not wipe data.
    // Sending the same whole catalog twice gives the same result, so a retry is harmless.
    const QJsonObject body{{u"connectionId"_s, connectionId}, {u"syncCatalog"_s, syncCatalog}, {u"skipReset"_s, true}};
    qCInfo(lcArtifacts) << "replacing the catalog of connection" << connectionId << "with"
                        << syncCatalog.value(u"streams"_s).toArray().size() << "stream(s)";
    ServiceCalls::send<QJsonObject>(
        m_client, ApiRequest::config(u"/web_backend/connections/update"_s, body), context,
        syncCatalogParser(ArtifactService::tr("The updated connection has no \"syncCatalog\" object.")),
        std::move(callback));
}

} // namespace airdesk::api

#pragma once

#include "api/ApiClient.h"
#include "api/services/ServiceTypes.h"

#include "core/domain/ConnectionState.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

namespace airdesk::api {

/// A connection's sync artifacts, read and written whole through the Config API: its state
/// (per-stream cursors; /state/get, /state/create_or_update_safe) and its configured catalog
/// (/web_backend/connections/get and /update). PyAirbyte's dump_raw_state / import_raw_state /
/// get_stream_state and dump_raw_catalog / import_raw_catalog. Values are passed on as the
/// server sends them: an export must import unchanged.
class ArtifactService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactService)

public:
    ArtifactService(ApiClient *client, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }

    void state(const QString &connectionId, const QObject *context,
               ResultCallback<domain::ConnectionState> callback);
    /// Replaces the whole state. Refused (Kind::Conflict, HTTP 423) while a sync runs; never
    /// repeated automatically, since a late retry could overwrite what that sync then wrote.
    void replaceState(const QString &connectionId, const domain::ConnectionState &state, const QObject *context,
                      ResultCallback<domain::ConnectionState> callback);
    /// One stream's state; nullopt (no error) when the state is not set or has no such stream.
    void streamState(const QString &connectionId, const QString &streamName, const QString &streamNamespace,
                     const QObject *context,
                     ResultCallback<std::optional<domain::ConnectionState::StreamState>> callback);

    /// The configured catalog (`syncCatalog`: streams with their schema and sync settings),
    /// without asking the source to discover it again.
    void catalog(const QString &connectionId, const QObject *context, ResultCallback<QJsonObject> callback);
    /// Replaces the whole configured catalog without a reset; gives back the catalog as stored.
    void replaceCatalog(const QString &connectionId, const QJsonObject &syncCatalog, const QObject *context,
                        ResultCallback<QJsonObject> callback);

private:
    ApiClient *m_client;
    QString m_workspaceId;
};

} // namespace airdesk::api

#pragma once

#include "api/ApiClient.h"
#include "api/services/ConnectionCreateRequest.h"
#include "api/services/ServiceTypes.h"
#include "api/services/StreamInfo.h"
#include "core/domain/Connection.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace airdesk::api {

/// The connections of one workspace: what PyAirbyte's CloudWorkspace does with them and what
/// CloudConnection does to one of them (except syncs and logs, which are JobService's), plus
/// the stream list a picker needs. Every method answers once on `context`; nothing blocks.
class ConnectionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionService)

public:
    ConnectionService(ApiClient *client, const QString &workspaceId, QObject *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }
    /// The clock cron schedules are checked against (tests pin it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// All connections of the workspace, paged; with a non-empty `nameFilter` only those whose
    /// name is exactly that.
    void list(const QString &nameFilter, const QObject *context, RowsCallback<domain::Connection> rows,
              ListDoneCallback done);

    /// GET /connections/{id}; a connection of another workspace is refused with an
    /// InvalidRequest error, as PyAirbyte's CloudConnection does.
    ApiClient::CallId get(const QString &id, const QObject *context, ResultCallback<domain::Connection> callback);

    /// Creates a connection syncing `streams` (at least one; by name, in the server's default
    /// mode) with table prefix `prefix`. Sent once: a create is never retried.
    ApiClient::CallId deploy(const QString &name, const QString &sourceId, const QString &destinationId,
                             const QStringList &streams, const QString &prefix, const QObject *context,
                             ResultCallback<domain::Connection> callback);

    /// Creates a connection from a full request (per-stream sync modes, namespace, schema
    /// change policy, schedule). At least one stream; sent once, never retried.
    ApiClient::CallId create(const ConnectionCreateRequest &request, const QObject *context,
                             ResultCallback<domain::Connection> callback);

    ApiClient::CallId rename(const QString &id, const QString &name, const QObject *context,
                             ResultCallback<domain::Connection> callback);
    ApiClient::CallId setPrefix(const QString &id, const QString &prefix, const QObject *context,
                                ResultCallback<domain::Connection> callback);

    /// Replaces the selection: streams left out are de-selected and every stream goes back to
    /// the default sync mode. At least one stream is required.
    ApiClient::CallId setSelectedStreams(const QString &id, const QStringList &streams, const QObject *context,
                                         ResultCallback<domain::Connection> callback);

    /// Reads the connection first; when it already is in that state it is returned without a
    /// PATCH (PyAirbyte's ignore_noop). The id returned is that of the read.
    ApiClient::CallId setEnabled(const QString &id, bool enabled, const QObject *context,
                                 ResultCallback<domain::Connection> callback);

    /// Checks `expression` against Airbyte's cron rules before sending; an invalid one ends in
    /// InvalidRequest without a request (id 0), with the Quartz form of a 5-field Unix cron
    /// suggested. The server still applies its plan's minimum interval.
    ApiClient::CallId setCronSchedule(const QString &id, const QString &expression, const QObject *context,
                                      ResultCallback<domain::Connection> callback);
    ApiClient::CallId setManualSchedule(const QString &id, const QObject *context,
                                        ResultCallback<domain::Connection> callback);

    /// Permanently deletes the connection, then with the cascade flags its source and/or
    /// destination. With `safeMode` every name involved must contain "delete-me" or "deleteme";
    /// all of them are checked before anything is deleted, so a refusal deletes nothing.
    /// The id returned is that of the first request.
    ApiClient::CallId remove(const QString &id, bool cascadeSource, bool cascadeDestination, bool safeMode,
                             const QObject *context, DoneCallback callback);

    /// The streams `sourceId` offers (GET /streams; the server may run a discover), with the
    /// sync modes `destinationId` supports when given.
    ApiClient::CallId streams(const QString &sourceId, const QString &destinationId, const QObject *context,
                              ResultCallback<QList<StreamInfo>> callback);

    QUrl connectionUrl(const QString &id) const;
    QUrl jobHistoryUrl(const QString &id) const;

private:
    ApiClient::CallId patch(const QString &id, const QJsonObject &body, const QObject *context,
                            ResultCallback<domain::Connection> callback);
    ApiError workspaceMismatch(const domain::Connection &connection) const;

    ApiClient *m_client;
    QString m_workspaceId;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
};

} // namespace airdesk::api

#pragma once

#include "api/ApiClient.h"
#include "api/services/CheckResult.h"
#include "api/services/ServiceTypes.h"
#include "core/domain/Actor.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace airdesk::api {

/// How deploy() names a new source or destination (PyAirbyte's deploy_source arguments).
struct DeployOptions
{
    bool unique = true;        // refuse when one with the same name exists (no create is sent)
    bool randomSuffix = false; // append "-xxxxxx" (6 random [a-z0-9]) to the name first
};

/// Deployed sources or destinations of one workspace (one instance per kind): what PyAirbyte's
/// CloudWorkspace does with them and what CloudSource / CloudDestination do to one of them.
/// Every method answers once on `context`; nothing blocks.
class ActorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorService)

public:
    ActorService(ApiClient *client, const QString &workspaceId, domain::ActorKind kind, QObject *parent = nullptr);

    domain::ActorKind kind() const { return m_kind; }
    QString workspaceId() const { return m_workspaceId; }

    /// All of the workspace's sources (or destinations), paged; with a non-empty `nameFilter`
    /// only those whose name is exactly that (PyAirbyte's list_sources(name=...)).
    void list(const QString &nameFilter, const QObject *context, RowsCallback<domain::Actor> rows,
              ListDoneCallback done);

    ApiClient::CallId get(const QString &id, const QObject *context, ResultCallback<domain::Actor> callback);

    /// Creates one. `typeOrDefinitionId` is either a definition UUID (sent as definitionId) or
    /// the server's short type name ("faker", sent as configuration.sourceType); when empty,
    /// `config` must carry the type key itself. With options.unique the workspace is listed
    /// first and an existing name ends in a Conflict error without any create; that list is
    /// not a single request, so the returned id is then 0 (destroy `context` to abandon).
    ApiClient::CallId deploy(const QString &name, const QString &typeOrDefinitionId, const QJsonObject &config,
                             const DeployOptions &options, const QObject *context,
                             ResultCallback<domain::Actor> callback);

    /// PATCH {name}.
    ApiClient::CallId rename(const QString &id, const QString &name, const QObject *context,
                             ResultCallback<domain::Actor> callback);

    /// PATCH {configuration}: the server deep-merges it into the stored one, so a partial
    /// config changes only what it names, and masked secrets ("**********") sent back as read
    /// keep their stored values.
    ApiClient::CallId updateConfig(const QString &id, const QJsonObject &config, const QObject *context,
                                   ResultCallback<domain::Actor> callback);

    /// Runs the connector's check (Config API). A failed check is a CheckResult, not an error.
    ApiClient::CallId check(const QString &id, const QObject *context, ResultCallback<CheckResult> callback);

    /// Checks a configuration that is not saved anywhere (Config API
    /// /scheduler/sources/check_connection, or the destination twin): what "Test connection"
    /// runs before the first save. Nothing is created. Destroy `context` (or cancel the call)
    /// to abandon it; the request is then aborted.
    ApiClient::CallId checkConfiguration(const QString &definitionId, const QJsonObject &config, const QObject *context,
                                         ResultCallback<CheckResult> callback);

    /// Checks a proposed change to a deployed one without saving it
    /// (/sources/check_connection_for_update): masked secrets ("**********") sent back untouched
    /// are checked with their stored values, as the server does when saving.
    ApiClient::CallId checkUpdate(const QString &id, const QString &name, const QJsonObject &config,
                                  const QObject *context, ResultCallback<CheckResult> callback);

    /// Permanently deletes one. With `safeMode` it is read first and only deleted when its name
    /// contains "delete-me" or "deleteme"; otherwise the answer is an InvalidRequest error and
    /// no DELETE is sent. The id returned is that of the first request.
    ApiClient::CallId remove(const QString &id, bool safeMode, const QObject *context, DoneCallback callback);

    /// {web}/workspaces/{ws}/source/{id} (or destination).
    QUrl url(const QString &id) const;

private:
    QString collectionPath() const;
    QString itemPath(const QString &id) const;
    QString kindName() const;
    ApiClient::CallId create(const QJsonObject &body, const QObject *context, ResultCallback<domain::Actor> callback);
    ApiClient::CallId sendCheck(const QString &path, const QJsonObject &body, const QObject *context,
                                ResultCallback<CheckResult> callback);
    ApiClient::CallId patch(const QString &id, const QJsonObject &body, const QObject *context,
                            ResultCallback<domain::Actor> callback);

    ApiClient *m_client;
    QString m_workspaceId;
    domain::ActorKind m_kind;
};

} // namespace airdesk::api

#pragma once

#include "api/ApiRoots.h"
#include "api/ApiTls.h"
#include "api/Credentials.h"
#include "core/domain/Workspace.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace airdesk::api {
class ApiClient;
class WorkspaceService;
} // namespace airdesk::api

namespace airdesk::gui {

/// The profile dialog's only way to the network: a short-lived client for the roots and
/// credentials being edited, running the connect check (plus the organization, when the
/// server tells) or listing the workspaces the credentials can see. A new request replaces
/// the one in flight; its late answers are dropped.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void testConnection(const api::ApiRoots &roots, const api::Credentials &credentials, const QString &workspaceId);
    void listWorkspaces(const api::ApiRoots &roots, const api::Credentials &credentials);
    void cancel();
    /// The trust the next requests use (a profile's CA bundle); the system's by default.
    void setTls(const api::ApiTls &tls) { m_tls = tls; }
    bool isBusy() const { return m_run != nullptr; }

Q_SIGNALS:
    /// organizationName is empty when the server does not say (or refuses to).
    void connected(const airdesk::domain::Workspace &workspace, const QString &organizationName);
    void workspacesListed(const QList<airdesk::domain::Workspace> &workspaces);
    /// The ApiError's readable message.
    void failed(const QString &message);

private:
    /// A fresh client and service, parented to a run object that dies with the request.
    api::WorkspaceService *startRun(const api::ApiRoots &roots, const api::Credentials &credentials,
                                    const QString &workspaceId);
    void finishRun();

    QPointer<QObject> m_run;
    api::ApiTls m_tls;
};

} // namespace airdesk::gui

#include "ConnectionTester.h"

#include "api/ApiClient.h"
#include "api/services/WorkspaceService.h"

#include <memory>

namespace airdesk::gui {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

api::WorkspaceService *ConnectionTester::startRun(const api::ApiRoots &roots, const api::Credentials &credentials,
                                                  const QString &workspaceId)
{
    cancel();
    // The run object is the callbacks' context: deleting it drops every late answer.
    m_run = new QObject(this);
    auto *client = new api::ApiClient(roots, credentials, m_run);
    client->setTls(m_tls);
    return new api::WorkspaceService(client, workspaceId, m_run);
}

void ConnectionTester::finishRun()
{
    if (m_run)
        m_run->deleteLater(); // we may be inside one of its callbacks
    m_run = nullptr;
}

void ConnectionTester::cancel()
{
    if (m_run) {
        QObject *run = m_run;
        m_run = nullptr;
        run->deleteLater();
    }
}

void ConnectionTester::testConnection(const api::ApiRoots &roots, const api::Credentials &credentials,
                                      const QString &workspaceId)
{
    auto *service = startRun(roots, credentials, workspaceId);
    QObject *run = m_run;
    service->connect(run, [this, service, run](const domain::Workspace &workspace, const api::ApiError &error) {
        if (error.isError()) {
            finishRun();
            Q_EMIT failed(error.message());
            return;
        }
        // The organization is a nicety: a server without the Config API still connects.
        service->organizationInfo(run, [this, workspace](const domain::OrganizationInfo &info,
                                                         const api::ApiError &orgError) {
            finishRun();
            Q_EMIT connected(workspace, orgError.isError() ? QString() : info.organizationName);
        });
    });
}

void ConnectionTester::listWorkspaces(const api::ApiRoots &roots, const api::Credentials &credentials)
{
    auto *service = startRun(roots, credentials, {});
    auto rows = std::make_shared<QList<domain::Workspace>>();
    service->listWorkspaces(
        m_run, [rows](const QList<domain::Workspace> &page) { *rows += page; },
        [this, rows](int, const api::ApiError &error) {
            finishRun();
            if (error.isError())
                Q_EMIT failed(error.message());
            else
                Q_EMIT workspacesListed(*rows);
        });
}

} // namespace airdesk::gui

#include "SessionManager.h"

#include "api/ApiRoots.h"
#include "api/ApiTls.h"
#include "api/Credentials.h"
#include "api/WorkspaceSession.h"
#include "gui/profiles/SecretStore.h"
#include "sandbox/SandboxServer.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
Q_LOGGING_CATEGORY(lcSessions, "airdesk.gui.sessions")
} // namespace

SessionManager::SessionManager(SecretStore *secrets, const sandbox::SandboxOptions &sandboxOptions, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_sandboxOptions(sandboxOptions)
{
    // The session is announced by pointer; queued connections and QSignalSpy need its type.
    qRegisterMetaType<api::WorkspaceSession *>();
}

SessionManager::~SessionManager()
{
    // Sessions talk to the sandbox: they go first.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

api::WorkspaceSession *SessionManager::session(const QString &profileId) const
{
    return m_sessions.value(profileId);
}

void SessionManager::forget(const QString &profileId)
{
    m_pending.remove(profileId);
    if (api::WorkspaceSession *old = m_sessions.take(profileId))
        old->deleteLater();
}

void SessionManager::open(const Profile &profile)
{
    if (api::WorkspaceSession *existing = m_sessions.value(profile.id)) {
        Q_EMIT sessionReady(profile.id, existing);
        return;
    }
    if (profile.kind == Profile::Kind::Sandbox) {
        openSandbox(profile);
        return;
    }
    if (m_pending.contains(profile.id))
        return; // the read in flight answers for this call too
    const quint64 ticket = ++m_nextTicket;
    m_pending.insert(profile.id, ticket);
    m_secrets->readSecret(profile.id, this, [this, profile, ticket](const QString &secret, const QString &error) {
        if (m_pending.value(profile.id) != ticket)
            return; // forgotten meanwhile
        m_pending.remove(profile.id);
        if (!error.isEmpty()) {
            Q_EMIT sessionFailed(profile.id, error);
            return;
        }
        finishOpen(profile, secret);
    });
}

void SessionManager::openSandbox(const Profile &profile)
{
    if (!m_sandbox) {
        auto server = std::make_unique<sandbox::SandboxServer>(m_sandboxOptions);
        QString error;
        if (!server->start(&error)) {
            qCWarning(lcSessions, "Embedded sandbox did not start: %s", qPrintable(error));
            const QString message = tr("The sandbox did not start: %1").arg(error);
            // Asynchronous like every other answer, so callers connect after open() safely.
            QTimer::singleShot(0, this, [this, id = profile.id, message] { Q_EMIT sessionFailed(id, message); });
            return;
        }
        m_sandbox = std::move(server);
    }
    const auto roots = api::ApiRoots::make(m_sandbox->publicApiRoot().toString());
    const auto &options = m_sandbox->options();
    const QString workspaceId = profile.workspaceId.isEmpty() ? m_sandbox->defaultWorkspaceId() : profile.workspaceId;
    adopt(profile.id,
          new api::WorkspaceSession(*roots, api::Credentials::clientCredentials(options.clientId, options.clientSecret),
                                    workspaceId, this));
}

void SessionManager::finishOpen(const Profile &profile, const QString &secret)
{
    QString error;
    const QString publicRoot =
        profile.publicRoot.isEmpty() ? QString::fromLatin1(api::ApiRoots::CloudPublicRoot) : profile.publicRoot;
    const auto roots = api::ApiRoots::make(publicRoot, profile.configRoot, profile.webRoot, &error);
    if (!roots) {
        Q_EMIT sessionFailed(profile.id, tr("%1: %2").arg(profile.name, error));
        return;
    }
    if (secret.isEmpty()) {
        Q_EMIT sessionFailed(profile.id,
                             tr("%1: no secret is stored for this profile; edit it to enter one.").arg(profile.name));
        return;
    }
    api::ApiTls tls;
    if (!profile.caBundlePath.isEmpty()) {
        const auto bundle = api::ApiTls::fromCaBundleFile(profile.caBundlePath, &error);
        if (!bundle) {
            Q_EMIT sessionFailed(profile.id, tr("%1: CA certificates: %2").arg(profile.name, error));
            return;
        }
        tls = *bundle;
    }
    const auto credentials = profile.authMethod == Profile::AuthMethod::BearerToken
                                 ? api::Credentials::bearer(secret)
                                 : api::Credentials::clientCredentials(profile.clientId, secret);
    auto *session = new api::WorkspaceSession(*roots, credentials, profile.workspaceId, this);
    session->client().setTls(tls);
    adopt(profile.id, session);
}

void SessionManager::adopt(const QString &profileId, api::WorkspaceSession *session)
{
    m_sessions.insert(profileId, session);
    Q_EMIT sessionReady(profileId, session);
}

} // namespace airdesk::gui

#pragma once

#include "gui/profiles/Profile.h"
#include "sandbox/SandboxOptions.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace airdesk::api {
class WorkspaceSession;
}

namespace airdesk::sandbox {
class SandboxServer;
}

namespace airdesk::gui {

class SecretStore;

/// One WorkspaceSession per profile, made on first use and kept until forgotten, so switching
/// back to a profile is instant and each workspace keeps its own client, tokens and services.
/// Sandbox profiles share the embedded sandbox, started on first need (one per app). Secrets are
/// read through the SecretStore before a session is made; the answer always comes as a signal.
class SessionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionManager)

public:
    /// `secrets` must outlive the manager; `sandboxOptions` configure the embedded sandbox.
    explicit SessionManager(SecretStore *secrets, const sandbox::SandboxOptions &sandboxOptions = {},
                            QObject *parent = nullptr);
    ~SessionManager() override;

    /// Answers with sessionReady() (at once when the session exists) or sessionFailed().
    void open(const Profile &profile);
    /// The session of a profile when one was made; nullptr otherwise.
    api::WorkspaceSession *session(const QString &profileId) const;
    /// Drops a profile's session (its settings or secret changed); the next open() makes a new one.
    void forget(const QString &profileId);
    /// The embedded sandbox once started; nullptr before.
    sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

Q_SIGNALS:
    void sessionReady(const QString &profileId, airdesk::api::WorkspaceSession *session);
    void sessionFailed(const QString &profileId, const QString &message);

private:
    void openSandbox(const Profile &profile);
    void finishOpen(const Profile &profile, const QString &secret);
    void adopt(const QString &profileId, api::WorkspaceSession *session);

    SecretStore *m_secrets;
    sandbox::SandboxOptions m_sandboxOptions;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QHash<QString, api::WorkspaceSession *> m_sessions; // owned (children of this)
    QHash<QString, quint64> m_pending;                  // profile id -> ticket of the secret read in flight
    quint64 m_nextTicket = 0;
};

} // namespace airdesk::gui

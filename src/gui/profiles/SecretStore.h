#pragma once

#include "SecretBackend.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace airdesk::gui {

/// A profile's secret (client secret or bearer token), kept only in the system keychain under
/// "<profile id>/secret". When the system has no keychain (no secret service, as on CI) the
/// store falls back to memory for this run, says so through keychainAvailable() and
/// unavailableMessage(), and never writes the secret anywhere else.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    /// The secret on success (empty when none is stored), or a readable error; never both.
    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    /// Empty on success (also when kept in memory only), or a readable error.
    using DoneCallback = std::function<void(const QString &error)>;

    /// Uses the system keychain (QtKeychain).
    explicit SecretStore(QObject *parent = nullptr);
    /// Uses the given backend (tests force either path with it); nullptr = memory only.
    explicit SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    void readSecret(const QString &profileId, const QObject *context, ReadCallback callback);
    void writeSecret(const QString &profileId, const QString &secret, const QObject *context, DoneCallback callback);
    void removeSecret(const QString &profileId, const QObject *context, DoneCallback callback);

    /// True until the keychain has shown it is missing.
    bool keychainAvailable() const { return m_keychainAvailable; }
    /// The sentence the UI shows when keychainAvailable() is false.
    static QString unavailableMessage();

Q_SIGNALS:
    /// Emitted once, when the store switches to keeping secrets in memory.
    void keychainUnavailable(const QString &message);

private:
    static QString keyFor(const QString &profileId);
    void markUnavailable();

    std::unique_ptr<SecretBackend> m_backend;
    bool m_keychainAvailable = true;
    QHash<QString, QString> m_sessionSecrets; // profile id -> secret, only without a keychain
};

} // namespace airdesk::gui

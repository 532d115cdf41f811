#include "SecretStore.h"

#include "KeychainSecretBackend.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

using Status = SecretBackend::Status;

// Answers from memory come later, as keychain answers do, so callers see one behaviour.
void later(const QObject *context, std::function<void()> work)
{
    QTimer::singleShot(0, context, std::move(work));
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : SecretStore(std::make_unique<KeychainSecretBackend>(), parent)
{
}

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_keychainAvailable(m_backend != nullptr)
{
    if (m_backend)
        m_backend->setParent(nullptr); // owned by the unique_ptr, not by a parent
}

SecretStore::~SecretStore() = default;

QString SecretStore::unavailableMessage()
{
    return tr("Secrets are kept for this session only: no system keychain is available");
}

QString SecretStore::keyFor(const QString &profileId)
{
    return profileId + u"/secret"_s;
}

void SecretStore::markUnavailable()
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    Q_EMIT keychainUnavailable(unavailableMessage());
}

void SecretStore::readSecret(const QString &profileId, const QObject *context, ReadCallback callback)
{
    if (!m_keychainAvailable) {
        later(context, [secret = m_sessionSecrets.value(profileId), callback] { callback(secret, {}); });
        return;
    }
    QPointer<SecretStore> self(this);
    m_backend->read(keyFor(profileId), context,
                    [self, profileId, callback](Status status, const QString &secret, const QString &message) {
                        switch (status) {
                        case Status::Ok:
                            callback(secret, {});
                            return;
                        case Status::NotFound:
                            callback({}, {});
                            return;
                        case Status::Unavailable:
                            if (self) {
                                self->markUnavailable();
                                callback(self->m_sessionSecrets.value(profileId), {});
                            } else {
                                callback({}, {});
                            }
                            return;
                        case Status::Failed:
                            callback({}, tr("Could not read the secret from the system keychain: %1").arg(message));
                            return;
                        }
                    });
}

void SecretStore::writeSecret(const QString &profileId, const QString &secret, const QObject *context,
                              DoneCallback callback)
{
    if (!m_keychainAvailable) {
        m_sessionSecrets.insert(profileId, secret);
        later(context, [callback] { callback({}); });
        return;
    }
    QPointer<SecretStore> self(this);
    m_backend->write(keyFor(profileId), secret, context,
                     [self, profileId, secret, callback](Status status, const QString &, const QString &message) {
                         if (status == Status::Ok) {
                             callback({});
                         } else if (status == Status::Unavailable && self) {
                             self->markUnavailable();
                             self->m_sessionSecrets.insert(profileId, secret);
                             callback({});
                         } else {
                             callback(tr("Could not store the secret in the system keychain: %1").arg(message));
                         }
                     });
}

void SecretStore::removeSecret(const QString &profileId, const QObject *context, DoneCallback callback)
{
    m_sessionSecrets.remove(profileId);
    if (!m_keychainAvailable) {
        later(context, [callback] { callback({}); });
        return;
    }
    QPointer<SecretStore> self(this);
    m_backend->remove(keyFor(profileId), context,
                      [self, callback](Status status, const QString &, const QString &message) {
                          if (status == Status::Ok || status == Status::NotFound) {
                              callback({});
                          } else if (status == Status::Unavailable) {
                              if (self)
                                  self->markUnavailable();
                              callback({});
                          } else {
                              callback(tr("Could not remove the secret from the system keychain: %1").arg(message));
                          }
                      });
}

} // namespace airdesk::gui

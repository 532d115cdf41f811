#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace airdesk::gui {

/// Where secrets are kept: the system keychain in the app, a stand-in in tests so both the
/// keychain path and the "no keychain" path can be forced. Every call answers exactly once,
/// asynchronously or not, on the caller's context; an answer is dropped if the context dies.
class SecretBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretBackend)

public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain on this system (no secret service, no backend)
        Failed,      // the keychain is there but refused or broke; see the message
    };
    /// The secret (read only) and, unless Ok, a readable message that never contains it.
    using Callback = std::function<void(Status status, const QString &secret, const QString &message)>;

    using QObject::QObject;
    ~SecretBackend() override = default;

    virtual void read(const QString &key, const QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, const QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, const QObject *context, Callback callback) = 0;
};

} // namespace airdesk::gui

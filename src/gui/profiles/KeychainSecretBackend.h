#pragma once

#include "SecretBackend.h"

namespace QKeychain {
class Job;
}

namespace airdesk::gui {

/// SecretBackend over QtKeychain (service "Airdesk"). Without a secret service the jobs end
/// in NoBackendAvailable or OtherError, reported as Unavailable; a job that does not answer
/// within the timeout (a D-Bus call that hangs) is reported as Unavailable too, so nothing
/// waits forever. QtKeychain's plaintext fallback stays off: secrets never reach a file.
class KeychainSecretBackend final : public SecretBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretBackend)

public:
    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr auto ServiceName = "Airdesk";

    explicit KeychainSecretBackend(QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void read(const QString &key, const QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, const QObject *context, Callback callback) override;
    void remove(const QString &key, const QObject *context, Callback callback) override;

private:
    void run(QKeychain::Job *job, bool isRead, const QObject *context, Callback callback);

    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace airdesk::gui

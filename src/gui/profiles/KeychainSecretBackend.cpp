#include "KeychainSecretBackend.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "airdesk.gui.keychain")

namespace airdesk::gui {

KeychainSecretBackend::KeychainSecretBackend(QObject *parent)
    : SecretBackend(parent)
{
}

void KeychainSecretBackend::read(const QString &key, const QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(key);
    run(job, true, context, std::move(callback));
}

void KeychainSecretBackend::write(const QString &key, const QString &secret, const QObject *context,
                                  Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, false, context, std::move(callback));
}

void KeychainSecretBackend::remove(const QString &key, const QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName), this);
    job->setKey(key);
    run(job, false, context, std::move(callback));
}

void KeychainSecretBackend::run(QKeychain::Job *job, bool isRead, const QObject *context, Callback callback)
{
    // Never let QtKeychain fall back to a plaintext QSettings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the timeout, answers; the other is ignored.
    struct Pending
    {
        bool answered = false;
        QPointer<const QObject> context;
        Callback callback;
    };
    auto pending = std::make_shared<Pending>(Pending{false, QPointer<const QObject>(context), std::move(callback)});
    auto answer = [pending](Status status, const QString &secret, const QString &message) {
        if (pending->answered)
            return;
        pending->answered = true;
        if (pending->context)
            pending->callback(status, secret, message);
    };

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answer, timer, key = job->key()] {
        qCWarning(lcKeychain) << "keychain did not answer in time for" << key;
        answer(Status::Unavailable, {}, tr("The system keychain did not answer."));
        timer->deleteLater();
    });
    connect(job, &QKeychain::Job::finished, this, [answer, timer, isRead](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        const QString message = finished->errorString();
        switch (finished->error()) {
        case QKeychain::NoError:
            answer(Status::Ok,
                   isRead ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData() : QString(), {});
            return;
        case QKeychain::EntryNotFound:
            answer(Status::NotFound, {}, message);
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // Key and code only: the error string of a backend is not ours to trust with secrets.
            qCInfo(lcKeychain) << "keychain unavailable for" << finished->key() << "error" << finished->error();
            answer(Status::Unavailable, {}, message);
            return;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            qCInfo(lcKeychain) << "keychain refused" << finished->key() << "error" << finished->error();
            answer(Status::Failed, {}, message);
            return;
        }
        answer(Status::Failed, {}, message);
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace airdesk::gui

// SecretStore: the keychain path and the "no keychain" path forced through a stand-in
// backend, and one real QtKeychain attempt that must end (in the fallback here, with no
// secret service) within a bounded time.
#include "gui/profiles/KeychainSecretBackend.h"
#include "gui/profiles/SecretStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using airdesk::gui::KeychainSecretBackend;
using airdesk::gui::SecretBackend;
using airdesk::gui::SecretStore;

namespace {

/// Answers every call later with a fixed status; Ok keeps secrets in a map like a keychain.
class FakeBackend final : public SecretBackend
{
public:
    explicit FakeBackend(Status status, QHash<QString, QString> *seen = nullptr)
        : m_status(status)
        , m_seen(seen)
    {
    }
    int calls = 0;

    void read(const QString &key, const QObject *context, Callback callback) override
    {
        answer(context, std::move(callback), m_status == Status::Ok && !m_stored.contains(key) ? Status::NotFound
                                                                                                : m_status,
               m_stored.value(key));
    }
    void write(const QString &key, const QString &secret, const QObject *context, Callback callback) override
    {
        if (m_status == Status::Ok)
            m_stored.insert(key, secret);
        if (m_seen)
            m_seen->insert(key, secret);
        answer(context, std::move(callback), m_status, {});
    }
    void remove(const QString &key, const QObject *context, Callback callback) override
    {
        const bool had = m_stored.remove(key) > 0;
        answer(context, std::move(callback), m_status == Status::Ok && !had ? Status::NotFound : m_status, {});
    }

private:
    void answer(const QObject *context, Callback callback, Status status, const QString &secret)
    {
        ++calls;
        QTimer::singleShot(1, context, [callback, status, secret] {
            callback(status, secret, status == Status::Ok ? QString() : u"backend says no"_s);
        });
    }
    Status m_status;
    QHash<QString, QString> m_stored;
    QHash<QString, QString> *m_seen;
};

struct Read
{
    QString secret, error;
    bool done = false;
};

Read readNow(SecretStore &store, const QString &id, int timeoutMs = 5000)
{
    auto r = std::make_shared<Read>();
    QObject context;
    store.readSecret(id, &context, [r](const QString &secret, const QString &error) {
        r->secret = secret;
        r->error = error;
        r->done = true;
    });
    (void)QTest::qWaitFor([r] { return r->done; }, timeoutMs);
    return *r;
}

std::shared_ptr<std::optional<QString>> startDone(const std::function<void(SecretStore::DoneCallback)> &call)
{
    auto result = std::make_shared<std::optional<QString>>();
    call([result](const QString &error) { *result = error; });
    return result;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainRoundTrip();
    void failingBackendFallsBackToMemory();
    void fallbackWriteFailsOverToMemory();
    void refusedAccessIsAnErrorNotAFallback();
    void memoryOnlyRoundTrip();
    void lateAnswerForDeadContextIsDropped();
    void realKeychainIsBounded();
};

void tst_SecretStore::keychainRoundTrip()
{
    QHash<QString, QString> seen;
    auto backend = std::make_unique<FakeBackend>(SecretBackend::Status::Ok, &seen);
    SecretStore store(std::move(backend));
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QObject context;
    auto written = startDone([&](auto cb) { store.writeSecret(u"p1"_s, u"s3cr3t"_s, &context, cb); });
    QTRY_VERIFY(written->has_value());
    QCOMPARE(written->value(), QString());
    QCOMPARE(seen.value(u"p1/secret"_s), u"s3cr3t"_s); // the documented key
    QCOMPARE(readNow(store, u"p1"_s).secret, u"s3cr3t"_s);
    const Read missing = readNow(store, u"other"_s);
    QVERIFY(missing.done);
    QVERIFY(missing.secret.isEmpty());
    QVERIFY(missing.error.isEmpty());
    auto removed = startDone([&](auto cb) { store.removeSecret(u"p1"_s, &context, cb); });
    QTRY_VERIFY(removed->has_value());
    QVERIFY(readNow(store, u"p1"_s).secret.isEmpty());
    QVERIFY(store.keychainAvailable());
    QCOMPARE(unavailable.size(), 0);
}

void tst_SecretStore::failingBackendFallsBackToMemory()
{
    auto backend = std::make_unique<FakeBackend>(SecretBackend::Status::Unavailable);
    FakeBackend *raw = backend.get();
    SecretStore store(std::move(backend));
    QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
    QVERIFY(store.keychainAvailable());
    const Read first = readNow(store, u"p1"_s);
    QVERIFY(first.done);
    QVERIFY(first.error.isEmpty());
    QVERIFY(!store.keychainAvailable());
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), SecretStore::unavailableMessage());
    QVERIFY(SecretStore::unavailableMessage().contains(u"this session only"_s));

    // From now on the keychain is not asked again: memory only, for this run.
    const int callsBefore = raw->calls;
    QObject context;
    auto written = startDone([&](auto cb) { store.writeSecret(u"p1"_s, u"token-1"_s, &context, cb); });
    QTRY_VERIFY(written->has_value());
    QCOMPARE(written->value(), QString());
    QCOMPARE(readNow(store, u"p1"_s).secret, u"token-1"_s);
    QCOMPARE(raw->calls, callsBefore);
    QCOMPARE(unavailable.size(), 1);

    // A new store (a new run) has forgotten it.
    SecretStore nextRun(std::make_unique<FakeBackend>(SecretBackend::Status::Unavailable));
    QVERIFY(readNow(nextRun, u"p1"_s).secret.isEmpty());
}

void tst_SecretStore::fallbackWriteFailsOverToMemory()
{
    SecretStore store(std::make_unique<FakeBackend>(SecretBackend::Status::Unavailable));
    QObject context;
    auto written = startDone([&](auto cb) { store.writeSecret(u"p2"_s, u"abc"_s, &context, cb); });
    QTRY_VERIFY(written->has_value());
    QCOMPARE(written->value(), QString());
    QVERIFY(!store.keychainAvailable());
    QCOMPARE(readNow(store, u"p2"_s).secret, u"abc"_s);
    auto removed = startDone([&](auto cb) { store.removeSecret(u"p2"_s, &context, cb); });
    QTRY_VERIFY(removed->has_value());
    QVERIFY(readNow(store, u"p2"_s).secret.isEmpty());
}

void tst_SecretStore::refusedAccessIsAnErrorNotAFallback()
{
    SecretStore store(std::make_unique<FakeBackend>(SecretBackend::Status::Failed));
    QObject context;
    auto written = startDone([&](auto cb) { store.writeSecret(u"p3"_s, u"abc"_s, &context, cb); });
    QTRY_VERIFY(written->has_value());
    QVERIFY(written->value().contains(u"backend says no"_s));
    QVERIFY(!written->value().contains(u"abc"_s));
    const Read r = readNow(store, u"p3"_s);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.secret.isEmpty());
    QVERIFY(store.keychainAvailable());
}

void tst_SecretStore::memoryOnlyRoundTrip()
{
    SecretStore store(std::unique_ptr<SecretBackend>{});
    QVERIFY(!store.keychainAvailable());
    QObject context;
    auto written = startDone([&](auto cb) { store.writeSecret(u"a"_s, u"one"_s, &context, cb); });
    QVERIFY(!written->has_value()); // answers later, like a keychain
    QTRY_VERIFY(written->has_value());
    startDone([&](auto cb) { store.writeSecret(u"b"_s, u"two"_s, &context, cb); });
    QCOMPARE(readNow(store, u"a"_s).secret, u"one"_s);
    QCOMPARE(readNow(store, u"b"_s).secret, u"two"_s); // separate per profile
}

void tst_SecretStore::lateAnswerForDeadContextIsDropped()
{
    SecretStore store(std::make_unique<FakeBackend>(SecretBackend::Status::Ok));
    bool called = false;
    {
        QObject context;
        store.readSecret(u"x"_s, &context, [&called](const QString &, const QString &) { called = true; });
    }
    QTest::qWait(50);
    QVERIFY(!called);
}

void tst_SecretStore::realKeychainIsBounded()
{
    // The real QtKeychain: with no secret service (CI, this machine) it must end in the
    // fallback; with one it must round-trip. Either way within the backend's timeout.
    auto backend = std::make_unique<KeychainSecretBackend>();
    backend->setTimeout(8000);
    SecretStore store(std::move(backend));
    const QString id = u"airdesk-test-"_s + QString::number(QCoreApplication::applicationPid());
    QObject context;
    QElapsedTimer clock;
    clock.start();
    auto written = startDone([&](auto cb) { store.writeSecret(id, u"probe"_s, &context, cb); });
    QTRY_VERIFY_WITH_TIMEOUT(written->has_value(), 12000);
    QVERIFY(clock.elapsed() < 12000);
    if (!written->value().isEmpty())
        QSKIP(qPrintable(u"keychain refused access: "_s + written->value()));
    QCOMPARE(readNow(store, id, 12000).secret, u"probe"_s);
    qInfo() << "keychain available:" << store.keychainAvailable();
    if (!store.keychainAvailable())
        QCOMPARE(SecretStore::unavailableMessage().isEmpty(), false);
    auto removed = startDone([&](auto cb) { store.removeSecret(id, &context, cb); });
    QTRY_VERIFY_WITH_TIMEOUT(removed->has_value(), 12000);
}

QTEST_MAIN(tst_SecretStore)
#include "tst_SecretStore.moc"

// SessionManager: a sandbox profile gets a session on the embedded sandbox; sessions are kept
// per profile (switching back gives the same one); a client-credentials profile reads its secret
// through an injected memory-only SecretStore and reaches an in-process sandbox.
#include "SandboxFixture.h"
#include "api/ApiError.h"
#include "api/ApiTls.h"
#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "gui/profiles/SecretBackend.h"
#include "gui/profiles/SecretStore.h"
#include "gui/workspace/SessionManager.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::gui::Profile;
using airdesk::gui::SecretStore;
using airdesk::gui::SessionManager;
using airdesk::test::SandboxFixture;

namespace {

Profile sandboxProfile(const QString &name)
{
    Profile profile = Profile::create(name);
    profile.kind = Profile::Kind::Sandbox;
    return profile;
}

/// Opens `profile` and waits for the answer; the session, or nullptr (and the message).
api::WorkspaceSession *openAndWait(SessionManager &manager, const Profile &profile, QString *failure = nullptr)
{
    QSignalSpy ready(&manager, &SessionManager::sessionReady);
    QSignalSpy failed(&manager, &SessionManager::sessionFailed);
    manager.open(profile);
    if (ready.isEmpty() && failed.isEmpty())
        (void)QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!failed.isEmpty()) {
        if (failure)
            *failure = failed.first().at(1).toString();
        return nullptr;
    }
    if (ready.isEmpty() || ready.first().at(0).toString() != profile.id)
        return nullptr;
    return ready.first().at(1).value<api::WorkspaceSession *>();
}

} // namespace

class tst_SessionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxProfileGetsASession();
    void sessionsAreKeptPerProfile();
    void clientCredentialsProfileReachesSandbox();
    void missingSecretFails();
    void caBundleIsApplied();
};

void tst_SessionManager::sandboxProfileGetsASession()
{
    SecretStore secrets(std::unique_ptr<gui::SecretBackend>{}); // memory only
    SessionManager manager(&secrets);
    QVERIFY(!manager.sandbox());
    const Profile profile = sandboxProfile(u"Sandbox"_s);
    api::WorkspaceSession *session = openAndWait(manager, profile);
    QVERIFY(session);
    QVERIFY(manager.sandbox());
    QCOMPARE(session->workspaceId(), manager.sandbox()->defaultWorkspaceId());
    QCOMPARE(manager.session(profile.id), session);

    // The session really talks to the embedded sandbox.
    bool answered = false;
    int count = -1;
    session->sources().list(
        {}, this, [](const QList<domain::Actor> &) {},
        [&](int total, const api::ApiError &error) {
            answered = true;
            count = !error.isError() ? total : -1;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(count, 12);
}

void tst_SessionManager::sessionsAreKeptPerProfile()
{
    SecretStore secrets(std::unique_ptr<gui::SecretBackend>{}); // memory only
    SessionManager manager(&secrets);
    const Profile first = sandboxProfile(u"First"_s);
    const Profile second = sandboxProfile(u"Second"_s);
    api::WorkspaceSession *a = openAndWait(manager, first);
    api::WorkspaceSession *b = openAndWait(manager, second);
    QVERIFY(a);
    QVERIFY(b);
    QVERIFY(a != b);
    sandbox::SandboxServer *server = manager.sandbox();
    // Switching back is instant and gives the very same session; one sandbox serves both.
    QCOMPARE(openAndWait(manager, first), a);
    QCOMPARE(openAndWait(manager, second), b);
    QCOMPARE(manager.sandbox(), server);

    // A forgotten session is made anew.
    QPointer<api::WorkspaceSession> old(a);
    manager.forget(first.id);
    QVERIFY(!manager.session(first.id));
    api::WorkspaceSession *again = openAndWait(manager, first);
    QVERIFY(again);
    QTRY_VERIFY(old.isNull());
}

void tst_SessionManager::clientCredentialsProfileReachesSandbox()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    SecretStore secrets(std::unique_ptr<gui::SecretBackend>{}); // memory only
    QVERIFY(!secrets.keychainAvailable());
    Profile profile = Profile::create(u"Fixture"_s);
    profile.kind = Profile::Kind::SelfManaged;
    profile.publicRoot = f.server().publicApiRoot().toString();
    profile.workspaceId = f.workspaceId();
    profile.clientId = f.server().options().clientId;
    bool written = false;
    secrets.writeSecret(profile.id, f.server().options().clientSecret, this, [&](const QString &error) {
        QVERIFY(error.isEmpty());
        written = true;
    });
    QTRY_VERIFY(written);

    SessionManager manager(&secrets);
    QString failure;
    api::WorkspaceSession *session = openAndWait(manager, profile, &failure);
    QVERIFY2(session, qPrintable(failure));
    QVERIFY(!manager.sandbox()); // not a sandbox profile: the embedded one stays off
    QCOMPARE(session->workspaceId(), f.workspaceId());
    bool answered = false;
    int count = -1;
    session->destinations().list(
        {}, this, [](const QList<domain::Actor> &) {},
        [&](int total, const api::ApiError &error) {
            answered = true;
            count = !error.isError() ? total : -1;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(count, 5);
}

void tst_SessionManager::missingSecretFails()
{
    SecretStore secrets(std::unique_ptr<gui::SecretBackend>{}); // memory only
    SessionManager manager(&secrets);
    Profile profile = Profile::create(u"No secret"_s);
    profile.kind = Profile::Kind::Cloud;
    profile.workspaceId = u"ws"_s;
    profile.clientId = u"id"_s;
    QString failure;
    QVERIFY(!openAndWait(manager, profile, &failure));
    QVERIFY(failure.contains(u"secret"_s));
    QVERIFY(!manager.session(profile.id));
}

void tst_SessionManager::caBundleIsApplied()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    SecretStore secrets(std::unique_ptr<gui::SecretBackend>{}); // memory only
    Profile profile = Profile::create(u"Own CA"_s);
    profile.kind = Profile::Kind::SelfManaged;
    profile.publicRoot = f.server().publicApiRoot().toString();
    profile.workspaceId = f.workspaceId();
    profile.clientId = f.server().options().clientId;
    bool written = false;
    secrets.writeSecret(profile.id, f.server().options().clientSecret, this, [&](const QString &) { written = true; });
    QTRY_VERIFY(written);
    SessionManager manager(&secrets);

    // A bundle that has gone missing since the profile was saved: a clear failure, no session
    // that would quietly trust the system's authorities only.
    QTemporaryDir dir;
    profile.caBundlePath = dir.filePath(u"gone.pem"_s);
    QString failure;
    QVERIFY(!openAndWait(manager, profile, &failure));
    QVERIFY2(failure.contains(u"CA certificates"_s), qPrintable(failure));
    QVERIFY(!manager.session(profile.id));

    profile.caBundlePath = QStringLiteral(AIRDESK_SOURCE_DIR) + u"/tests/data/tls/localhost-cert.pem"_s;
    api::WorkspaceSession *session = openAndWait(manager, profile, &failure);
    QVERIFY2(session, qPrintable(failure));
    QCOMPARE(session->client().tls().caCertificates().size(), 1);
}

QTEST_MAIN(tst_SessionManager)
#include "tst_SessionManager.moc"

// ProfileDialog: typing into the form, the auth method switch, derived roots, validation
// before OK, and Test connection / Pick… against an in-process sandbox.
#include "SandboxFixture.h"
#include "gui/profiles/ProfileDialog.h"
#include "gui/profiles/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::gui::Profile;
using airdesk::gui::ProfileDialog;
using airdesk::gui::SecretStore;
using airdesk::test::SandboxFixture;

namespace {

template<typename T> T *child(QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

/// A dialog on a temporary settings file, shown (offscreen) so visibility is real.
struct Fixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"ui.ini"_s), QSettings::IniFormat};
    ProfileDialog dialog{&settings};
    Fixture()
    {
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
    }
    QLineEdit *edit(const char *name) { return child<QLineEdit>(dialog, name); }
    QString status() { return child<QLabel>(dialog, "connectionStatusLabel")->text(); }
    QLabel *error() { return child<QLabel>(dialog, "errorLabel"); }
    void type(const char *name, const QString &text)
    {
        edit(name)->clear();
        QTest::keyClicks(edit(name), text);
    }
    void fillSandbox(SandboxFixture &f, const QString &workspaceId)
    {
        type("nameLineEdit", u"Sandbox"_s);
        type("publicRootLineEdit", f.server().publicApiRoot().toString());
        type("workspaceIdLineEdit", workspaceId);
        type("clientIdLineEdit", f.server().options().clientId);
        type("clientSecretLineEdit", f.server().options().clientSecret);
    }
};

} // namespace

class tst_ProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedFieldsMakeTheProfile();
    void authMethodSwitchesFields();
    void revealToggleUnmasks();
    void derivedRootsAreShown();
    void selfManagedHint();
    void invalidUrlBlocksOk();
    void caBundleIsCheckedAndKept();
    void missingSecretBlocksOk();
    void testConnectionShowsWorkspace();
    void testConnectionShowsApiError();
    void pickListsWorkspaces();
    void fillFromEnvironment();
    void remembersSize();
    void secretComesFromTheStore();
};

void tst_ProfileDialog::caBundleIsCheckedAndKept()
{
    Fixture t;
    // Cloud trusts the system's authorities only: no CA field.
    t.dialog.setProfile([] {
        Profile p = Profile::create(u"Cloud"_s);
        p.kind = Profile::Kind::Cloud;
        return p;
    }());
    QVERIFY(!t.edit("caBundleLineEdit")->isVisible());
    child<QComboBox>(t.dialog, "kindComboBox")->setCurrentIndex(int(Profile::Kind::SelfManaged));
    QVERIFY(t.edit("caBundleLineEdit")->isVisible());
    t.type("nameLineEdit", u"Behind a CA"_s);
    t.type("publicRootLineEdit", u"https://airbyte.corp.example/api/public/v1"_s);
    t.type("workspaceIdLineEdit", u"ws"_s);
    t.type("clientIdLineEdit", u"id"_s);
    t.type("clientSecretLineEdit", u"s"_s);

    // A file that is not there, then one that holds no certificate: OK refuses, says why, and
    // puts the cursor in the field.
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.pem"_s);
    t.type("caBundleLineEdit", missing);
    t.dialog.accept();
    QVERIFY(t.dialog.isVisible());
    QVERIFY2(t.error()->text().startsWith(u"CA certificates: "_s), qPrintable(t.error()->text()));
    QCOMPARE(QApplication::focusWidget(), t.edit("caBundleLineEdit"));
    const QString notPem = dir.filePath(u"notes.txt"_s);
    {
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text\n");
    }
    t.type("caBundleLineEdit", notPem);
    t.dialog.accept();
    QVERIFY(t.dialog.isVisible());
    QVERIFY2(t.error()->text().startsWith(u"CA certificates: "_s), qPrintable(t.error()->text()));

    // A real PEM bundle is accepted and kept with the profile.
    const QString bundle = QStringLiteral(AIRDESK_SOURCE_DIR) + u"/tests/data/tls/localhost-cert.pem"_s;
    t.type("caBundleLineEdit", bundle);
    t.dialog.accept();
    QCOMPARE(t.dialog.result(), int(QDialog::Accepted));
    QCOMPARE(t.dialog.profile().caBundlePath, bundle);

    // Switching to Cloud drops it: Cloud never uses one.
    child<QComboBox>(t.dialog, "kindComboBox")->setCurrentIndex(int(Profile::Kind::Cloud));
    QVERIFY(t.dialog.profile().caBundlePath.isEmpty());
}

void tst_ProfileDialog::typedFieldsMakeTheProfile()
{
    Fixture t;
    t.type("nameLineEdit", u"Prod"_s);
    t.type("publicRootLineEdit", u"https://airbyte.example.com/api/public/v1"_s);
    t.type("workspaceIdLineEdit", u"ws-1"_s);
    t.type("clientIdLineEdit", u"cid"_s);
    t.type("clientSecretLineEdit", u"csecret"_s);
    const Profile p = t.dialog.profile();
    QCOMPARE(p.name, u"Prod"_s);
    QCOMPARE(p.publicRoot, u"https://airbyte.example.com/api/public/v1"_s);
    QCOMPARE(p.workspaceId, u"ws-1"_s);
    QCOMPARE(p.clientId, u"cid"_s);
    QCOMPARE(p.authMethod, Profile::AuthMethod::ClientCredentials);
    QVERIFY(!p.id.isEmpty());
    QCOMPARE(t.dialog.secret(), u"csecret"_s);
    QCOMPARE(t.dialog.validate(), QString());
    t.dialog.accept();
    QCOMPARE(t.dialog.result(), int(QDialog::Accepted));
}

void tst_ProfileDialog::authMethodSwitchesFields()
{
    Fixture t;
    QVERIFY(t.edit("clientIdLineEdit")->isVisible());
    QVERIFY(t.edit("clientSecretLineEdit")->isVisible());
    QVERIFY(!t.edit("bearerTokenLineEdit")->isVisible());
    QTest::mouseClick(child<QRadioButton>(t.dialog, "bearerTokenRadioButton"), Qt::LeftButton);
    QVERIFY(!t.edit("clientIdLineEdit")->isVisible());
    QVERIFY(!t.edit("clientSecretLineEdit")->isVisible());
    QVERIFY(t.edit("bearerTokenLineEdit")->isVisible());
    QTest::keyClicks(t.edit("bearerTokenLineEdit"), u"tok"_s);
    QCOMPARE(t.dialog.secret(), u"tok"_s);
    QCOMPARE(t.dialog.profile().authMethod, Profile::AuthMethod::BearerToken);
    QTest::mouseClick(child<QRadioButton>(t.dialog, "clientCredentialsRadioButton"), Qt::LeftButton);
    QVERIFY(t.edit("clientIdLineEdit")->isVisible());
    QVERIFY(!t.edit("bearerTokenLineEdit")->isVisible());
}

void tst_ProfileDialog::revealToggleUnmasks()
{
    Fixture t;
    QCOMPARE(t.edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(t.edit("bearerTokenLineEdit")->echoMode(), QLineEdit::Password);
    auto *reveal = child<QCheckBox>(t.dialog, "revealSecretCheckBox");
    QVERIFY(!reveal->accessibleName().isEmpty());
    reveal->click();
    QCOMPARE(t.edit("clientSecretLineEdit")->echoMode(), QLineEdit::Normal);
    QCOMPARE(t.edit("bearerTokenLineEdit")->echoMode(), QLineEdit::Normal);
    reveal->click();
    QCOMPARE(t.edit("clientSecretLineEdit")->echoMode(), QLineEdit::Password);
}

void tst_ProfileDialog::derivedRootsAreShown()
{
    Fixture t;
    QCOMPARE(t.edit("configRootLineEdit")->placeholderText(), u"https://cloud.airbyte.com/api/v1"_s);
    QCOMPARE(t.edit("webRootLineEdit")->placeholderText(), u"https://cloud.airbyte.com"_s);
    t.type("publicRootLineEdit", u"http://localhost:8000/api/public/v1"_s);
    QCOMPARE(t.edit("configRootLineEdit")->placeholderText(), u"http://localhost:8000/api/v1"_s);
    QCOMPARE(t.edit("webRootLineEdit")->placeholderText(), u"http://localhost:8000"_s);
    t.type("publicRootLineEdit", u"http://host/other"_s);
    QVERIFY(t.edit("configRootLineEdit")->placeholderText().contains(u"derived"_s));
}

void tst_ProfileDialog::selfManagedHint()
{
    Fixture t;
    auto *hint = child<QLabel>(t.dialog, "selfManagedHintLabel");
    QVERIFY(!hint->isVisible());
    child<QComboBox>(t.dialog, "kindComboBox")->setCurrentIndex(int(Profile::Kind::SelfManaged));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"abctl local credentials"_s));
    QVERIFY(hint->text().contains(u"http://localhost:8000/api/public/v1"_s));
    QCOMPARE(t.edit("publicRootLineEdit")->placeholderText(), u"http://localhost:8000/api/public/v1"_s);
}

void tst_ProfileDialog::invalidUrlBlocksOk()
{
    Fixture t;
    t.type("nameLineEdit", u"Bad"_s);
    t.type("publicRootLineEdit", u"ftp://nowhere"_s);
    t.type("workspaceIdLineEdit", u"ws"_s);
    t.type("clientIdLineEdit", u"id"_s);
    t.type("clientSecretLineEdit", u"s"_s);
    QVERIFY(!t.error()->isVisible());
    t.dialog.accept();
    QVERIFY(t.dialog.isVisible());
    QCOMPARE(t.dialog.result(), int(QDialog::Rejected));
    QVERIFY(t.error()->isVisible());
    QVERIFY2(t.error()->text().contains(u"ftp://nowhere"_s), qPrintable(t.error()->text()));
    QCOMPARE(QApplication::focusWidget(), t.edit("publicRootLineEdit"));

    t.type("publicRootLineEdit", u"https://ok.example.com/api/public/v1"_s);
    t.type("webRootLineEdit", u"mailto:x"_s);
    t.dialog.accept();
    QVERIFY(t.dialog.isVisible());
    QVERIFY(t.error()->text().contains(u"web URL"_s));
    QCOMPARE(QApplication::focusWidget(), t.edit("webRootLineEdit"));

    t.edit("webRootLineEdit")->clear();
    t.dialog.accept();
    QVERIFY(!t.dialog.isVisible());
    QCOMPARE(t.dialog.result(), int(QDialog::Accepted));
}

void tst_ProfileDialog::missingSecretBlocksOk()
{
    Fixture t;
    t.type("nameLineEdit", u"N"_s);
    t.type("workspaceIdLineEdit", u"ws"_s);
    t.type("clientIdLineEdit", u"id"_s);
    t.dialog.accept();
    QVERIFY(t.dialog.isVisible());
    QVERIFY(t.error()->text().startsWith(u"Client secret"_s));
    QCOMPARE(QApplication::focusWidget(), t.edit("clientSecretLineEdit"));
    t.edit("nameLineEdit")->clear();
    t.dialog.accept();
    QVERIFY(t.error()->text().startsWith(u"Name"_s));
}

void tst_ProfileDialog::testConnectionShowsWorkspace()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    Fixture t;
    t.fillSandbox(f, f.workspaceId());
    QTest::mouseClick(child<QPushButton>(t.dialog, "testConnectionPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(t.status().startsWith(u"Connected"_s), 20000);
    QCOMPARE(t.status(), u"Connected to Demo workspace (Sandbox Organization)"_s);
    QVERIFY(child<QPushButton>(t.dialog, "testConnectionPushButton")->isEnabled());
}

void tst_ProfileDialog::testConnectionShowsApiError()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    Fixture t;
    t.fillSandbox(f, u"00000000-0000-0000-0000-000000000000"_s);
    child<QPushButton>(t.dialog, "testConnectionPushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(t.dialog, "testConnectionPushButton")->isEnabled(), 20000);
    QVERIFY(!t.status().startsWith(u"Connected"_s));
    QVERIFY(!t.status().isEmpty());
    QVERIFY(!t.status().contains(f.server().options().clientSecret)); // never shown

    // Without a secret nothing is sent: the field is named instead.
    t.edit("clientSecretLineEdit")->clear();
    child<QPushButton>(t.dialog, "testConnectionPushButton")->click();
    QVERIFY(t.error()->isVisible());
    QVERIFY(t.error()->text().startsWith(u"Client secret"_s));
}

void tst_ProfileDialog::pickListsWorkspaces()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    Fixture t;
    t.fillSandbox(f, {});
    auto *combo = child<QComboBox>(t.dialog, "workspaceComboBox");
    QVERIFY(!combo->isVisible());
    QVERIFY(!combo->accessibleName().isEmpty());
    child<QPushButton>(t.dialog, "pickWorkspacePushButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() > 0, 20000);
    QVERIFY(combo->isVisible());
    const int index = combo->findData(f.workspaceId());
    QVERIFY(index >= 0);
    QVERIFY(combo->itemText(index).contains(u"Demo workspace"_s));
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(t.edit("workspaceIdLineEdit")->text(), combo->itemData(0).toString());
    combo->setCurrentIndex(index);
    QCOMPARE(t.dialog.profile().workspaceId, f.workspaceId());
}

void tst_ProfileDialog::fillFromEnvironment()
{
    Fixture t;
    QProcessEnvironment env;
    env.insert(u"AIRBYTE_CLOUD_CLIENT_ID"_s, u"env-id"_s);
    env.insert(u"AIRBYTE_CLOUD_CLIENT_SECRET"_s, u"env-secret"_s);
    env.insert(u"AIRBYTE_CLOUD_WORKSPACE_ID"_s, u"env-ws"_s);
    env.insert(u"AIRBYTE_CLOUD_API_URL"_s, u"http://localhost:8000/api/public/v1"_s);
    t.dialog.fillFromEnvironment(env);
    const Profile p = t.dialog.profile();
    QCOMPARE(p.kind, Profile::Kind::Environment);
    QCOMPARE(p.clientId, u"env-id"_s);
    QCOMPARE(p.workspaceId, u"env-ws"_s);
    QCOMPARE(p.publicRoot, u"http://localhost:8000/api/public/v1"_s);
    QCOMPARE(t.dialog.secret(), u"env-secret"_s);
    QCOMPARE(t.dialog.validate(), QString());

    QProcessEnvironment bearer;
    bearer.insert(u"AIRBYTE_CLOUD_BEARER_TOKEN"_s, u"env-token"_s);
    t.dialog.fillFromEnvironment(bearer);
    QCOMPARE(t.dialog.profile().authMethod, Profile::AuthMethod::BearerToken);
    QCOMPARE(t.dialog.secret(), u"env-token"_s);
}

void tst_ProfileDialog::remembersSize()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"ui.ini"_s), QSettings::IniFormat);
    {
        ProfileDialog dialog(&settings);
        dialog.show();
        dialog.resize(777, 555);
        dialog.reject();
    }
    ProfileDialog again(&settings);
    QCOMPARE(again.size(), QSize(777, 555));
}

void tst_ProfileDialog::secretComesFromTheStore()
{
    SecretStore secrets(std::unique_ptr<airdesk::gui::SecretBackend>{}); // no keychain: memory only
    Profile p = Profile::create(u"Stored"_s);
    QObject context;
    bool written = false;
    secrets.writeSecret(p.id, u"kept"_s, &context, [&written](const QString &) { written = true; });
    QTRY_VERIFY(written);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"ui.ini"_s), QSettings::IniFormat);
    ProfileDialog dialog(&settings, &secrets);
    dialog.show();
    dialog.setProfile(p);
    QTRY_COMPARE(dialog.secret(), u"kept"_s);
    QCOMPARE(dialog.profile().id, p.id);
    auto *warning = child<QLabel>(dialog, "keychainWarningLabel");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), SecretStore::unavailableMessage());
}

QTEST_MAIN(tst_ProfileDialog)
#include "tst_ProfileDialog.moc"

// WelcomePage: the sandbox button says so; the profile buttons open a prefilled ProfileDialog
// whose OK hands back the profile and secret; the environment button shows only when the
// (injected) environment has AIRBYTE_CLOUD_* credentials.
#include "gui/profiles/ProfileDialog.h"
#include "gui/workspace/WelcomePage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::gui::Profile;
using airdesk::gui::ProfileDialog;
using airdesk::gui::WelcomePage;

namespace {

QLineEdit *edit(QWidget *dialog, const char *name)
{
    auto *widget = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QProcessEnvironment environmentWith(const QHash<QString, QString> &values)
{
    QProcessEnvironment environment;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

} // namespace

class tst_WelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sandboxButtonEmits();
    void selfManagedIsPrefilled();
    void cloudDialogMakesProfile();
    void environmentButtonOnlyWithCredentials();
    void environmentButtonFillsDialog();
};

void tst_WelcomePage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_WelcomePage"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
}

void tst_WelcomePage::sandboxButtonEmits()
{
    WelcomePage page(nullptr, QProcessEnvironment());
    page.show();
    QSignalSpy chosen(&page, &WelcomePage::sandboxChosen);
    QVERIFY(page.sandboxButton()->isDefault());
    QTest::mouseClick(page.sandboxButton(), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(!page.dialog());
}

void tst_WelcomePage::selfManagedIsPrefilled()
{
    WelcomePage page(nullptr, QProcessEnvironment());
    page.show();
    QTest::mouseClick(page.selfManagedButton(), Qt::LeftButton);
    ProfileDialog *dialog = page.dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(edit(dialog, "publicRootLineEdit")->text(), u"http://localhost:8000/api/public/v1"_s);
    QCOMPARE(dialog->profile().kind, Profile::Kind::SelfManaged);
    QSignalSpy created(&page, &WelcomePage::profileCreated);
    dialog->reject();
    QTRY_VERIFY(!page.dialog());
    QCOMPARE(created.count(), 0);
}

void tst_WelcomePage::cloudDialogMakesProfile()
{
    WelcomePage page(nullptr, QProcessEnvironment());
    page.show();
    QSignalSpy created(&page, &WelcomePage::profileCreated);
    QTest::mouseClick(page.cloudButton(), Qt::LeftButton);
    ProfileDialog *dialog = page.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->profile().kind, Profile::Kind::Cloud);
    edit(dialog, "workspaceIdLineEdit")->setText(u"ws-1"_s);
    edit(dialog, "clientIdLineEdit")->setText(u"client"_s);
    edit(dialog, "clientSecretLineEdit")->setText(u"s3cret"_s);
    dialog->accept();
    QCOMPARE(created.count(), 1);
    const auto profile = created.first().at(0).value<Profile>();
    QCOMPARE(profile.kind, Profile::Kind::Cloud);
    QCOMPARE(profile.workspaceId, u"ws-1"_s);
    QCOMPARE(profile.clientId, u"client"_s);
    QCOMPARE(created.first().at(1).toString(), u"s3cret"_s);
}

void tst_WelcomePage::environmentButtonOnlyWithCredentials()
{
    WelcomePage without(nullptr, environmentWith({{u"AIRBYTE_CLOUD_WORKSPACE_ID"_s, u"ws"_s}}));
    without.show();
    QVERIFY(!without.environmentButton()->isVisible());
    QVERIFY(without.sandboxButton()->isVisible());
    QVERIFY(without.cloudButton()->isVisible());
    QVERIFY(without.selfManagedButton()->isVisible());

    WelcomePage with(nullptr, environmentWith({{u"AIRBYTE_CLOUD_CLIENT_ID"_s, u"id"_s},
                                               {u"AIRBYTE_CLOUD_CLIENT_SECRET"_s, u"secret"_s}}));
    with.show();
    QVERIFY(with.environmentButton()->isVisible());
}

void tst_WelcomePage::environmentButtonFillsDialog()
{
    WelcomePage page(nullptr, environmentWith({{u"AIRBYTE_CLOUD_CLIENT_ID"_s, u"env-id"_s},
                                               {u"AIRBYTE_CLOUD_CLIENT_SECRET"_s, u"env-secret"_s},
                                               {u"AIRBYTE_CLOUD_WORKSPACE_ID"_s, u"env-ws"_s}}));
    page.show();
    QSignalSpy created(&page, &WelcomePage::profileCreated);
    QTest::mouseClick(page.environmentButton(), Qt::LeftButton);
    ProfileDialog *dialog = page.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->profile().kind, Profile::Kind::Environment);
    dialog->accept();
    QCOMPARE(created.count(), 1);
    const auto profile = created.first().at(0).value<Profile>();
    QCOMPARE(profile.clientId, u"env-id"_s);
    QCOMPARE(profile.workspaceId, u"env-ws"_s);
    QCOMPARE(created.first().at(1).toString(), u"env-secret"_s);
}

QTEST_MAIN(tst_WelcomePage)
#include "tst_WelcomePage.moc"

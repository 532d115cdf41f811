// Deploy and edit dialogs for sources and destinations against an in-process sandbox: deploy
// from the form (tested first), testing unsaved settings (passing, failing with details and
// logs, cancelled) without creating anything, save without testing, a refused duplicate name,
// an edit that keeps a masked secret and tests unsaved edits, drafts on disk without secrets,
// and asking before unsaved work is closed.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/WorkspaceSession.h"
#include "core/spec/SecretFields.h"
#include "gui/connectors/ConnectorEditorPane.h"
#include "gui/connectors/DeployConnectorDialog.h"
#include "gui/connectors/EditConnectorDialog.h"
#include "gui/forms/FieldWidget.h"
#include "gui/forms/SecretField.h"
#include "gui/forms/SpecForm.h"
#include "gui/forms/TextField.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;
using airdesk::test::makeSession;

namespace {

const QString kStripe = u"e094cb9a-26de-4645-8761-65c0c425d1de"_s;
/// A sandbox whose connection checks answer quickly.
const QStringList kQuickChecks{u"--check-duration-ms"_s, u"150"_s};

/// With AIRDESK_SCREENSHOT_DIR set, pictures of the dialogs for a person to look at.
void snapshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AIRDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

void typeInto(gui::SpecForm *form, const QString &path, const QString &text)
{
    QLineEdit *edit = form->field(path)->findChild<QLineEdit *>();
    QVERIFY2(edit, qPrintable(path));
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool openStripe(gui::DeployConnectorDialog &d)
{
    d.selectDefinition(kStripe);
    return QTest::qWaitFor([&d] { return d.editor()->hasSpecification() && !d.isBusy(); }, 10000);
}

} // namespace

class tst_ConnectorDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deploySourceFromForm();
    void testPassesWithoutCreating();
    void failedCheckShowsDetailsAndLogs();
    void duplicateNameRefusedKeepsEverything();
    void cancelStopsTheTest();
    void editKeepsMaskedSecret();
    void editTestsUnsavedValues();
    void draftSurvivesWithoutSecrets();
    void closingAsksFirst();

private:
    QTemporaryDir m_drafts;
};

void tst_ConnectorDialogs::initTestCase()
{
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat); // remembered dialog sizes stay out of the way
    QVERIFY(m_drafts.isValid());
}

void tst_ConnectorDialogs::deploySourceFromForm()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(m_drafts.filePath(u"deploy"_s));
    d.show();
    // The 7 built-in sources and the demo workspace's custom YAML definition, which the
    // server's list_for_workspace includes (as the web app's picker shows custom connectors).
    QTRY_VERIFY_WITH_TIMEOUT(d.picker()->count() == 8, 10000);
    QVERIFY(!d.picker()->findItems(u"Weather stations (demo)"_s, Qt::MatchStartsWith).isEmpty());
    // The picker searches as you type.
    QTest::keyClicks(d.searchEdit(), u"stri"_s);
    int visible = 0;
    for (int i = 0; i < d.picker()->count(); ++i)
        visible += d.picker()->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
    QVERIFY(openStripe(d));
    QVERIFY(!d.saveButton()->isEnabled()); // required fields empty
    gui::SpecForm *form = d.editor()->form();
    QTRY_VERIFY(form->field(u"$.account_id"_s)->isVisible()); // built after the dialog was shown
    d.editor()->nameEdit()->clear();
    QTest::keyClicks(d.editor()->nameEdit(), u"Payments ledger 2031"_s);
    typeInto(form, u"$.account_id"_s, u"acct_Deploy1"_s);
    typeInto(form, u"$.client_secret"_s, u"sk_test_Deploy1"_s);
    form->validateNow();
    QTRY_VERIFY(d.saveButton()->isEnabled());
    snapshot(&d, u"deploy-dialog"_s);
    QSignalSpy deployed(&d, &gui::DeployConnectorDialog::deployed);
    f.server().setRequestLogEnabled(true);
    d.saveButton()->click(); // tests first, then saves
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(deployed.size(), 1);
    QStringList calls;
    for (const auto &r : f.server().requestLog())
        if (r.method == "POST")
            calls.append(r.path);
    QCOMPARE(calls, (QStringList{u"/scheduler/sources/check_connection"_s, u"/sources"_s}));
    const auto actor = deployed.first().first().value<domain::Actor>();
    const sandbox::ActorRecord *stored = f.server().context().store.sources.find(actor.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Payments ledger 2031"_s);
    QCOMPARE(stored->definitionId, kStripe);
    QCOMPARE(stored->configuration.value(u"account_id"_s).toString(), u"acct_Deploy1"_s);
    QCOMPARE(stored->configuration.value(u"client_secret"_s).toString(), u"sk_test_Deploy1"_s);
    QCOMPARE(stored->configuration.value(u"start_date"_s).toString(), u"2020-01-01T00:00:00Z"_s); // default
    // Saved: no draft is left behind.
    QVERIFY(QDir(m_drafts.filePath(u"deploy"_s)).entryList(QDir::Files).isEmpty());
}

void tst_ConnectorDialogs::testPassesWithoutCreating()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const qsizetype before = f.server().context().store.sources.size();
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(m_drafts.filePath(u"pass"_s));
    d.show();
    QVERIFY(openStripe(d));
    gui::SpecForm *form = d.editor()->form();
    d.editor()->nameEdit()->setText(u"Only tested"_s);
    typeInto(form, u"$.account_id"_s, u"acct_Good"_s);
    typeInto(form, u"$.client_secret"_s, u"sk_test_Good"_s);
    form->validateNow();
    QTRY_VERIFY(d.testButton()->isEnabled());
    QSignalSpy deployed(&d, &gui::DeployConnectorDialog::deployed);
    d.testButton()->click();
    QVERIFY(d.isBusy());
    QVERIFY(!d.saveButton()->isEnabled());
    QVERIFY(!d.saveWithoutTestButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY2(d.editor()->statusText().contains(u"succeeded"_s), qPrintable(d.editor()->statusText()));
    QVERIFY(!d.editor()->saveLogsButton()->isVisible());
    QVERIFY(d.isVisible());
    QCOMPARE(deployed.size(), 0);
    QCOMPARE(f.server().context().store.sources.size(), before);
    QVERIFY(d.editor()->hasUnsavedChanges()); // a test saves nothing
    snapshot(&d, u"deploy-check-passed"_s);
}

void tst_ConnectorDialogs::failedCheckShowsDetailsAndLogs()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const qsizetype before = f.server().context().store.sources.size();
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(m_drafts.filePath(u"check"_s));
    d.resize(1000, 760);
    d.show();
    QVERIFY(openStripe(d));
    gui::SpecForm *form = d.editor()->form();
    d.editor()->nameEdit()->setText(u"Checked"_s);
    typeInto(form, u"$.account_id"_s, u"acct_invalid7"_s); // the sandbox rejects "invalid" values
    typeInto(form, u"$.client_secret"_s, u"sk_test_Check"_s);
    form->validateNow();
    QTRY_VERIFY(d.testButton()->isEnabled());
    QSignalSpy deployed(&d, &gui::DeployConnectorDialog::deployed);
    d.testButton()->click();
    QVERIFY(d.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY(d.isVisible());
    gui::ConnectorEditorPane *pane = d.editor();
    QVERIFY2(pane->statusText().contains(u"connection test failed"_s), qPrintable(pane->statusText()));
    QVERIFY(pane->statusText().contains(u"account_id was rejected"_s));
    // Details: failure reason, stack trace and the connector's log.
    QVERIFY(pane->detailsText().contains(u"Origin: source, type: config_error"_s));
    QVERIFY(pane->detailsText().contains(u"Traceback (most recent call last)"_s));
    QVERIFY(pane->detailsText().contains(u"ERROR Check failed"_s));
    QVERIFY(!pane->detailsText().contains(u"sk_test_Check"_s)); // secrets never shown
    QVERIFY(!pane->isDetailsExpanded());
    QVERIFY(pane->saveLogsButton()->isVisible());
    auto *details = pane->findChild<QToolButton *>(u"detailsButton"_s);
    QVERIFY(details);
    details->click();
    QVERIFY(pane->isDetailsExpanded());
    snapshot(&d, u"deploy-check-failed"_s);
    QTemporaryDir logs;
    const QString logFile = logs.filePath(u"check.txt"_s);
    QVERIFY(pane->saveCheckLog(logFile));
    QFile saved(logFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray logText = saved.readAll();
    QVERIFY(logText.contains("Check failed"));
    QCOMPARE(logText.count('\n'), pane->checkLog().size());
    QVERIFY(!pane->saveCheckLog(logs.filePath(u"no/such/folder/check.txt"_s)));
    QCOMPARE(deployed.size(), 0); // a test creates nothing
    QCOMPARE(f.server().context().store.sources.size(), before);
    QCOMPARE(form->value().value(u"account_id"_s).toString(), u"acct_invalid7"_s);

    // Save tests first: the failure stops it.
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY(pane->statusText().contains(u"nothing was saved"_s));
    QVERIFY(d.isVisible());
    QCOMPARE(f.server().context().store.sources.size(), before);

    // Save without testing saves it as it is.
    d.saveWithoutTestButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(deployed.size(), 1);
    QCOMPARE(f.server().context().store.sources.size(), before + 1);
    const sandbox::ActorRecord *stored = f.server().context().store.sources.find(d.savedActor().id);
    QVERIFY(stored);
    QCOMPARE(stored->configuration.value(u"account_id"_s).toString(), u"acct_invalid7"_s);
}

void tst_ConnectorDialogs::duplicateNameRefusedKeepsEverything()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const QString taken = f.server().context().store.sources.ordered().front()->name;
    const qsizetype before = f.server().context().store.sources.size();
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(m_drafts.filePath(u"dup"_s));
    d.show();
    QVERIFY(openStripe(d));
    gui::SpecForm *form = d.editor()->form();
    d.editor()->nameEdit()->setText(taken);
    typeInto(form, u"$.account_id"_s, u"acct_Dup"_s);
    typeInto(form, u"$.client_secret"_s, u"sk_test_Dup"_s);
    form->validateNow();
    QTRY_VERIFY(d.saveButton()->isEnabled());
    QVERIFY(d.uniqueNameCheck()->isChecked());
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY(d.isVisible());
    QVERIFY2(d.editor()->statusText().startsWith(u"Could not save"_s), qPrintable(d.editor()->statusText()));
    QCOMPARE(f.server().context().store.sources.size(), before);
    QCOMPARE(d.editor()->nameEdit()->text(), taken);
    QCOMPARE(form->value().value(u"client_secret"_s).toString(), u"sk_test_Dup"_s);
    // Allowed with a random suffix.
    d.randomSuffixCheck()->setChecked(true);
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(f.server().context().store.sources.size(), before + 1);
    QVERIFY(d.savedActor().name.startsWith(taken + u'-'));
}

void tst_ConnectorDialogs::cancelStopsTheTest()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"4000"_s});
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const qsizetype before = f.server().context().store.sources.size();
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(m_drafts.filePath(u"cancel"_s));
    d.show();
    QVERIFY(openStripe(d));
    gui::SpecForm *form = d.editor()->form();
    d.editor()->nameEdit()->setText(u"Never saved"_s);
    typeInto(form, u"$.account_id"_s, u"acct_Cancel"_s);
    typeInto(form, u"$.client_secret"_s, u"sk_test_Cancel"_s);
    form->validateNow();
    QTRY_VERIFY(d.saveButton()->isEnabled());
    d.saveButton()->click(); // test, then save: cancelled during the test
    QVERIFY(d.isBusy());
    QVERIFY(!d.testButton()->isEnabled());
    QVERIFY(d.editor()->cancelButton()->isVisible());
    QVERIFY2(d.editor()->statusText().endsWith(u" 0 s"_s), qPrintable(d.editor()->statusText()));
    // The elapsed seconds count up while the check runs.
    QTRY_VERIFY_WITH_TIMEOUT(d.editor()->statusText().endsWith(u" 1 s"_s), 3000);
    snapshot(&d, u"deploy-check-running"_s);
    d.editor()->cancelButton()->click();
    QVERIFY(!d.isBusy());
    QCOMPARE(d.editor()->statusText(), u"Cancelled. Nothing was saved."_s);
    QTest::qWait(3500); // past the moment the check would have answered
    QCOMPARE(d.editor()->statusText(), u"Cancelled. Nothing was saved."_s);
    QCOMPARE(f.server().context().store.sources.size(), before);
    QVERIFY(d.isVisible());
    QVERIFY(d.testButton()->isEnabled());
    QCOMPARE(form->value().value(u"account_id"_s).toString(), u"acct_Cancel"_s);
}

void tst_ConnectorDialogs::editKeepsMaskedSecret()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    const auto created = f.call("POST", u"/sources"_s,
                                QJsonObject{{u"name"_s, u"Stripe live"_s},
                                            {u"workspaceId"_s, f.workspaceId()},
                                            {u"definitionId"_s, kStripe},
                                            {u"configuration"_s, QJsonObject{{u"account_id"_s, u"acct_Orig"_s},
                                                                            {u"client_secret"_s, u"sk_live_Orig"_s},
                                                                            {u"start_date"_s, u"2021-01-01T00:00:00Z"_s}}}});
    QVERIFY2(created.status == 200, created.body.constData());
    const QString id = created.object().value(u"sourceId"_s).toString();
    auto s = makeSession(f);
    domain::Actor actor;
    actor.id = id;
    actor.name = u"Stripe live"_s;
    actor.kind = domain::ActorKind::Source;
    gui::EditConnectorDialog d(s.get(), actor);
    d.setDraftDirectory(m_drafts.filePath(u"edit"_s));
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 10000);
    gui::SpecForm *form = d.editor()->form();
    auto *secret = qobject_cast<gui::SecretField *>(form->field(u"$.client_secret"_s));
    QVERIFY(secret && secret->isMasked());
    QCOMPARE(form->value().value(u"account_id"_s).toString(), u"acct_Orig"_s);
    QVERIFY(!d.editor()->hasUnsavedChanges());
    snapshot(&d, u"edit-connector"_s);
    d.editor()->nameEdit()->setText(u"Stripe renamed"_s);
    typeInto(form, u"$.account_id"_s, u"acct_New"_s);
    form->validateNow();
    QTRY_VERIFY(d.saveButton()->isEnabled());
    QSignalSpy updated(&d, &gui::EditConnectorDialog::updated);
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(updated.size(), 1);
    const sandbox::ActorRecord *stored = f.server().context().store.sources.find(id);
    QCOMPARE(stored->name, u"Stripe renamed"_s);
    QCOMPARE(stored->configuration.value(u"account_id"_s).toString(), u"acct_New"_s);
    QCOMPARE(stored->configuration.value(u"client_secret"_s).toString(), u"sk_live_Orig"_s);
}

void tst_ConnectorDialogs::editTestsUnsavedValues()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    const auto created = f.call("POST", u"/sources"_s,
                                QJsonObject{{u"name"_s, u"Stripe test"_s},
                                            {u"workspaceId"_s, f.workspaceId()},
                                            {u"definitionId"_s, kStripe},
                                            {u"configuration"_s, QJsonObject{{u"account_id"_s, u"acct_Orig"_s},
                                                                            {u"client_secret"_s, u"sk_live_invalidOrig"_s},
                                                                            {u"start_date"_s, u"2021-01-01T00:00:00Z"_s}}}});
    QVERIFY2(created.status == 200, created.body.constData());
    const QString id = created.object().value(u"sourceId"_s).toString();
    auto s = makeSession(f);
    domain::Actor actor;
    actor.id = id;
    actor.name = u"Stripe test"_s;
    actor.kind = domain::ActorKind::Source;
    gui::EditConnectorDialog d(s.get(), actor);
    d.setDraftDirectory(m_drafts.filePath(u"edit-test"_s));
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 10000);
    gui::SpecForm *form = d.editor()->form();
    // Untouched, the masked secret is checked with its stored value, which the remote side rejects.
    QVERIFY(d.testButton()->isEnabled());
    d.testButton()->click();
    QVERIFY(d.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY2(d.editor()->statusText().contains(u"client_secret was rejected"_s), qPrintable(d.editor()->statusText()));
    // A retyped secret, not saved yet, passes.
    typeInto(form, u"$.client_secret"_s, u"sk_live_New"_s);
    form->validateNow();
    QTRY_VERIFY(d.testButton()->isEnabled());
    d.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY2(d.editor()->statusText().contains(u"not saved yet"_s), qPrintable(d.editor()->statusText()));
    QCOMPARE(f.server().context().store.sources.find(id)->configuration.value(u"client_secret"_s).toString(),
             u"sk_live_invalidOrig"_s);
    QVERIFY(d.isVisible());
    // Save tests again, then saves.
    QSignalSpy updated(&d, &gui::EditConnectorDialog::updated);
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(f.server().context().store.sources.find(id)->configuration.value(u"client_secret"_s).toString(),
             u"sk_live_New"_s);
}

void tst_ConnectorDialogs::draftSurvivesWithoutSecrets()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const QString dir = m_drafts.filePath(u"draft"_s);
    {
        auto d = std::make_unique<gui::DeployConnectorDialog>(s.get(), domain::ActorKind::Source);
        d->setDraftDirectory(dir);
        d->show();
        QVERIFY(openStripe(*d));
        d->editor()->nameEdit()->clear();
        QTest::keyClicks(d->editor()->nameEdit(), u"Half done"_s);
        typeInto(d->editor()->form(), u"$.account_id"_s, u"acct_Draft"_s);
        typeInto(d->editor()->form(), u"$.client_secret"_s, u"sk_test_NeverOnDisk"_s);
        // Destroyed without closing, as in a crash of the window: the draft is already there
        // or written on the way out.
    }
    const QStringList files = QDir(dir).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile file(QDir(dir).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("acct_Draft"));
    QVERIFY(content.contains("Half done"));
    QVERIFY(!content.contains("sk_test_NeverOnDisk"));
    QVERIFY(!content.contains("client_secret"));

    gui::DeployConnectorDialog again(s.get(), domain::ActorKind::Source);
    again.setDraftDirectory(dir);
    again.show();
    QVERIFY(openStripe(again));
    QCOMPARE(again.editor()->nameEdit()->text(), u"Half done"_s);
    QCOMPARE(again.editor()->form()->value().value(u"account_id"_s).toString(), u"acct_Draft"_s);
    QVERIFY(!again.editor()->form()->value().contains(u"client_secret"_s));
    QVERIFY(again.editor()->statusText().contains(u"Restored"_s));
    QVERIFY(again.editor()->hasUnsavedChanges());
}

void tst_ConnectorDialogs::closingAsksFirst()
{
    SandboxFixture f(kQuickChecks);
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const QString dir = m_drafts.filePath(u"close"_s);
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(dir);
    d.show();
    QVERIFY(openStripe(d));
    typeInto(d.editor()->form(), u"$.account_id"_s, u"acct_Close"_s);
    d.editor()->writeDraft();
    d.reject();
    auto *box = d.findChild<QMessageBox *>(u"discardChangesBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!d.findChild<QMessageBox *>(u"discardChangesBox"_s));
    QVERIFY(d.isVisible());
    QCOMPARE(d.editor()->form()->value().value(u"account_id"_s).toString(), u"acct_Close"_s);
    d.reject();
    box = d.findChild<QMessageBox *>(u"discardChangesBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(!d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty()); // discarded work leaves no draft
    // Nothing typed: closing does not ask.
    gui::DeployConnectorDialog clean(s.get(), domain::ActorKind::Source);
    clean.setDraftDirectory(dir);
    clean.show();
    QVERIFY(openStripe(clean));
    clean.reject();
    QVERIFY(!clean.findChild<QMessageBox *>(u"discardChangesBox"_s));
    QVERIFY(!clean.isVisible());
}

QTEST_MAIN(tst_ConnectorDialogs)
#include "tst_ConnectorDialogs.moc"

// Deploy and edit dialogs for sources and destinations against an in-process sandbox: deploy
// from the form, a failed check, a refused duplicate name, an edit that keeps a masked secret,
// drafts on disk without secrets, and asking before unsaved work is closed.
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

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;
using airdesk::test::makeSession;

namespace {

const QString kStripe = u"e094cb9a-26de-4645-8761-65c0c425d1de"_s;

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
    void failedCheckShowsMessageAndKeepsWork();
    void duplicateNameRefusedKeepsEverything();
    void cancelStopsTheSave();
    void editKeepsMaskedSecret();
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
    SandboxFixture f;
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
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(deployed.size(), 1);
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

void tst_ConnectorDialogs::failedCheckShowsMessageAndKeepsWork()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(m_drafts.filePath(u"check"_s));
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
    QVERIFY2(d.editor()->statusText().contains(u"connection test failed"_s), qPrintable(d.editor()->statusText()));
    QVERIFY(d.editor()->statusText().contains(u"account_id was rejected"_s));
    QVERIFY(d.editor()->detailsText().contains(u"account_id"_s));
    snapshot(&d, u"deploy-check-failed"_s);
    QCOMPARE(deployed.size(), 1); // saved before the check
    QCOMPARE(form->value().value(u"account_id"_s).toString(), u"acct_invalid7"_s);
    // Fix it and save again: the same connector is updated, not a second one created.
    const QString id = d.savedActor().id;
    QCOMPARE(d.saveButton()->text(), u"&Save changes"_s);
    typeInto(form, u"$.account_id"_s, u"acct_Fixed"_s);
    form->validateNow();
    QTRY_VERIFY(d.testButton()->isEnabled());
    d.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(deployed.size(), 1);
    QCOMPARE(f.server().context().store.sources.find(id)->configuration.value(u"account_id"_s).toString(),
             u"acct_Fixed"_s);
    QCOMPARE(f.server().context().store.sources.find(id)->configuration.value(u"client_secret"_s).toString(),
             u"sk_test_Check"_s);
}

void tst_ConnectorDialogs::duplicateNameRefusedKeepsEverything()
{
    SandboxFixture f;
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

void tst_ConnectorDialogs::cancelStopsTheSave()
{
    SandboxFixture f;
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
    QTRY_VERIFY(d.testButton()->isEnabled());
    d.testButton()->click();
    QVERIFY(d.isBusy());
    QVERIFY(!d.testButton()->isEnabled());
    QVERIFY(d.editor()->cancelButton()->isVisible());
    d.editor()->cancelButton()->click(); // before the event loop delivered any answer
    QVERIFY(!d.isBusy());
    QCOMPARE(d.editor()->statusText(), u"Cancelled. Nothing was saved."_s);
    QTest::qWait(300);
    QCOMPARE(f.server().context().store.sources.size(), before);
    QVERIFY(d.isVisible());
    QVERIFY(d.testButton()->isEnabled());
    QCOMPARE(form->value().value(u"account_id"_s).toString(), u"acct_Cancel"_s);
}

void tst_ConnectorDialogs::editKeepsMaskedSecret()
{
    SandboxFixture f;
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

void tst_ConnectorDialogs::draftSurvivesWithoutSecrets()
{
    SandboxFixture f;
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
    SandboxFixture f;
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

// The new-connection wizard and the connection editor against an in-process sandbox: the
// wizard creates a connection with the chosen streams, modes and settings, refuses zero
// streams; the editor renames, re-selects streams (with the catalog warning), toggles, and
// keeps edits when the server refuses a change.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/WorkspaceSession.h"
#include "gui/connections/ActorPickerPage.h"
#include "gui/connections/ConnectionSettingsPage.h"
#include "gui/connections/EditConnectionDialog.h"
#include "gui/connections/NewConnectionWizard.h"
#include "gui/connections/ScheduleField.h"
#include "gui/connections/StreamSelector.h"
#include "gui/connections/StreamsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;
using airdesk::test::makeSession;

namespace {

/// With AIRDESK_SCREENSHOT_DIR set, pictures of the dialogs for a person to look at.
void snapshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AIRDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + u'/' + name + u".png"_s);
}

QStringList streamNames(const QJsonArray &streams)
{
    QStringList out;
    for (const QJsonValue &s : streams)
        out.append(s.toObject().value(u"name"_s).toString());
    out.sort();
    return out;
}

} // namespace

class tst_ConnectionDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardCreatesConnectionWithChosenStreams();
    void wizardNeedsAStream();
    void wizardDraftSurvivesACrash();
    void editConnection();
    void editFailureKeepsEdits();
};

void tst_ConnectionDialogs::initTestCase()
{
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat); // remembered dialog sizes stay out of the way
}

void tst_ConnectionDialogs::wizardCreatesConnectionWithChosenStreams()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const sandbox::ActorRecord *source = f.server().context().store.sources.ordered().front();
    const sandbox::ActorRecord *destination = f.server().context().store.destinations.ordered().front();
    const qsizetype before = f.server().context().store.connections.size();
    gui::NewConnectionWizard wizard(s.get());
    QTemporaryDir drafts;
    wizard.setDraftDirectory(drafts.path());
    QSignalSpy created(&wizard, &gui::NewConnectionWizard::created);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isLoaded(), 10000);
    QVERIFY(!wizard.sourcePage()->isComplete());
    QVERIFY(wizard.sourcePage()->select(source->id));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.destinationPage()->isLoaded(), 10000);
    QVERIFY(wizard.destinationPage()->select(destination->id));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::NewConnectionWizard::StreamPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.streamsPage()->isLoaded(), 15000);
    gui::StreamSelector *selector = wizard.streamsPage()->selector();
    QTreeWidget *tree = selector->tree();
    QVERIFY2(tree->topLevelItemCount() >= 2, "the seeded source should offer at least two streams");
    QVERIFY(wizard.streamsPage()->isComplete()); // all selected at first
    selector->findChild<QPushButton *>(u"selectNoneButton"_s)->click();
    QVERIFY(selector->selectedStreams().isEmpty());
    QVERIFY(!wizard.streamsPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    selector->findChild<QPushButton *>(u"selectAllButton"_s)->click();
    QCOMPARE(selector->selectedStreams().size(), tree->topLevelItemCount());
    selector->setAllChecked(false);
    const QString first = tree->topLevelItem(0)->text(gui::StreamSelector::NameColumn);
    const QString second = tree->topLevelItem(1)->text(gui::StreamSelector::NameColumn);
    selector->setChecked(first, true);
    selector->setChecked(second, true);
    // A sync mode the stream offers: the last one in its list.
    auto *modes = qobject_cast<QComboBox *>(tree->itemWidget(tree->topLevelItem(1), gui::StreamSelector::SyncModeColumn));
    QVERIFY(modes && modes->count() >= 2);
    const QString mode = modes->itemData(modes->count() - 1).toString();
    QVERIFY(selector->setSyncMode(second, mode));
    QVERIFY(!selector->setSyncMode(second, u"no_such_mode"_s));
    QVERIFY(wizard.streamsPage()->isComplete());
    snapshot(&wizard, u"wizard-streams"_s);
    wizard.next();
    gui::ConnectionSettingsPage *settings = wizard.settingsPage();
    QCOMPARE(settings->nameEdit()->text(), QString(source->name + u" → "_s + destination->name));
    settings->nameEdit()->setText(u"Wizard made"_s);
    settings->prefixEdit()->setText(u"wiz_"_s);
    settings->namespaceBox()->setCurrentIndex(settings->namespaceBox()->findData(u"custom_format"_s));
    QVERIFY(!settings->isComplete()); // custom format needs a format
    settings->namespaceFormatEdit()->setText(u"${SOURCE_NAMESPACE}_raw"_s);
    QVERIFY(settings->isComplete());
    settings->schemaChangeBox()->setCurrentIndex(settings->schemaChangeBox()->findData(u"propagate_fully"_s));
    settings->scheduleField()->setSchedule(domain::ConnectionSchedule::cron(u"0 0 12 * * ?"_s));
    settings->enabledCheck()->setChecked(false);
    snapshot(&wizard, u"wizard-settings"_s);
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 10000);
    QCOMPARE(created.size(), 1);
    const auto connection = created.first().first().value<domain::Connection>();
    QCOMPARE(f.server().context().store.connections.size(), before + 1);
    const sandbox::ConnectionRecord *stored = f.server().context().store.connections.find(connection.connectionId);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Wizard made"_s);
    QCOMPARE(stored->sourceId, source->id);
    QCOMPARE(stored->destinationId, destination->id);
    QStringList chosen{first, second};
    chosen.sort();
    QCOMPARE(streamNames(stored->streams), chosen);
    for (const QJsonValue &st : stored->streams)
        if (st.toObject().value(u"name"_s).toString() == second)
            QCOMPARE(st.toObject().value(u"syncMode"_s).toString(), mode);
    QCOMPARE(stored->prefix, u"wiz_"_s);
    QCOMPARE(stored->namespaceDefinition, u"custom_format"_s);
    QCOMPARE(stored->namespaceFormat, u"${SOURCE_NAMESPACE}_raw"_s);
    QCOMPARE(stored->nonBreakingSchemaUpdatesBehavior, u"propagate_fully"_s);
    QCOMPARE(stored->scheduleType, u"cron"_s);
    QCOMPARE(stored->cronExpression, u"0 0 12 * * ?"_s);
    QCOMPARE(stored->status, u"inactive"_s);
}

void tst_ConnectionDialogs::wizardDraftSurvivesACrash()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const auto sources = f.server().context().store.sources.ordered();
    const auto destinations = f.server().context().store.destinations.ordered();
    QVERIFY(sources.size() >= 2 && !destinations.empty());
    // Not the first source: a restored choice must be the one made, not a default.
    const sandbox::ActorRecord *source = sources.at(1);
    const sandbox::ActorRecord *destination = destinations.back();
    QTemporaryDir drafts;
    QString first, second, mode;
    {
        auto wizard = std::make_unique<gui::NewConnectionWizard>(s.get());
        wizard->setDraftDirectory(drafts.path());
        QVERIFY(!wizard->restoredDraft());
        wizard->show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->sourcePage()->isLoaded(), 10000);
        QVERIFY(wizard->sourcePage()->select(source->id));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->destinationPage()->isLoaded(), 10000);
        QVERIFY(wizard->destinationPage()->select(destination->id));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->streamsPage()->isLoaded(), 15000);
        gui::StreamSelector *selector = wizard->streamsPage()->selector();
        QTreeWidget *tree = selector->tree();
        QVERIFY(tree->topLevelItemCount() >= 3);
        selector->setAllChecked(false);
        // A subset (not the default "all"), one of them with a sync mode of its own.
        first = tree->topLevelItem(2)->text(gui::StreamSelector::NameColumn);
        second = tree->topLevelItem(1)->text(gui::StreamSelector::NameColumn);
        selector->setChecked(first, true);
        selector->setChecked(second, true);
        auto *modes = qobject_cast<QComboBox *>(tree->itemWidget(tree->topLevelItem(1), gui::StreamSelector::SyncModeColumn));
        QVERIFY(modes && modes->count() >= 2);
        for (int i = 0; i < modes->count(); ++i) // a full refresh: every stream can run one without a cursor
            if (modes->itemData(i).toString().startsWith(u"full_refresh"_s))
                mode = modes->itemData(i).toString();
        QVERIFY(!mode.isEmpty());
        QVERIFY(selector->setSyncMode(second, mode));
        wizard->next();
        wizard->settingsPage()->nameEdit()->setText(u"Half built"_s);
        wizard->settingsPage()->prefixEdit()->setText(u"hb_"_s);
        // The draft reaches the disk while the wizard is open...
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(drafts.path()).entryList(QDir::Files).isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QStringList files = QDir(drafts.path()).entryList(QDir::Files);
                QFile file(drafts.filePath(files.value(0)));
                return file.open(QIODevice::ReadOnly) && file.readAll().contains("hb_");
            }(),
            5000);
        // ...and the wizard goes without Cancel or Finish, as in a crash or a quit.
    }
    QCOMPARE(QDir(drafts.path()).entryList(QDir::Files).size(), 1);

    gui::NewConnectionWizard wizard(s.get());
    wizard.setDraftDirectory(drafts.path());
    QVERIFY(wizard.restoredDraft());
    QSignalSpy created(&wizard, &gui::NewConnectionWizard::created);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isLoaded(), 10000);
    QCOMPARE(wizard.sourcePage()->selectedId(), source->id);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.destinationPage()->isLoaded(), 10000);
    QCOMPARE(wizard.destinationPage()->selectedId(), destination->id);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.streamsPage()->isLoaded(), 15000);
    QStringList chosen{first, second};
    chosen.sort();
    QStringList selected = wizard.streamsPage()->selector()->selectedStreams();
    selected.sort();
    QCOMPARE(selected, chosen);
    for (const auto &stream : wizard.streamsPage()->selector()->selection())
        if (stream.name == second)
            QCOMPARE(stream.syncMode, mode);
    wizard.next();
    QCOMPARE(wizard.settingsPage()->nameEdit()->text(), u"Half built"_s);
    QCOMPARE(wizard.settingsPage()->prefixEdit()->text(), u"hb_"_s);
    // Creating it removes the draft: the next wizard starts empty.
    wizard.accept();
    QTRY_VERIFY2_WITH_TIMEOUT(!wizard.isVisible(), qPrintable(wizard.settingsPage()->errorText()), 10000);
    QCOMPARE(created.size(), 1);
    QVERIFY(QDir(drafts.path()).entryList(QDir::Files).isEmpty());
    gui::NewConnectionWizard next(s.get());
    next.setDraftDirectory(drafts.path());
    QVERIFY(!next.restoredDraft());
}

void tst_ConnectionDialogs::wizardNeedsAStream()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const qsizetype before = f.server().context().store.connections.size();
    gui::NewConnectionWizard wizard(s.get());
    QTemporaryDir drafts;
    wizard.setDraftDirectory(drafts.path());
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isLoaded(), 10000);
    QVERIFY(wizard.sourcePage()->select(f.server().context().store.sources.ordered().front()->id));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.destinationPage()->isLoaded(), 10000);
    QVERIFY(wizard.destinationPage()->select(f.server().context().store.destinations.ordered().front()->id));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.streamsPage()->isLoaded(), 15000);
    wizard.next();
    wizard.streamsPage()->selector()->setAllChecked(false);
    wizard.accept(); // even if reached, Finish refuses an empty selection
    QCOMPARE(wizard.settingsPage()->errorText(), u"Select at least one stream."_s);
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.isCreating());
    QCOMPARE(f.server().context().store.connections.size(), before);
}

void tst_ConnectionDialogs::editConnection()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const sandbox::ConnectionRecord *record = nullptr;
    for (const sandbox::ConnectionRecord *c : f.server().context().store.connections.ordered())
        if (c->streams.size() >= 2 && c->status == u"active")
            record = c;
    QVERIFY2(record, "a seeded connection with two streams");
    const QString id = record->id;
    domain::Connection c;
    c.connectionId = id;
    c.name = record->name;
    gui::EditConnectionDialog d(s.get(), c);
    QSignalSpy updated(&d, &gui::EditConnectionDialog::updated);
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
    QCOMPARE(d.nameEdit()->text(), record->name);
    QCOMPARE(d.streams()->selectedStreams().size(), record->streams.size());
    QVERIFY(!d.saveButton()->isEnabled()); // nothing changed yet
    QVERIFY(!d.catalogWarningShown());
    const QStringList before = d.streams()->selectedStreams();
    d.streams()->setChecked(before.first(), false);
    QVERIFY(d.catalogWarningShown());
    d.streams()->setChecked(before.first(), true);
    QVERIFY(!d.catalogWarningShown());
    d.streams()->setAllChecked(false);
    QVERIFY(!d.saveButton()->isEnabled()); // at least one stream
    d.streams()->setChecked(before.last(), true);
    d.nameEdit()->setText(u"Renamed in editor"_s);
    d.prefixEdit()->setText(u"ed_"_s);
    d.enabledCheck()->setChecked(false);
    d.scheduleField()->setSchedule(domain::ConnectionSchedule::cron(u"0 30 6 * * ?"_s));
    QVERIFY(d.saveButton()->isEnabled());
    snapshot(&d, u"edit-connection"_s);
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isVisible(), 10000);
    QCOMPARE(updated.size(), 1);
    const sandbox::ConnectionRecord *stored = f.server().context().store.connections.find(id);
    QCOMPARE(stored->name, u"Renamed in editor"_s);
    QCOMPARE(stored->prefix, u"ed_"_s);
    QCOMPARE(streamNames(stored->streams), QStringList{before.last()});
    QCOMPARE(stored->status, u"inactive"_s);
    QCOMPARE(stored->scheduleType, u"cron"_s);
    QCOMPARE(stored->cronExpression, u"0 30 6 * * ?"_s);
}

void tst_ConnectionDialogs::editFailureKeepsEdits()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    const sandbox::ConnectionRecord *record = f.server().context().store.connections.ordered().front();
    domain::Connection c;
    c.connectionId = record->id;
    c.name = record->name;
    gui::EditConnectionDialog d(s.get(), c);
    d.show();
    QTRY_VERIFY_WITH_TIMEOUT(d.isLoaded(), 15000);
    d.prefixEdit()->setText(u"kept_"_s);
    // A 5-field Unix cron is refused before anything is sent for it.
    d.scheduleField()->setSchedule(domain::ConnectionSchedule::cron(u"0 12 * * *"_s));
    d.saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 10000);
    QVERIFY(d.isVisible());
    QVERIFY2(d.statusText().startsWith(u"Could not change the schedule"_s), qPrintable(d.statusText()));
    QCOMPARE(d.prefixEdit()->text(), u"kept_"_s);
    QCOMPARE(d.scheduleField()->schedule().cronExpression, u"0 12 * * *"_s);
    QCOMPARE(f.server().context().store.connections.find(record->id)->prefix, u"kept_"_s); // sent before the failure
    // Closing with the schedule still unsaved asks first.
    d.reject();
    QTRY_VERIFY(d.findChild<QWidget *>(u"discardChangesBox"_s));
    QVERIFY(d.isVisible());
}

QTEST_MAIN(tst_ConnectionDialogs)
#include "tst_ConnectionDialogs.moc"

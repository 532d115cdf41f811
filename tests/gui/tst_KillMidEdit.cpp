// "Nothing lost" with a real crash: each test starts this executable again as a victim process
// (AIRDESK_KILL_VICTIM=<form>) against the in-process sandbox, the victim opens the real form,
// types into its widgets (a canary secret where the form has a secret field), waits until its
// draft is on disk and says READY; the test then SIGKILLs it and checks the draft file (the
// typed values, never the secret) and that the same form, opened again here, restores it.
// Forms: connector deploy, connection wizard, YAML editor autosave, testing values.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/ApiRoots.h"
#include "api/Credentials.h"
#include "api/WorkspaceSession.h"
#include "core/manifest/YamlToJson.h"
#include "gui/common/DraftStore.h"
#include "gui/connections/ActorPickerPage.h"
#include "gui/connections/ConnectionSettingsPage.h"
#include "gui/connections/NewConnectionWizard.h"
#include "gui/connections/StreamSelector.h"
#include "gui/connections/StreamsPage.h"
#include "gui/connectors/ConnectorEditorPane.h"
#include "gui/connectors/DeployConnectorDialog.h"
#include "gui/definitions/DefinitionsView.h"
#include "gui/definitions/ManifestEditor.h"
#include "gui/definitions/PublishDialog.h"
#include "gui/definitions/TestingValuesEditor.h"
#include "gui/forms/NumberField.h"
#include "gui/forms/SecretField.h"
#include "gui/forms/SpecForm.h"
#include "sandbox/SandboxStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;
using airdesk::test::makeSession;

namespace {

constexpr auto kVictimVar = "AIRDESK_KILL_VICTIM";
const QString kStripe = u"e094cb9a-26de-4645-8761-65c0c425d1de"_s;

// What the victims type: recognisable markers that must reach the disk, and a canary secret
// that must not.
const QString kCanary = u"sk_live_CANARY_kmx5519"_s;
const QString kDeployName = u"Killed ledger kmx7731"_s;
const QString kAccount = u"acct_kmx7731"_s;
const QString kConnectionName = u"Killed wizard kmx2207"_s;
const QString kPrefix = u"kmx2207_"_s;
const QString kYamlMarker = u"# kmx4417 typed before the kill"_s;
const QString kRegion = u"kmx-region-3309"_s;
const QString kDays = u"17"_s;

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The files of a drafts directory (hidden ones too: a temporary file left by a torn write).
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

QJsonObject secretManifest()
{
    manifest::YamlError error;
    QJsonObject manifest =
        manifest::YamlToJson::parse(gui::DefinitionsView::templateText(), &error).value_or(QJsonValue()).toObject();
    QJsonObject spec = manifest.value(u"spec"_s).toObject();
    spec.insert(u"connection_specification"_s,
                QJsonObject{{u"type"_s, u"object"_s},
                            {u"required"_s, QJsonArray{u"api_key"_s, u"region"_s}},
                            {u"properties"_s,
                             QJsonObject{{u"api_key"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"airbyte_secret"_s, true}}},
                                         {u"region"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                         {u"days"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}});
    manifest.insert(u"spec"_s, spec);
    return manifest;
}

// ---- the victim side: runs in the child process, no QtTest machinery around it ----

[[noreturn]] void victimFail(const QString &why)
{
    std::fprintf(stderr, "VICTIM FAILED: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(3);
}

void require(bool ok, const QString &why)
{
    if (!ok)
        victimFail(why);
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void victimType(QWidget *edit, const QString &text)
{
    require(edit != nullptr, u"no input to type into"_s);
    QTest::keyClicks(edit, text);
}

/// Waits (with the event loop running, so the form's own debounce fires) until one file of
/// `dir` holds every marker.
void waitForDraft(const QString &dir, const QStringList &markers)
{
    const bool written = QTest::qWaitFor(
        [&] {
            for (const QString &name : filesIn(dir)) {
                const QByteArray bytes = readAll(QDir(dir).filePath(name));
                bool all = true;
                for (const QString &m : markers)
                    all = all && bytes.contains(m.toUtf8());
                if (all)
                    return true;
            }
            return false;
        },
        20000);
    require(written, u"no draft with %1 in %2"_s.arg(markers.join(u", "_s), dir));
}

std::unique_ptr<api::WorkspaceSession> victimSession()
{
    const auto roots = api::ApiRoots::make(env("AIRDESK_KILL_API"));
    require(roots.has_value(), u"bad API root %1"_s.arg(env("AIRDESK_KILL_API")));
    return std::make_unique<api::WorkspaceSession>(
        *roots, api::Credentials::clientCredentials(env("AIRDESK_KILL_CLIENT_ID"), env("AIRDESK_KILL_CLIENT_SECRET")),
        env("AIRDESK_KILL_WORKSPACE"));
}

int victimDeploy()
{
    const QString drafts = env("AIRDESK_KILL_DRAFTS");
    auto session = victimSession();
    gui::DeployConnectorDialog d(session.get(), domain::ActorKind::Source);
    d.setDraftDirectory(drafts);
    d.show();
    d.selectDefinition(kStripe);
    require(QTest::qWaitFor([&d] { return d.editor()->hasSpecification() && !d.isBusy(); }, 20000),
            u"the Stripe specification did not load"_s);
    gui::SpecForm *form = d.editor()->form();
    d.editor()->nameEdit()->clear();
    victimType(d.editor()->nameEdit(), kDeployName);
    victimType(form->field(u"$.account_id"_s)->findChild<QLineEdit *>(), kAccount);
    auto *secret = qobject_cast<gui::SecretField *>(form->field(u"$.client_secret"_s));
    require(secret != nullptr, u"client_secret is not a secret field"_s);
    victimType(secret->lineEdit(), kCanary);
    // The canary really is in the form: a draft without it proves something.
    require(form->value().value(u"client_secret"_s).toString() == kCanary, u"the secret was not typed"_s);
    waitForDraft(drafts, {kDeployName, kAccount});
    say("READY");
    return QApplication::exec();
}

int victimWizard()
{
    const QString drafts = env("AIRDESK_KILL_DRAFTS");
    auto session = victimSession();
    gui::NewConnectionWizard wizard(session.get());
    wizard.setDraftDirectory(drafts);
    require(!wizard.restoredDraft(), u"a draft was there before"_s);
    wizard.show();
    require(QTest::qWaitFor([&] { return wizard.sourcePage()->isLoaded(); }, 20000), u"sources did not load"_s);
    require(wizard.sourcePage()->select(env("AIRDESK_KILL_SOURCE")), u"source not offered"_s);
    wizard.next();
    require(QTest::qWaitFor([&] { return wizard.destinationPage()->isLoaded(); }, 20000),
            u"destinations did not load"_s);
    require(wizard.destinationPage()->select(env("AIRDESK_KILL_DESTINATION")), u"destination not offered"_s);
    wizard.next();
    require(QTest::qWaitFor([&] { return wizard.streamsPage()->isLoaded(); }, 20000), u"streams did not load"_s);
    gui::StreamSelector *selector = wizard.streamsPage()->selector();
    QTreeWidget *tree = selector->tree();
    require(tree->topLevelItemCount() >= 3, u"fewer than three streams"_s);
    selector->setAllChecked(false);
    // A subset (not the default "all"), one of them with a sync mode of its own.
    const QString first = tree->topLevelItem(2)->text(gui::StreamSelector::NameColumn);
    const QString second = tree->topLevelItem(1)->text(gui::StreamSelector::NameColumn);
    selector->setChecked(first, true);
    selector->setChecked(second, true);
    auto *modes = qobject_cast<QComboBox *>(tree->itemWidget(tree->topLevelItem(1), gui::StreamSelector::SyncModeColumn));
    require(modes && modes->count() >= 2, u"no sync modes to choose from"_s);
    QString mode;
    for (int i = 0; i < modes->count(); ++i)
        if (modes->itemData(i).toString().startsWith(u"full_refresh"_s))
            mode = modes->itemData(i).toString();
    require(!mode.isEmpty() && selector->setSyncMode(second, mode), u"no full refresh mode"_s);
    wizard.next();
    require(wizard.currentId() == int(gui::NewConnectionWizard::SettingsPage), u"not on the settings page"_s);
    QLineEdit *name = wizard.settingsPage()->nameEdit();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    victimType(name, kConnectionName);
    victimType(wizard.settingsPage()->prefixEdit(), kPrefix);
    waitForDraft(drafts, {kConnectionName, kPrefix});
    say(QStringList{u"CHOSEN"_s, first, second, mode}.join(u'\t').toUtf8());
    say("READY");
    return QApplication::exec();
}

int victimYaml()
{
    auto session = victimSession();
    const QString id = env("AIRDESK_KILL_DEFINITION");
    gui::DefinitionsView view(&session->definitions(), manifest::ManifestValidator());
    view.resize(900, 700);
    view.show();
    QSignalSpy opened(&view, &gui::DefinitionsView::opened);
    view.open(id);
    require(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 20000), u"the definition did not open"_s);
    require(!view.editor()->text().isEmpty(), u"the editor is empty"_s);
    QWidget *text = view.editor()->textWidget();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClick(text, Qt::Key_Home); // no auto-indent before the comment
    victimType(text, kYamlMarker);
    require(view.editor()->text().contains(kYamlMarker.toUtf8()), u"typing did not reach the editor"_s);
    const QString path = gui::ManifestEditor::autosavePath(id);
    waitForDraft(QFileInfo(path).absolutePath(), {kYamlMarker});
    say("AUTOSAVE\t" + path.toUtf8());
    say("READY");
    return QApplication::exec();
}

int victimTestingValues()
{
    const QString drafts = env("AIRDESK_KILL_DRAFTS");
    auto session = victimSession();
    const QJsonObject manifest = secretManifest();
    gui::PublishDialog dialog(&session->definitions(), manifest, manifest::ManifestValidator().validate(manifest));
    dialog.setDraftDirectory(drafts);
    dialog.show();
    require(!dialog.testingValuesGroup()->isChecked(), u"a draft was there before"_s);
    dialog.testingValuesGroup()->setChecked(true);
    gui::TestingValuesEditor *values = dialog.testingValuesEditor();
    require(values->hasForm(), u"no testing values form"_s);
    auto *secret = qobject_cast<gui::SecretField *>(values->form()->field(u"$.api_key"_s));
    require(secret != nullptr, u"api_key is not a secret field"_s);
    victimType(secret->lineEdit(), kCanary);
    victimType(values->form()->field(u"$.region"_s)->findChild<QLineEdit *>(), kRegion);
    auto *days = qobject_cast<gui::NumberField *>(values->form()->field(u"$.days"_s));
    require(days != nullptr, u"days is not a number field"_s);
    victimType(days->lineEdit(), kDays);
    require(values->form()->value().value(u"api_key"_s).toString() == kCanary, u"the secret was not typed"_s);
    waitForDraft(drafts, {kRegion});
    say("READY");
    return QApplication::exec();
}

int runVictim(const QString &form)
{
    if (form == u"deploy")
        return victimDeploy();
    if (form == u"wizard")
        return victimWizard();
    if (form == u"yaml")
        return victimYaml();
    if (form == u"testing-values")
        return victimTestingValues();
    victimFail(u"unknown form %1"_s.arg(form));
}

/// Points XDG_DATA_HOME (AppDataLocation) of this process somewhere else while it lives.
class DataHomeOverride final
{
public:
    explicit DataHomeOverride(const QString &dir)
        : m_had(qEnvironmentVariableIsSet("XDG_DATA_HOME")), m_old(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", dir.toLocal8Bit());
    }
    ~DataHomeOverride()
    {
        if (m_had)
            qputenv("XDG_DATA_HOME", m_old);
        else
            qunsetenv("XDG_DATA_HOME");
    }
    Q_DISABLE_COPY_MOVE(DataHomeOverride)

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

// ---- the test side ----

class tst_KillMidEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deployFormSurvivesSigkill();
    void wizardSurvivesSigkill();
    void yamlEditorSurvivesSigkill();
    void testingValuesSurviveSigkill();

private:
    /// Starts the victim for `form` with a private HOME under `home`, waits for READY, kills it
    /// with SIGKILL and returns its stdout; an empty result and `why` when it went wrong.
    QByteArray runAndKill(SandboxFixture &f, const QString &form, const QTemporaryDir &home,
                          const QMap<QString, QString> &extra, QString *why);
};

void tst_KillMidEdit::initTestCase()
{
    QVERIFY(!QCoreApplication::applicationFilePath().isEmpty());
}

QByteArray tst_KillMidEdit::runAndKill(SandboxFixture &f, const QString &form, const QTemporaryDir &home,
                                       const QMap<QString, QString> &extra, QString *why)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kVictimVar), form);
    environment.insert(u"AIRDESK_KILL_API"_s, f.server().publicApiRoot().toString());
    environment.insert(u"AIRDESK_KILL_WORKSPACE"_s, f.workspaceId());
    environment.insert(u"AIRDESK_KILL_CLIENT_ID"_s, f.server().options().clientId);
    environment.insert(u"AIRDESK_KILL_CLIENT_SECRET"_s, f.server().options().clientSecret);
    environment.insert(u"AIRDESK_KILL_DRAFTS"_s, home.filePath(u"drafts"_s));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Nothing of the user's: settings, data (drafts, autosaves) and caches all in `home`.
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    const QString runtime = home.filePath(u"runtime"_s);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);

    QProcess victim;
    victim.setProcessEnvironment(environment);
    victim.setProgram(QCoreApplication::applicationFilePath());
    QElapsedTimer clock;
    clock.start();
    victim.start();
    if (!victim.waitForStarted(30000)) {
        *why = u"the victim did not start: "_s + victim.errorString();
        return {};
    }
    // The sandbox lives in this process: wait with the event loop running, never blocked.
    QByteArray out;
    (void)QTest::qWaitFor(
        [&] {
            out += victim.readAllStandardOutput();
            return out.contains("READY\n") || victim.state() == QProcess::NotRunning;
        },
        60000);
    out += victim.readAllStandardOutput();
    if (!out.contains("READY\n")) {
        const bool running = victim.state() != QProcess::NotRunning;
        if (running) {
            victim.kill();
            victim.waitForFinished(10000);
        }
        *why = u"the %1 victim %2 before READY after %3 ms\n--- stdout:\n%4\n--- stderr:\n%5"_s.arg(
            form, running ? u"timed out"_s : u"exited (code %1)"_s.arg(victim.exitCode()),
            QString::number(clock.elapsed()), QString::fromUtf8(out), QString::fromUtf8(victim.readAllStandardError()));
        return {};
    }
    const qint64 readyAfter = clock.elapsed();
    victim.kill(); // SIGKILL: no destructor, no close event, no flush on the way out
    if (!victim.waitForFinished(20000)) {
        *why = u"the victim did not die"_s;
        return {};
    }
    if (victim.exitStatus() != QProcess::CrashExit) {
        *why = u"the victim exited normally (code %1) instead of being killed"_s.arg(victim.exitCode());
        return {};
    }
    qInfo("%s victim READY after %lld ms, killed", qPrintable(form), readyAfter);
    return out;
}

void tst_KillMidEdit::deployFormSurvivesSigkill()
{
    SandboxFixture f(QStringList{u"--check-duration-ms"_s, u"150"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString why;
    QVERIFY2(!runAndKill(f, u"deploy"_s, home, {}, &why).isEmpty(), qPrintable(why));

    const QString drafts = home.filePath(u"drafts"_s);
    const QStringList files = filesIn(drafts);
    QCOMPARE(files.size(), 1); // one draft, no half-written temporary file beside it
    const QByteArray bytes = readAll(QDir(drafts).filePath(files.first()));
    QVERIFY2(bytes.contains(kDeployName.toUtf8()), bytes.constData());
    QVERIFY2(bytes.contains(kAccount.toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains(kCanary.toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains("client_secret"), bytes.constData());

    auto s = makeSession(f);
    gui::DeployConnectorDialog d(s.get(), domain::ActorKind::Source);
    d.setDraftDirectory(drafts);
    d.show();
    d.selectDefinition(kStripe);
    QVERIFY(QTest::qWaitFor([&d] { return d.editor()->hasSpecification() && !d.isBusy(); }, 20000));
    QCOMPARE(d.editor()->nameEdit()->text(), kDeployName);
    gui::SpecForm *form = d.editor()->form();
    QCOMPARE(form->value().value(u"account_id"_s).toString(), kAccount);
    QCOMPARE(form->field(u"$.account_id"_s)->findChild<QLineEdit *>()->text(), kAccount);
    auto *secret = qobject_cast<gui::SecretField *>(form->field(u"$.client_secret"_s));
    QVERIFY(secret);
    QCOMPARE(secret->lineEdit()->text(), QString()); // typed again, never restored
    QVERIFY(!form->value().contains(u"client_secret"_s));
    QVERIFY(d.editor()->statusText().contains(u"Restored"_s));
    QVERIFY(d.editor()->hasUnsavedChanges());
}

void tst_KillMidEdit::wizardSurvivesSigkill()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    const auto sources = f.server().context().store.sources.ordered();
    const auto destinations = f.server().context().store.destinations.ordered();
    QVERIFY(sources.size() >= 2 && !destinations.empty());
    // Not the first ones: a restored choice must be the one made, not a default.
    const QString sourceId = sources.at(1)->id;
    const QString destinationId = destinations.back()->id;
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString why;
    const QByteArray out = runAndKill(
        f, u"wizard"_s, home,
        {{u"AIRDESK_KILL_SOURCE"_s, sourceId}, {u"AIRDESK_KILL_DESTINATION"_s, destinationId}}, &why);
    QVERIFY2(!out.isEmpty(), qPrintable(why));
    QStringList chosen;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("CHOSEN\t"))
            chosen = QString::fromUtf8(line).split(u'\t').mid(1);
    QCOMPARE(chosen.size(), 3);
    const QString first = chosen.at(0), second = chosen.at(1), mode = chosen.at(2);

    const QString drafts = home.filePath(u"drafts"_s);
    const QStringList files = filesIn(drafts);
    QCOMPARE(files.size(), 1);
    const QByteArray bytes = readAll(QDir(drafts).filePath(files.first()));
    for (const QString &expected : {kConnectionName, kPrefix, sourceId, destinationId, first, second, mode})
        QVERIFY2(bytes.contains(expected.toUtf8()), qPrintable(expected + u" missing in "_s + QString::fromUtf8(bytes)));

    auto s = makeSession(f);
    gui::NewConnectionWizard wizard(s.get());
    wizard.setDraftDirectory(drafts);
    QVERIFY(wizard.restoredDraft());
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.sourcePage()->isLoaded(), 20000);
    QCOMPARE(wizard.sourcePage()->selectedId(), sourceId);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.destinationPage()->isLoaded(), 20000);
    QCOMPARE(wizard.destinationPage()->selectedId(), destinationId);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.streamsPage()->isLoaded(), 20000);
    QStringList expected{first, second};
    expected.sort();
    QStringList selected = wizard.streamsPage()->selector()->selectedStreams();
    selected.sort();
    QCOMPARE(selected, expected);
    bool sawMode = false;
    for (const auto &stream : wizard.streamsPage()->selector()->selection()) {
        if (stream.name == second) {
            QCOMPARE(stream.syncMode, mode);
            sawMode = true;
        }
    }
    QVERIFY(sawMode);
    wizard.next();
    QCOMPARE(wizard.settingsPage()->nameEdit()->text(), kConnectionName);
    QCOMPARE(wizard.settingsPage()->prefixEdit()->text(), kPrefix);
}

void tst_KillMidEdit::yamlEditorSurvivesSigkill()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    const auto definitions = f.server().context().store.declarativeDefinitions.ordered();
    QVERIFY2(!definitions.empty(), "the default seed has the demo YAML definition");
    const QString id = definitions.front()->id;
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString why;
    const QByteArray out = runAndKill(f, u"yaml"_s, home, {{u"AIRDESK_KILL_DEFINITION"_s, id}}, &why);
    QVERIFY2(!out.isEmpty(), qPrintable(why));

    // The same AppDataLocation as the victim's, for this process's editor too.
    DataHomeOverride dataHome(home.filePath(u"data"_s));
    const QString path = gui::ManifestEditor::autosavePath(id);
    QVERIFY2(path.startsWith(home.path()), qPrintable(path));
    QVERIFY2(out.contains(QByteArray("AUTOSAVE\t" + path.toUtf8() + "\n")), out.constData()); // the victim wrote here
    const QStringList files = filesIn(QFileInfo(path).absolutePath());
    QCOMPARE(files.size(), 1);
    const QByteArray bytes = readAll(path);
    QVERIFY2(bytes.contains(kYamlMarker.toUtf8()), bytes.constData());
    QVERIFY(bytes.contains("version")); // the whole manifest, not only the typed line

    auto s = makeSession(f);
    gui::DefinitionsView view(&s->definitions(), manifest::ManifestValidator());
    view.resize(900, 700);
    view.show();
    QSignalSpy opened(&view, &gui::DefinitionsView::opened);
    view.open(id);
    QVERIFY(opened.wait(20000));
    QCOMPARE(view.editor()->text(), bytes);
    QCOMPARE(view.editor()->statusLabel()->text(), u"Restored unsaved edits."_s);
}

void tst_KillMidEdit::testingValuesSurviveSigkill()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString why;
    QVERIFY2(!runAndKill(f, u"testing-values"_s, home, {}, &why).isEmpty(), qPrintable(why));

    const QString drafts = home.filePath(u"drafts"_s);
    const QStringList files = filesIn(drafts);
    QCOMPARE(files.size(), 1);
    QCOMPARE(QDir(drafts).filePath(files.first()), gui::DraftStore(drafts).path(gui::PublishDialog::draftKey()));
    const QByteArray bytes = readAll(QDir(drafts).filePath(files.first()));
    QVERIFY2(bytes.contains(kRegion.toUtf8()), bytes.constData());
    QVERIFY2(bytes.contains(kDays.toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains(kCanary.toUtf8()), bytes.constData());
    QVERIFY2(!bytes.contains("api_key"), bytes.constData());

    auto s = makeSession(f);
    const QJsonObject manifest = secretManifest();
    gui::PublishDialog dialog(&s->definitions(), manifest, manifest::ManifestValidator().validate(manifest));
    dialog.setDraftDirectory(drafts);
    QVERIFY(dialog.testingValuesGroup()->isChecked());
    gui::TestingValuesEditor *values = dialog.testingValuesEditor();
    QVERIFY(!values->draftLabel()->isHidden());
    QCOMPARE(values->form()->field(u"$.region"_s)->findChild<QLineEdit *>()->text(), kRegion);
    QCOMPARE(qobject_cast<gui::NumberField *>(values->form()->field(u"$.days"_s))->lineEdit()->text(), kDays);
    auto *secret = qobject_cast<gui::SecretField *>(values->form()->field(u"$.api_key"_s));
    QVERIFY(secret);
    QCOMPARE(secret->lineEdit()->text(), QString());
    QVERIFY(!values->isValid()); // the secret is required: typed again before publishing
}

int main(int argc, char **argv)
{
    const QString victim = qEnvironmentVariable(kVictimVar);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat); // remembered dialog sizes stay out of the way
    if (!victim.isEmpty())
        return runVictim(victim);
    tst_KillMidEdit tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_KillMidEdit.moc"

// The main window on a sandbox workspace: lists load into the tables, search filters them,
// a selection fills the detail pane (server text escaped), refresh and keyboard shortcuts work.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/WorkspaceSession.h"
#include "api/services/ConnectionService.h"
#include "gui/MainWindow.h"
#include "gui/common/ErrorBar.h"
#include "gui/profiles/ProfileStore.h"
#include "gui/profiles/SecretBackend.h"
#include "gui/profiles/SecretStore.h"
#include "gui/workspace/SessionManager.h"
#include "gui/workspace/WelcomePage.h"
#include "gui/workspace/DeleteDialog.h"
#include "gui/workspace/RenameDialog.h"
#include "gui/workspace/ResourceActions.h"
#include "gui/workspace/ResourceView.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceFilterProxy.h"

#include <QComboBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsSearchesAndShowsDetails();
    void htmlInNamesIsText();
    void rowActions();
    void deleteAsksFirst();
    void welcomeThenProfileSwitching();
    void fullPathFromWelcome();

private:
    std::unique_ptr<api::WorkspaceSession> session(SandboxFixture &f);
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
}

std::unique_ptr<api::WorkspaceSession> tst_MainWindow::session(SandboxFixture &f)
{
    return airdesk::test::makeSession(f);
}

void tst_MainWindow::loadsSearchesAndShowsDetails()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = session(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *connections = window.connectionsView();
    QCOMPARE(connections->table()->model()->rowCount(), 12);
    QCOMPARE(window.sourcesView()->table()->model()->rowCount(), 12);
    QCOMPARE(window.destinationsView()->table()->model()->rowCount(), 5);
    // Source names replace ids once the sources are known.
    const QModelIndex sourceCell = connections->table()->model()->index(0, models::ConnectionTableModel::Source);
    QVERIFY(!sourceCell.data().toString().contains(u'-'));

    // Ctrl+F focuses the search of the current tab; typing filters instantly.
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(connections->searchField()->hasFocus());
    QTest::keyClicks(connections->searchField(), u"payments"_s);
    QCOMPARE(connections->table()->model()->rowCount(), 1);
    connections->searchField()->clear();
    QCOMPARE(connections->table()->model()->rowCount(), 12);

    // Selecting a row shows its details, with links to the web app.
    connections->table()->selectRow(0);
    QTRY_VERIFY(!connections->details()->toPlainText().isEmpty());
    const QString html = connections->details()->toHtml();
    QVERIFY(html.contains(u"/connections/"_s));
    QVERIFY(html.contains(u"/timeline"_s));
    QVERIFY(connections->details()->toPlainText().contains(u"Streams"_s));

    // Refresh keeps the rows and loads again.
    QTest::keySequence(&window, QKeySequence::Refresh);
    QVERIFY(window.isLoading());
    QCOMPARE(connections->table()->model()->rowCount(), 12);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QCOMPARE(connections->table()->model()->rowCount(), 12);
}

void tst_MainWindow::htmlInNamesIsText()
{
    SandboxFixture f({u"--seed"_s, u"empty"_s});
    QVERIFY(f.isRunning());
    const QString hostile = u"<img src=\"http://example.invalid/x.png\"><b>bold</b>"_s;
    QCOMPARE(f.call("POST", u"/sources"_s, {{u"name"_s, hostile}, {u"workspaceId"_s, f.workspaceId()},
                                             {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}})
                 .status, 200);
    auto s = session(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *sources = window.sourcesView();
    QCOMPARE(sources->table()->model()->rowCount(), 1);
    sources->table()->selectRow(0);
    QTRY_VERIFY(!sources->details()->toPlainText().isEmpty());
    // The markup is shown as characters, not interpreted.
    QVERIFY(sources->details()->toPlainText().contains(hostile));
    QVERIFY(!sources->details()->toHtml().contains(u"<img"_s));
}

void tst_MainWindow::welcomeThenProfileSwitching()
{
    auto profiles = gui::ProfileStore::createTemporary();
    gui::SecretStore secrets(std::unique_ptr<gui::SecretBackend>{});
    gui::SessionManager sessions(&secrets);
    gui::MainWindow window(profiles.get(), &secrets, &sessions);
    window.show();
    window.openCurrentProfile();
    // No profile yet: the welcome page, whose default is the sandbox.
    QVERIFY(window.isWelcomeShown());
    QCOMPARE(window.profileComboBox()->accessibleName(), u"Profile"_s);
    QTest::mouseClick(window.welcomePage()->sandboxButton(), Qt::LeftButton);
    QCOMPARE(profiles->profiles().size(), 1);
    const QString first = profiles->profiles().first().id;
    QVERIFY(!window.isWelcomeShown());
    QTRY_VERIFY_WITH_TIMEOUT(window.hasSession() && !window.isLoading(), 15000);
    QCOMPARE(window.connectionsView()->table()->model()->rowCount(), 12);
    QCOMPARE(window.profileComboBox()->currentData().toString(), first);
    api::WorkspaceSession *firstSession = sessions.session(first);
    QVERIFY(firstSession);

    // A second profile is another session; switching back reuses the first one.
    gui::Profile other = gui::Profile::create(u"Other sandbox"_s);
    other.kind = gui::Profile::Kind::Sandbox;
    const QString second = profiles->add(other);
    QCOMPARE(window.profileComboBox()->count(), 2);
    window.switchToProfile(second);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QVERIFY(sessions.session(second) && sessions.session(second) != firstSession);
    window.switchToProfile(first);
    QCOMPARE(sessions.session(first), firstSession);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QCOMPARE(window.connectionsView()->table()->model()->rowCount(), 12);

    // "New profile…" brings the welcome choices back, with a way back.
    window.showWelcome();
    QVERIFY(window.isWelcomeShown());
    QVERIFY(window.welcomePage()->backButton()->isVisible());
    QTest::mouseClick(window.welcomePage()->backButton(), Qt::LeftButton);
    QVERIFY(!window.isWelcomeShown());
}

void tst_MainWindow::fullPathFromWelcome()
{
    // welcome → sandbox → tables → search → detail → rename → delete → forget the profile,
    // with the keyboard where a person would use it.
    auto profiles = gui::ProfileStore::createTemporary();
    gui::SecretStore secrets(std::unique_ptr<gui::SecretBackend>{});
    gui::SessionManager sessions(&secrets);
    gui::MainWindow window(profiles.get(), &secrets, &sessions);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openCurrentProfile();
    QVERIFY(window.isWelcomeShown());
    QTest::mouseClick(window.welcomePage()->sandboxButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.hasSession() && !window.isLoading(), 15000);
    api::WorkspaceSession *session = sessions.session(profiles->profiles().first().id);
    QVERIFY(session);

    gui::ResourceView *view = window.connectionsView();
    QTest::keySequence(&window, QKeySequence::Find);
    QTest::keyClicks(view->searchField(), u"payments"_s);
    QCOMPARE(view->table()->model()->rowCount(), 1);
    view->table()->setFocus();
    view->table()->selectRow(0);
    const domain::Connection c = window.connectionsModel()->connectionAt(view->currentSourceRow());
    QTRY_VERIFY(view->details()->toPlainText().contains(c.connectionId));

    // F2 renames.
    QTest::keyClick(view->table(), Qt::Key_F2);
    auto *rename = window.findChild<gui::RenameDialog *>(u"renameDialog"_s);
    QVERIFY(rename && rename->isVisible());
    rename->nameField()->selectAll();
    QTest::keyClicks(rename->nameField(), u"Payments to the warehouse"_s);
    QTest::keyClick(rename->nameField(), Qt::Key_Return);
    auto serverName = [session, &c]() -> QString {
        QString name;
        bool done = false;
        session->connections().get(c.connectionId, session, [&](const domain::Connection &got, const api::ApiError &) {
            name = got.name;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 5000))
            return QString();
        return name;
    };
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->connectionAt(window.connectionsModel()->indexOfId(c.connectionId)).name,
                              u"Payments to the warehouse"_s, 5000);
    QCOMPARE(serverName(), u"Payments to the warehouse"_s);

    // Del asks for the name, then deletes.
    view->searchField()->clear();
    QVERIFY(view->selectId(c.connectionId));
    window.activateWindow(); // the rename dialog had the focus
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->table()->setFocus();
    QVERIFY(window.connectionActions()->action(u"deleteAction"_s)->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_Delete);
    auto *confirm = window.findChild<gui::DeleteDialog *>(u"deleteDialog"_s);
    QVERIFY(confirm && confirm->isVisible());
    QTest::keyClicks(confirm->confirmationField(), u"Payments to the warehouse"_s);
    QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->indexOfId(c.connectionId), -1, 5000);
    QCOMPARE(window.connectionsModel()->rowCount(), 11);

    // Forgetting the profile goes back to the welcome page.
    auto *forget = window.findChild<QAction *>(u"deleteProfileAction"_s);
    QVERIFY(forget && forget->isEnabled());
    forget->trigger();
    auto *box = window.findChild<QMessageBox *>(u"deleteProfileBox"_s);
    QVERIFY(box && box->isVisible());
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.isWelcomeShown(), 5000);
    QVERIFY(profiles->profiles().isEmpty());
    QVERIFY(!window.hasSession());
    QCOMPARE(window.connectionsModel()->rowCount(), 0);
}

void tst_MainWindow::rowActions()
{
    SandboxFixture f({u"--job-failure-rate"_s, u"0"_s});
    QVERIFY(f.isRunning());
    auto s = session(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *view = window.connectionsView();
    view->table()->selectRow(0);
    const int row = view->currentSourceRow();
    QVERIFY(row >= 0);
    const domain::Connection connection = window.connectionsModel()->connectionAt(row);
    gui::ResourceActions *actions = window.connectionActions();

    // Disable, then enable: the server and the table agree.
    actions->action(u"disableAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.server().context().store.connections.find(connection.connectionId)->status,
                              u"inactive"_s, 5000);
    QTRY_COMPARE(window.connectionsModel()->index(row, models::ConnectionTableModel::Status).data().toString(),
                 u"Disabled"_s);
    actions->action(u"enableAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.server().context().store.connections.find(connection.connectionId)->status,
                              u"active"_s, 5000);

    // Run sync now: a job starts and its status shows in the table; a second run is refused politely.
    const qsizetype jobsBefore = f.server().context().store.jobs.size();
    actions->action(u"runSyncAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.server().context().store.jobs.size(), jobsBefore + 1, 5000);
    QTRY_VERIFY(window.connectionsModel()->lastJob(connection.connectionId).has_value());
    actions->action(u"runSyncAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.errorBar()->isHidden() && window.errorBar()->text().contains(u"already running"_s), 5000);
    QVERIFY(!window.errorBar()->retryButton()->isHidden());
    QCOMPARE(f.server().context().store.jobs.size(), jobsBefore + 1);

    // Copy id puts the id on the clipboard.
    actions->action(u"copyIdAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), connection.connectionId);

    // A source's connection check reports its result.
    window.sourcesView()->table()->selectRow(0);
    window.sourceActions()->action(u"checkAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"check succeeded"_s), 5000);
}

void tst_MainWindow::deleteAsksFirst()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = session(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *view = window.connectionsView();
    view->table()->selectRow(0);
    const domain::Connection connection = window.connectionsModel()->connectionAt(view->currentSourceRow());

    // Cancel deletes nothing.
    window.connectionActions()->action(u"deleteAction"_s)->trigger();
    auto *dialog = window.findChild<gui::DeleteDialog *>(u"deleteDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->cascadeSourceBox() && dialog->cascadeDestinationBox());
    dialog->reject();
    QTest::qWait(300);
    QVERIFY(f.server().context().store.connections.find(connection.connectionId));
    QCOMPARE(window.connectionsModel()->rowCount(), 12);

    // Delete stays disabled until the name is typed exactly.
    window.connectionActions()->action(u"deleteAction"_s)->trigger();
    QTRY_VERIFY((dialog = window.findChild<gui::DeleteDialog *>(u"deleteDialog"_s)) && dialog->isVisible());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), connection.name.left(3));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->confirmationField()->setText(connection.name);
    QVERIFY(dialog->deleteButton()->isEnabled());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.server().context().store.connections.find(connection.connectionId), 5000);
    QTRY_COMPARE(window.connectionsModel()->rowCount(), 11);
    QCOMPARE(window.connectionsModel()->indexOfId(connection.connectionId), -1);
    // The connection only: its source and destination stay.
    QVERIFY(f.server().context().store.sources.find(connection.sourceId));
    QVERIFY(f.server().context().store.destinations.find(connection.destinationId));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

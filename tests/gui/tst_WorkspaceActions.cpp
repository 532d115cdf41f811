// What a person does to the rows of the main window, with real widgets against the sandbox:
// rename and undo, bulk enable/disable with a per-item report and Retry, a delete confirmation
// that lists what goes with a source, filters, the column chooser, jumping from a connection
// to its source, a failed load shown once with details and Retry, connector icons, and a Tab
// walk in which every focusable control has an accessible name.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"

#include "api/WorkspaceSession.h"
#include "gui/MainWindow.h"
#include "gui/common/ErrorBar.h"
#include "gui/common/JsonTreeView.h"
#include "gui/history/ArtifactView.h"
#include "gui/history/JobDetailView.h"
#include "gui/history/JobHistoryView.h"
#include "gui/history/JobRunController.h"
#include "gui/history/RecentJobsView.h"
#include "gui/schedule/ScheduleDialog.h"
#include "models/jobs/JobTableModel.h"
#include "models/json/JsonTreeModel.h"
#include "gui/workspace/ConnectorIconDelegate.h"
#include "gui/workspace/DeleteDialog.h"
#include "gui/workspace/DetailText.h"
#include "gui/workspace/RenameDialog.h"
#include "gui/workspace/ResourceActions.h"
#include "gui/workspace/ResourceView.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceFilterProxy.h"
#include "models/roles.h"
#include "sandbox/SandboxServer.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;
using airdesk::test::makeSession;

namespace {

QString serverName(SandboxFixture &f, const QString &connectionId)
{
    const auto *record = f.server().context().store.connections.find(connectionId);
    return record ? record->name : QString();
}

QString serverStatus(SandboxFixture &f, const QString &connectionId)
{
    const auto *record = f.server().context().store.connections.find(connectionId);
    return record ? record->status : QString();
}

void selectRows(gui::ResourceView *view, const QList<int> &proxyRows)
{
    QItemSelectionModel *selection = view->table()->selectionModel();
    selection->clearSelection();
    for (int row : proxyRows)
        selection->select(view->table()->model()->index(row, 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->setCurrentIndex(view->table()->model()->index(proxyRows.first(), 0), QItemSelectionModel::NoUpdate);
}

/// With AIRDESK_TEST_SCREENSHOTS=DIR set, saves what a person would see, to look at by eye.
void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AIRDESK_TEST_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + u'/' + name + u".png"_s);
}

QAction *findAction(const QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class tst_WorkspaceActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renameAndUndo();
    void bulkDisableReportsEachItem();
    void deletingASourceListsItsConnections();
    void filtersAndColumnChooser();
    void jumpFromConnectionToSource();
    void failedLoadShowsOnceWithDetailsAndRetry();
    void connectorIconsInTables();
    void tabWalkHasAccessibleNames();
    void scheduleFromTableAndDetails();
    void historyJobsAndLiveSyncStatus();
};

void tst_WorkspaceActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AirdeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_WorkspaceActions"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

void tst_WorkspaceActions::renameAndUndo()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *view = window.connectionsView();
    view->table()->selectRow(0);
    const domain::Connection before = window.connectionsModel()->connectionAt(view->currentSourceRow());

    QVERIFY(!window.undoAction()->isEnabled());
    window.connectionActions()->action(u"renameAction"_s)->trigger();
    auto *dialog = window.findChild<gui::RenameDialog *>(u"renameDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->nameField()->text(), before.name);
    QVERIFY(!dialog->okButton()->isEnabled()); // unchanged
    dialog->nameField()->setText(u"   "_s);
    QVERIFY(!dialog->okButton()->isEnabled()); // blank
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u"Renamed by the test"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(serverName(f, before.connectionId), u"Renamed by the test"_s, 5000);
    const int row = window.connectionsModel()->indexOfId(before.connectionId);
    QTRY_COMPARE(window.connectionsModel()->connectionAt(row).name, u"Renamed by the test"_s);
    QVERIFY(window.undoAction()->isEnabled());
    QVERIFY(window.undoAction()->text().contains(u"Renamed by the test"_s));

    // Undo renames it back, on the server and in the table, and is then spent.
    window.undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serverName(f, before.connectionId), before.name, 5000);
    QTRY_COMPARE(window.connectionsModel()->connectionAt(row).name, before.name);
    QVERIFY(!window.undoAction()->isEnabled());
}

void tst_WorkspaceActions::bulkDisableReportsEachItem()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *view = window.connectionsView();
    view->searchField()->clear();
    selectRows(view, {0, 1, 2});
    const QList<int> rows = view->selectedSourceRows();
    QCOMPARE(rows.size(), 3);
    QList<domain::Connection> chosen;
    for (int row : rows)
        chosen.append(window.connectionsModel()->connectionAt(row));
    // Single-row actions step aside for a multiple selection; bulk ones stay.
    QVERIFY(!window.connectionActions()->action(u"renameAction"_s)->isEnabled());
    QVERIFY(window.connectionActions()->action(u"disableAction"_s)->isEnabled());

    // Someone deletes the second one elsewhere: that item fails, the others go through.
    QCOMPARE(f.call("DELETE", u"/connections/"_s + chosen.at(1).connectionId).status, 204);
    window.connectionActions()->action(u"disableAction"_s)->trigger();
    gui::ErrorBar *bar = window.errorBar();
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isHidden(), 5000);
    QVERIFY2(bar->text().contains(u"1 of 3 failed"_s), qPrintable(bar->text()));
    const QString report = bar->detailsText();
    QVERIFY(report.contains(u"✓ "_s + chosen.at(0).name));
    QVERIFY(report.contains(u"✗ "_s + chosen.at(1).name));
    QVERIFY(report.contains(u"✓ "_s + chosen.at(2).name));
    QCOMPARE(serverStatus(f, chosen.at(0).connectionId), u"inactive"_s);
    QCOMPARE(serverStatus(f, chosen.at(2).connectionId), u"inactive"_s);
    // Details unfold on demand.
    QVERIFY(!bar->detailsVisible());
    QTest::mouseClick(bar->detailsButton(), Qt::LeftButton);
    QVERIFY(bar->detailsVisible());
    snapshot(&window, u"bulk-error-bar"_s);

    // Retry runs only the failed item again (and it fails again, alone).
    QVERIFY(!bar->retryButton()->isHidden());
    const int patchesBefore = int(f.server().context().store.connections.size());
    QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isHidden(), 5000);
    QVERIFY2(bar->text().contains(chosen.at(1).name), qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(u"of 3"_s));
    QCOMPARE(int(f.server().context().store.connections.size()), patchesBefore);

    // Undo enables again what this action disabled.
    QVERIFY(window.undoAction()->text().contains(u"3"_s));
    window.undoAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(f, chosen.at(0).connectionId), u"active"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(f, chosen.at(2).connectionId), u"active"_s, 5000);
}

void tst_WorkspaceActions::deletingASourceListsItsConnections()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    window.showPage(u"sources"_s);
    // The source of the first connection: it has at least one connection.
    const domain::Connection used = window.connectionsModel()->connectionAt(0);
    gui::ResourceView *sources = window.sourcesView();
    QVERIFY(sources->selectId(used.sourceId));
    const QString sourceName = window.sourcesView()->table()->currentIndex().data().toString();
    QStringList expected;
    for (int row = 0; row < window.connectionsModel()->rowCount(); ++row)
        if (window.connectionsModel()->connectionAt(row).sourceId == used.sourceId)
            expected.append(window.connectionsModel()->connectionAt(row).name);
    QVERIFY(!expected.isEmpty());

    window.sourceActions()->action(u"deleteAction"_s)->trigger();
    auto *dialog = window.findChild<gui::DeleteDialog *>(u"deleteDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->cascadeSourceBox()); // cascade options are for connections
    QListWidget *also = nullptr;
    const QList<QListWidget *> lists = dialog->findChildren<QListWidget *>();
    for (QListWidget *list : lists)
        if (list->accessibleName() == u"Connections deleted too"_s)
            also = list;
    QVERIFY(also);
    QStringList listed;
    for (int i = 0; i < also->count(); ++i)
        listed.append(also->item(i)->text());
    QCOMPARE(listed, expected);
    QCOMPARE(dialog->confirmationText(), sourceName);
    QTest::keyClicks(dialog->confirmationField(), sourceName);
    snapshot(dialog, u"delete-source-dialog"_s);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!f.server().context().store.sources.find(used.sourceId), 5000);
    // The lists are loaded again: the connections the server deleted leave the table.
    QTRY_COMPARE_WITH_TIMEOUT(window.connectionsModel()->indexOfId(used.connectionId), -1, 10000);
    QTRY_VERIFY(!window.isLoading());
    QCOMPARE(window.connectionsModel()->rowCount(), 12 - int(expected.size()));
}

void tst_WorkspaceActions::filtersAndColumnChooser()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    {
        gui::MainWindow window;
        window.setSession(s.get(), u"Sandbox"_s);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);

        // Status filter: "Disabled" keeps exactly the inactive connections.
        gui::ResourceView *connections = window.connectionsView();
        int inactive = 0;
        for (int row = 0; row < window.connectionsModel()->rowCount(); ++row)
            inactive += window.connectionsModel()->connectionAt(row).status == domain::Connection::Status::Inactive;
        QVERIFY(inactive > 0);
        QVERIFY(!connections->statusFilter()->isHidden());
        connections->statusFilter()->setCurrentIndex(connections->statusFilter()->findData(u"inactive"_s));
        QCOMPARE(connections->table()->model()->rowCount(), inactive);
        connections->statusFilter()->setCurrentIndex(0);
        QCOMPARE(connections->table()->model()->rowCount(), 12);

        // Connector type filter: its choices are the types in the table.
        gui::ResourceView *sources = window.sourcesView();
        QTRY_VERIFY(sources->typeFilter()->count() > 2);
        const int postgres = sources->typeFilter()->findData(u"postgres"_s);
        QVERIFY(postgres > 0);
        sources->typeFilter()->setCurrentIndex(postgres);
        QVERIFY(sources->table()->model()->rowCount() > 0);
        for (int row = 0; row < sources->table()->model()->rowCount(); ++row)
            QCOMPARE(sources->table()->model()->index(row, models::ActorTableModel::Type).data().toString(),
                     u"postgres"_s);
        sources->typeFilter()->setCurrentIndex(0);
        QCOMPARE(sources->table()->model()->rowCount(), 12);

        // Column chooser: hiding "Prefix" hides it, and the choice is remembered.
        QMenu *menu = connections->createColumnMenu(&window);
        QAction *prefix = findAction(menu, u"Prefix"_s);
        QVERIFY(prefix && prefix->isChecked());
        QVERIFY(!connections->table()->isColumnHidden(models::ConnectionTableModel::Prefix));
        prefix->setChecked(false);
        QVERIFY(connections->table()->isColumnHidden(models::ConnectionTableModel::Prefix));
        // The id column starts hidden and can be shown.
        QAction *id = findAction(menu, u"Id"_s);
        QVERIFY(id && !id->isChecked());
        id->setChecked(true);
        QVERIFY(!connections->table()->isColumnHidden(models::ConnectionTableModel::Id));
        delete menu;
    }
    // A new window (next start) has the same columns.
    gui::MainWindow again;
    QVERIFY(again.connectionsView()->table()->isColumnHidden(models::ConnectionTableModel::Prefix));
    QVERIFY(!again.connectionsView()->table()->isColumnHidden(models::ConnectionTableModel::Id));
    // The last visible column cannot be hidden: the header would be gone for good.
    QMenu *menu = again.sourcesView()->createColumnMenu(&again);
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (a->isCheckable())
            a->setChecked(false);
    QHeaderView *header = again.sourcesView()->table()->horizontalHeader();
    QCOMPARE(header->count() - header->hiddenSectionCount(), 1);
    QAction *reset = findAction(menu, u"Reset columns"_s);
    QVERIFY(reset);
    reset->trigger();
    QCOMPARE(header->hiddenSectionCount(), 0);
    delete menu;
}

void tst_WorkspaceActions::jumpFromConnectionToSource()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *connections = window.connectionsView();
    connections->table()->selectRow(0);
    const domain::Connection c = window.connectionsModel()->connectionAt(connections->currentSourceRow());
    const QString html = connections->details()->toHtml();
    const QUrl jump = gui::DetailText::jumpUrl(u"source"_s, c.sourceId);
    QVERIFY2(html.contains(jump.toString()), qPrintable(html));

    // A search on the sources tab that hides the source does not stop the jump.
    window.sourcesView()->searchField()->setText(u"no such source"_s);
    Q_EMIT connections->details()->anchorClicked(jump);
    QCOMPARE(window.tabs()->currentWidget(), window.sourcesView());
    QCOMPARE(window.sourcesView()->table()->currentIndex().data(models::IdRole).toString(), c.sourceId);
    QVERIFY(window.sourcesView()->searchField()->text().isEmpty());
    QVERIFY(window.sourcesView()->details()->toPlainText().contains(c.sourceId));

    // And to the destination.
    window.showPage(u"connections"_s);
    Q_EMIT connections->details()->anchorClicked(gui::DetailText::jumpUrl(u"destination"_s, c.destinationId));
    QCOMPARE(window.tabs()->currentWidget(), window.destinationsView());
    QCOMPARE(window.destinationsView()->table()->currentIndex().data(models::IdRole).toString(), c.destinationId);
}

void tst_WorkspaceActions::failedLoadShowsOnceWithDetailsAndRetry()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    f.server().setFaultRates({{u"500"_s, 1.0}});
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ErrorBar *bar = window.errorBar();
    QVERIFY(!bar->isHidden());
    // One bar (the three lists failing replace each other), readable, never a JSON dump.
    QCOMPARE(window.findChildren<gui::ErrorBar *>().size(), 1);
    QVERIFY2(bar->text().startsWith(u"Could not load the"_s), qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(u'{'));
    QVERIFY(bar->detailsText().contains(u"HTTP status: 500"_s));
    QVERIFY(!bar->retryButton()->isHidden());

    // The outage ends; Retry loads everything and the bar goes away.
    f.server().setFaultRates({});
    QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
    QVERIFY(bar->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QCOMPARE(window.connectionsModel()->rowCount(), 12);
    QVERIFY(bar->isHidden());
}

void tst_WorkspaceActions::connectorIconsInTables()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.iconDelegate()->iconCount() > 0, 10000);
    const QModelIndex first = window.sourcesView()->table()->model()->index(0, 0);
    QTRY_VERIFY(!window.iconDelegate()->icon(first.data(models::IconKeyRole).toString()).isNull());
    // Cached on disk: a second session of the same workspace asks the server for no icon.
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/connector-icons"_s;
    QVERIFY(!QDir(cache).entryList(QDir::Files).isEmpty());
}

void tst_WorkspaceActions::tabWalkHasAccessibleNames()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    window.connectionsView()->searchField()->setFocus();
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    QList<QWidget *> visited;
    QStringList unnamed;
    for (int i = 0; i < 80; ++i) {
        QWidget *w = QApplication::focusWidget();
        if (!w || (i > 0 && w == start))
            break;
        if (!visited.contains(w)) {
            visited.append(w);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName());
        }
        QTest::keyClick(w, Qt::Key_Tab);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    // The walk reaches the search, the filter, the table and the details, and comes back around.
    QVERIFY(visited.contains(window.connectionsView()->searchField()));
    QVERIFY(visited.contains(window.connectionsView()->statusFilter()));
    QVERIFY(visited.contains(window.connectionsView()->table()));
    QVERIFY(visited.contains(window.connectionsView()->details()));
    QCOMPARE(QApplication::focusWidget(), start);
}

void tst_WorkspaceActions::scheduleFromTableAndDetails()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    gui::ResourceView *view = window.connectionsView();
    view->table()->selectRow(0);
    const domain::Connection c = window.connectionsModel()->connectionAt(view->currentSourceRow());

    // From the table: the dialog opens on the connection's schedule; OK saves it on the server.
    window.connectionActions()->action(u"scheduleAction"_s)->trigger();
    QPointer<gui::ScheduleDialog> dialog = window.findChild<gui::ScheduleDialog *>(u"scheduleDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    dialog->setMode(gui::ScheduleDialog::Mode::Cron);
    dialog->setExpression(u"0 30 7 ? * MON-FRI"_s);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(f.server().context().store.connections.find(c.connectionId)->cronExpression,
                              u"0 30 7 ? * MON-FRI"_s, 5000);
    QTRY_VERIFY(!dialog); // closed and gone once the server accepted
    const int row = window.connectionsModel()->indexOfId(c.connectionId);
    QTRY_COMPARE(window.connectionsModel()->connectionAt(row).schedule.cronExpression.left(18), u"0 30 7 ? * MON-FRI"_s);

    // From the detail pane's "Edit…" link.
    view->table()->selectRow(view->table()->currentIndex().row());
    const QUrl link = gui::DetailText::jumpUrl(u"schedule"_s, c.connectionId);
    QVERIFY(view->details()->toHtml().contains(link.toString()));
    Q_EMIT view->details()->anchorClicked(link);
    dialog = window.findChild<gui::ScheduleDialog *>(u"scheduleDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->mode(), gui::ScheduleDialog::Mode::Cron);
    dialog->reject();
}

void tst_WorkspaceActions::historyJobsAndLiveSyncStatus()
{
    SandboxFixture f({u"--job-duration-ms"_s, u"400"_s});
    QVERIFY(f.isRunning());
    auto s = makeSession(f);
    gui::MainWindow window;
    window.setSession(s.get(), u"Sandbox"_s);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 15000);
    QVERIFY(window.historyView() && window.recentJobsView() && window.runController());
    window.runController()->setPollInterval(50);
    gui::ResourceView *view = window.connectionsView();
    view->table()->selectRow(0);
    const domain::Connection c = window.connectionsModel()->connectionAt(view->currentSourceRow());

    // The History tab loads the selected connection's jobs only once it is in front.
    QVERIFY(window.historyView()->connectionId().isEmpty());
    view->detailTabs()->setCurrentWidget(window.historyView());
    QCOMPARE(window.historyView()->connectionId(), c.connectionId);
    QTRY_VERIFY_WITH_TIMEOUT(window.historyView()->model()->rowCount() > 0, 5000);
    snapshot(&window, u"connection-history"_s);

    // Opening a job shows its attempts and logs in a window of its own.
    const qint64 jobId = window.historyView()->model()->index(0, 0).data(models::IdRole).toLongLong();
    QVERIFY(jobId > 0);
    Q_EMIT window.historyView()->jobActivated(jobId);
    auto *detail = window.findChild<gui::JobDetailView *>(u"jobDetailView"_s);
    QVERIFY(detail && detail->isWindow() && detail->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(detail->jobId(), jobId, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->attemptTable()->rowCount() > 0, 5000);
    snapshot(detail, u"job-detail"_s);
    detail->close();

    // Run sync from the table: the last-sync cell follows the job live to its end.
    window.connectionActions()->action(u"runSyncAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.runController()->isFollowing(c.connectionId), 5000);
    const QModelIndex lastSync = window.connectionsModel()->index(window.connectionsModel()->indexOfId(c.connectionId),
                                                                  models::ConnectionTableModel::LastSync);
    QTRY_VERIFY_WITH_TIMEOUT(!window.runController()->isFollowing(c.connectionId), 10000);
    const QString status = lastSync.data(models::JobStatusRole).toString();
    QVERIFY2(status == u"succeeded"_s || status == u"failed"_s, qPrintable(status));

    // State and catalog, in JSON trees, loaded when their tab comes to the front.
    view->detailTabs()->setCurrentWidget(window.stateView());
    QTRY_COMPARE_WITH_TIMEOUT(window.stateView()->connectionId(), c.connectionId, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window.stateView()->viewer()->isShowingTree()
                                 || window.stateView()->viewer()->messageLabel()->text().contains(u"not set"_s),
                             5000);
    view->detailTabs()->setCurrentWidget(window.catalogView());
    QTRY_VERIFY_WITH_TIMEOUT(window.catalogView()->viewer()->isShowingTree(), 5000);
    gui::JsonTreeView *tree = window.catalogView()->viewer();
    QVERIFY(tree->model()->itemCount() > 0);
    const int before = tree->tree()->model()->rowCount();
    tree->searchField()->setText(c.streams.first().name);
    QVERIFY(tree->tree()->model()->rowCount() > 0);
    QVERIFY(tree->tree()->model()->rowCount() <= before);
    snapshot(&window, u"connection-catalog"_s);

    // Recent jobs across the workspace.
    window.showPage(u"jobs"_s);
    QCOMPARE(window.tabs()->currentWidget(), window.recentJobsView()); // loads when first shown
    QTRY_VERIFY_WITH_TIMEOUT(window.recentJobsView()->table()->model()->rowCount() > 0, 5000);
}

QTEST_MAIN(tst_WorkspaceActions)
#include "tst_WorkspaceActions.moc"

// RecentJobsView offscreen against the sandbox: jobs of every connection of the workspace,
// failures first (then running, then succeeded, newest first in each), "failures only",
// connection names, the tally, opening a job. Screenshot in /tmp/airdesk-recentjobs.png.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/JobService.h"
#include "gui/history/RecentJobsView.h"
#include "models/jobs/FailuresFirstProxy.h"
#include "models/jobs/RecentJobsModel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::domain::Job;
using airdesk::domain::JobStatus;
using airdesk::gui::RecentJobsView;
using airdesk::models::RecentJobsModel;

class tst_RecentJobsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failuresFirstAcrossConnections();
};

void tst_RecentJobsView::failuresFirstAcrossConnections()
{
    test::SandboxFixture fixture(
        {u"--seed"_s, u"empty"_s, u"--job-duration-ms"_s, u"20000"_s, u"--job-failure-rate"_s, u"0"_s});
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    auto client = test::makeClient(fixture);
    api::JobService service(client.get(), fixture.workspaceId());
    const QString source = test::createFakerSource(fixture);
    const QString destination = test::createDuckDbDestination(fixture);
    const QString a = test::createConnection(fixture, source, destination, u"A"_s);
    const QString b = test::createConnection(fixture, source, destination, u"B"_s);
    auto run = [&](const QString &id) {
        return test::await<Job>([&](const QObject *c, auto cb) { service.runSync(id, c, cb); }).value.jobId;
    };
    const qint64 aOk = run(a);
    const qint64 bOk = run(b);
    fixture.advance(60);
    const qint64 aCancelled = run(a);
    fixture.advance(5);
    QVERIFY(!test::await<Job>([&](const QObject *c, auto cb) { service.cancel(aCancelled, c, cb); }).error.isError());
    fixture.advance(60);
    const qint64 bRunning = run(b);

    RecentJobsView view(&service);
    QAbstractItemModelTester modelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1000, 300);
    view.show();
    view.setConnectionNames({{a, u"Postgres → DuckDB"_s}});
    view.refresh();
    QVERIFY(QTest::qWaitFor([&] { return !view.model()->isLoading(); }, 20000));
    QCOMPARE(view.model()->rowCount(), 4);
    auto idAt = [&](int row) { return view.proxy()->index(row, 0).data(models::IdRole).toString().toLongLong(); };
    QCOMPARE(idAt(0), aCancelled);                   // what broke first
    QCOMPARE(idAt(1), bRunning);                     // then what is still going
    QCOMPARE(QList<qint64>({idAt(2), idAt(3)}), QList<qint64>({bOk, aOk})); // then successes, newest first
    QCOMPARE(view.proxy()->index(0, RecentJobsModel::ConnectionColumn).data().toString(), u"Postgres → DuckDB"_s);
    QCOMPARE(view.proxy()->index(1, RecentJobsModel::ConnectionColumn).data().toString(), b); // no name known: the id
    QCOMPARE(view.tallyLabel()->text(), u"1 failed or cancelled, 1 running or waiting, 2 succeeded"_s);
    QTest::qWait(50);
    view.grab().save(u"/tmp/airdesk-recentjobs.png"_s);

    view.failuresOnlyCheck()->setChecked(true);
    QCOMPARE(view.proxy()->rowCount(), 1);
    QCOMPARE(idAt(0), aCancelled);
    view.failuresOnlyCheck()->setChecked(false);

    QSignalSpy activated(&view, &RecentJobsView::jobActivated);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.proxy()->index(1, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), bRunning);
    QCOMPARE(activated.first().at(1).toString(), b);
    fixture.advance(60);
}

QTEST_MAIN(tst_RecentJobsView)
#include "tst_RecentJobsView.moc"

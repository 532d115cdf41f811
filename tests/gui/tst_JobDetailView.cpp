// JobDetailView offscreen against the sandbox: a failed job's attempts (status, times,
// records, bytes, failure summary), its logs per attempt, the web link, and an unknown job.
// Screenshot in /tmp/airdesk-jobdetail.png.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/JobService.h"
#include "gui/history/JobDetailView.h"
#include "gui/history/LogViewer.h"
#include "models/logs/LogModel.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::domain::Job;
using airdesk::domain::JobInfo;
using airdesk::domain::JobStatus;
using airdesk::gui::JobDetailView;

class tst_JobDetailView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedJobInFull();
    void unknownJob();
};

void tst_JobDetailView::failedJobInFull()
{
    test::SandboxFixture fixture(
        {u"--seed"_s, u"empty"_s, u"--job-duration-ms"_s, u"20000"_s, u"--job-failure-rate"_s, u"1"_s});
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.startError()));
    auto client = test::makeClient(fixture);
    api::JobService service(client.get(), fixture.workspaceId());
    const QString connectionId = test::createConnection(fixture, test::createFakerSource(fixture),
                                                        test::createDuckDbDestination(fixture), u"Broken"_s);
    const auto started = test::await<Job>([&](const QObject *c, auto cb) { service.runSync(connectionId, c, cb); });
    QVERIFY(!started.error.isError());
    fixture.advance(120);

    JobDetailView view(&service);
    view.resize(1000, 650);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setWebUrl(QUrl(u"https://cloud.airbyte.com/workspaces/w/connections/c/timeline"_s));
    QSignalSpy loaded(&view, &JobDetailView::loaded);
    view.showJob(started.value.jobId);
    QVERIFY(view.summaryLabel()->text().startsWith(u"Loading job"_s));
    QVERIFY(loaded.wait(10000));
    const JobInfo info = loaded.first().first().value<JobInfo>();
    QCOMPARE(info.status, JobStatus::Failed);
    const int attempts = int(info.attempts.size());
    QVERIFY(attempts >= 1);

    const QString summary = view.summaryLabel()->text();
    QVERIFY2(summary.contains(u"Job %1"_s.arg(started.value.jobId)), qPrintable(summary));
    QVERIFY2(summary.contains(u"Failed"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"href=\"https://cloud.airbyte.com/workspaces/w/connections/c/timeline\""_s),
             qPrintable(summary));

    QTableWidget *table = view.attemptTable();
    QCOMPARE(table->rowCount(), attempts);
    for (int row = 0; row < attempts; ++row) {
        QCOMPARE(table->item(row, JobDetailView::NumberColumn)->text(), QString::number(row + 1));
        QCOMPARE(table->item(row, JobDetailView::StatusColumn)->text(), u"Failed"_s);
        QVERIFY(!table->item(row, JobDetailView::CreatedColumn)->text().isEmpty());
        QVERIFY(!table->item(row, JobDetailView::EndedColumn)->text().isEmpty());
        QCOMPARE(table->item(row, JobDetailView::FailureColumn)->text(),
                 info.attempts.at(row).failureMessages().join(u"; "_s));
        QVERIFY(!table->item(row, JobDetailView::FailureColumn)->text().isEmpty());
    }

    // The last attempt's log is shown; its last line is the error.
    gui::LogViewer *logs = view.logViewer();
    QCOMPARE(logs->attemptPicker()->count(), attempts);
    QCOMPARE(logs->currentAttempt(), attempts - 1);
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 0, 10000);
    const QString lastText = domain::fullLogText(info.attempts.last());
    QCOMPARE(logs->model()->rowCount(), int(lastText.count(u'\n') + 1));
    const QModelIndex lastLine = logs->model()->index(logs->model()->rowCount() - 1);
    QCOMPARE(lastLine.data(models::LogModel::LevelRole).toInt(), int(domain::LogEvent::Level::Error));
    QVERIFY(view.refreshButton()->isEnabled());
    QTest::qWait(50);
    view.grab().save(u"/tmp/airdesk-jobdetail.png"_s);

    if (attempts > 1) {
        table->selectRow(0); // choosing an attempt row shows its log
        QCOMPARE(logs->currentAttempt(), 0);
        const QString firstText = domain::fullLogText(info.attempts.first());
        QTRY_COMPARE_WITH_TIMEOUT(logs->model()->rowCount(), int(firstText.count(u'\n') + 1), 10000);
        logs->attemptPicker()->setCurrentIndex(attempts - 1); // and the other way round
        QCOMPARE(table->currentRow(), attempts - 1);
    }
}

void tst_JobDetailView::unknownJob()
{
    test::SandboxFixture fixture({u"--seed"_s, u"empty"_s});
    auto client = test::makeClient(fixture);
    api::JobService service(client.get(), fixture.workspaceId());
    JobDetailView view(&service);
    QCOMPARE(view.summaryLabel()->text(), u"No job chosen."_s);
    QSignalSpy failed(&view, &JobDetailView::failed);
    view.showJob(999999999);
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY2(view.summaryLabel()->text().contains(u"Job 999999999 could not be loaded."_s),
             qPrintable(view.summaryLabel()->text()));
    QCOMPARE(view.attemptTable()->rowCount(), 0);
}

QTEST_MAIN(tst_JobDetailView)
#include "tst_JobDetailView.moc"

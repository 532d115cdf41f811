// JobHistoryView and JobChartView offscreen against the sandbox: jobs newest first, filters
// through the real widgets, "oldest first", run and cancel with live rows, the 409 message,
// opening a job from the table and from a chart point. Screenshots in /tmp.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/JobService.h"
#include "gui/history/JobChartView.h"
#include "gui/history/JobHistoryView.h"
#include "gui/history/JobRunController.h"
#include "models/jobs/JobTableModel.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::domain::Job;
using airdesk::domain::JobStatus;
using airdesk::gui::JobChartView;
using airdesk::gui::JobHistoryView;
using airdesk::gui::JobRunController;
using airdesk::models::JobTableModel;

namespace {

bool waitIdle(JobHistoryView &view)
{
    return QTest::qWaitFor([&] { return !view.model()->isLoading(); }, 20000);
}

QList<qint64> ids(const JobTableModel *model)
{
    QList<qint64> out;
    for (const Job &job : model->jobs())
        out.append(job.jobId);
    return out;
}

} // namespace

class tst_JobHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsJobsAndFilters();
    void runCancelAndConflict();
    void chartsShowAndOpenJobs();

private:
    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::JobService> m_service;
    QString m_sourceId;
    QString m_destinationId;
    QString m_connectionId;
    QList<qint64> m_oldestFirst; // 3 succeeded syncs, then one cancelled
};

void tst_JobHistoryView::initTestCase()
{
    m_fixture = std::make_unique<test::SandboxFixture>(
        QStringList{u"--seed"_s, u"empty"_s, u"--job-duration-ms"_s, u"20000"_s, u"--job-failure-rate"_s, u"0"_s});
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->startError()));
    m_client = test::makeClient(*m_fixture);
    m_service = std::make_unique<api::JobService>(m_client.get(), m_fixture->workspaceId());
    m_sourceId = test::createFakerSource(*m_fixture);
    m_destinationId = test::createDuckDbDestination(*m_fixture);
    m_connectionId = test::createConnection(*m_fixture, m_sourceId, m_destinationId, u"History"_s);
    for (int i = 0; i < 4; ++i) {
        const auto job = test::await<Job>([&](const QObject *c, auto cb) { m_service->runSync(m_connectionId, c, cb); });
        QVERIFY2(!job.error.isError(), qPrintable(job.error.message()));
        m_oldestFirst.append(job.value.jobId);
        if (i == 3) {
            m_fixture->advance(5);
            const auto cancelled =
                test::await<Job>([&](const QObject *c, auto cb) { m_service->cancel(job.value.jobId, c, cb); });
            QVERIFY(!cancelled.error.isError());
        }
        m_fixture->advance(3600); // an hour apart, so the charts spread out
    }
}

void tst_JobHistoryView::showsJobsAndFilters()
{
    JobHistoryView view(m_service.get(), nullptr);
    view.resize(1000, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.runButton()->isVisible()); // no runner, no run button
    view.setConnectionId(m_connectionId);
    QVERIFY(waitIdle(view));
    const QList<qint64> newestFirst(m_oldestFirst.rbegin(), m_oldestFirst.rend());
    QCOMPARE(ids(view.model()), newestFirst);
    QCOMPARE(view.table()->model()->index(0, JobTableModel::StatusColumn).data().toString(), u"Cancelled"_s);
    view.table()->resizeColumnsToContents();
    view.grab().save(u"/tmp/airdesk-jobhistory.png"_s);

    view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(int(JobStatus::Cancelled)));
    QVERIFY(waitIdle(view));
    QCOMPARE(ids(view.model()), QList<qint64>{m_oldestFirst.last()});
    view.statusFilter()->setCurrentIndex(0);
    QVERIFY(waitIdle(view));
    view.oldestFirstCheck()->setChecked(true);
    QVERIFY(waitIdle(view));
    QCOMPARE(ids(view.model()), m_oldestFirst);
    view.oldestFirstCheck()->setChecked(false);
    QVERIFY(waitIdle(view));

    // A date range in the past holds none of today's jobs (the sandbox clock is now-ish).
    view.toDate()->setDate(QDate(2020, 1, 1));
    QVERIFY(!view.toDate()->isEnabled());
    view.toCheck()->setChecked(true);
    QVERIFY(view.toDate()->isEnabled());
    QVERIFY(waitIdle(view));
    QCOMPARE(view.model()->rowCount(), 0);
    view.toCheck()->setChecked(false);
    QVERIFY(waitIdle(view));
    QCOMPARE(view.model()->rowCount(), 4);

    QSignalSpy activated(&view, &JobHistoryView::jobActivated);
    view.table()->setFocus();
    view.table()->setCurrentIndex(view.model()->index(1, 0));
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), newestFirst.at(1));
}

void tst_JobHistoryView::runCancelAndConflict()
{
    const QString id = test::createConnection(*m_fixture, m_sourceId, m_destinationId, u"Live"_s);
    JobRunController runner(m_client.get(), m_service.get());
    runner.setPollInterval(20);
    JobHistoryView view(m_service.get(), &runner);
    view.resize(1000, 300);
    view.show();
    view.setConnectionId(id);
    QVERIFY(waitIdle(view));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.runButton()->isEnabled());
    QVERIFY(!view.cancelButton()->isEnabled());

    QTest::mouseClick(view.runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 10000); // shown at once, before any page
    QTRY_VERIFY(view.cancelButton()->isEnabled());
    QVERIFY(!view.runButton()->isEnabled());
    const qint64 jobId = view.model()->jobAt(0).jobId;

    // Another window (or a script) runs the same connection: the server's 409 in plain words.
    runner.run(id);
    QTRY_VERIFY_WITH_TIMEOUT(view.messageLabel()->isVisible(), 10000);
    QCOMPARE(view.messageLabel()->text(), u"A sync is already running for this connection"_s);
    view.grab().save(u"/tmp/airdesk-jobhistory-running.png"_s);

    m_fixture->advance(5);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->jobAt(0).status, JobStatus::Running, 10000);
    QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->jobAt(0).status, JobStatus::Cancelled, 10000);
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->jobAt(0).jobId, jobId);
    QVERIFY(view.runButton()->isEnabled());
    QVERIFY(!view.cancelButton()->isEnabled());
    m_fixture->advance(60);
}

void tst_JobHistoryView::chartsShowAndOpenJobs()
{
    JobHistoryView view(m_service.get(), nullptr);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConnectionId(m_connectionId);
    QVERIFY(waitIdle(view));
    view.tabs()->setCurrentWidget(view.chart());
    JobChartView *chart = view.chart();
    QCOMPARE(chart->jobs().size(), 4);
    QCOMPARE(chart->jobs().first().jobId, m_oldestFirst.first()); // by time, oldest left
    QList<QScatterSeries *> markers;
    for (QXYSeries *series : chart->pointSeries()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            markers.append(scatter);
    }
    QCOMPARE(markers.size(), 3);
    QCOMPARE(markers.at(0)->count(), 3); // succeeded
    QCOMPARE(markers.at(1)->count(), 1); // failed or cancelled
    QCOMPARE(markers.at(2)->count(), 0);
    QTest::qWait(100);
    view.grab().save(u"/tmp/airdesk-jobcharts.png"_s);

    // Click the cancelled job's marker where the chart draws it.
    QSignalSpy activated(&view, &JobHistoryView::jobActivated);
    QSignalSpy hovered(chart, &JobChartView::jobHovered);
    QChartView *durationView = chart->durationChartView();
    const QPointF point = markers.at(1)->at(0);
    const QPointF inChart = durationView->chart()->mapToPosition(point, markers.at(1));
    const QPoint inView = durationView->mapFromScene(durationView->chart()->mapToScene(inChart));
    QTest::mouseMove(durationView->viewport(), inView);
    QTest::mouseClick(durationView->viewport(), Qt::LeftButton, {}, inView);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), m_oldestFirst.last());
    QVERIFY(JobChartView::describe(chart->jobs().last()).startsWith(u"Job %1 (Cancelled)"_s.arg(m_oldestFirst.last())));
}

QTEST_MAIN(tst_JobHistoryView)
#include "tst_JobHistoryView.moc"

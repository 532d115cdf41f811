// JobRunController against the sandbox: run -> poll -> final, a second run answered by 409 in
// plain words, cancel, a failed job whose attempts carry failures and logs, bulk runs.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/JobService.h"
#include "core/domain/JobInfo.h"
#include "gui/history/JobRunController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::domain::Job;
using airdesk::domain::JobStatus;
using airdesk::gui::JobRunController;

namespace {

struct World
{
    explicit World(const QString &failureRate)
        : fixture({u"--seed"_s, u"empty"_s, u"--job-duration-ms"_s, u"20000"_s, u"--job-failure-rate"_s, failureRate})
    {
        client = test::makeClient(fixture);
        service = std::make_unique<api::JobService>(client.get(), fixture.workspaceId());
        runner = std::make_unique<JobRunController>(client.get(), service.get());
        runner->setPollInterval(20);
    }

    QString newConnection()
    {
        if (sourceId.isEmpty()) {
            sourceId = test::createFakerSource(fixture);
            destinationId = test::createDuckDbDestination(fixture);
        }
        return test::createConnection(fixture, sourceId, destinationId, u"Run"_s);
    }

    test::SandboxFixture fixture;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<api::JobService> service;
    std::unique_ptr<JobRunController> runner;
    QString sourceId;
    QString destinationId;
};

} // namespace

class tst_JobRunController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runPollsUntilFinal();
    void secondRunIsAlreadyRunning();
    void cancelStopsTheJob();
    void failedJobHasAttemptsAndLogs();
    void bulkRunAndUnknownConnection();
};

void tst_JobRunController::runPollsUntilFinal()
{
    World w(u"0"_s);
    QVERIFY2(w.fixture.isRunning(), qPrintable(w.fixture.startError()));
    const QString id = w.newConnection();
    QSignalSpy started(w.runner.get(), &JobRunController::started);
    QSignalSpy updated(w.runner.get(), &JobRunController::updated);
    QSignalSpy finished(w.runner.get(), &JobRunController::finished);
    w.runner->run(id);
    QVERIFY(started.wait(10000));
    const Job job = started.first().first().value<Job>();
    QCOMPARE(job.connectionId, id);
    QCOMPARE(job.status, JobStatus::Pending);
    QVERIFY(w.runner->isFollowing(id));
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2, 5000); // still polling: the clock has not moved
    QCOMPARE(finished.count(), 0);
    QCOMPARE(w.runner->followedJob(id).jobId, job.jobId);
    w.fixture.advance(5);
    QTRY_VERIFY_WITH_TIMEOUT(w.runner->followedJob(id).status == JobStatus::Running, 5000);
    w.fixture.advance(60);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const Job done = finished.first().first().value<Job>();
    QCOMPARE(done.jobId, job.jobId);
    QCOMPARE(done.status, JobStatus::Succeeded);
    QVERIFY(done.rowsSynced.value_or(0) > 0);
    QVERIFY(!w.runner->isFollowing(id));
    const int polls = updated.count();
    QTest::qWait(150);
    QCOMPARE(updated.count(), polls); // polling stopped at the final status
}

void tst_JobRunController::secondRunIsAlreadyRunning()
{
    World w(u"0"_s);
    const QString id = w.newConnection();
    QSignalSpy started(w.runner.get(), &JobRunController::started);
    QSignalSpy already(w.runner.get(), &JobRunController::alreadyRunning);
    QSignalSpy failed(w.runner.get(), &JobRunController::failed);
    w.runner->run(id);
    QVERIFY(started.wait(10000));
    w.runner->run(id);
    QVERIFY(already.wait(10000));
    QCOMPARE(already.first().at(0).toString(), id);
    QCOMPARE(already.first().at(1).toString(), u"A sync is already running for this connection"_s);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(started.count(), 1);
    QVERIFY(w.runner->isFollowing(id)); // the first one is still followed
}

void tst_JobRunController::cancelStopsTheJob()
{
    World w(u"0"_s);
    const QString id = w.newConnection();
    QSignalSpy started(w.runner.get(), &JobRunController::started);
    QSignalSpy cancelled(w.runner.get(), &JobRunController::cancelled);
    QSignalSpy finished(w.runner.get(), &JobRunController::finished);
    QVERIFY(!w.runner->cancel(id)); // nothing followed yet
    w.runner->run(id);
    QVERIFY(started.wait(10000));
    w.fixture.advance(5);
    QVERIFY(w.runner->cancel(id));
    QVERIFY(cancelled.wait(10000));
    QCOMPARE(cancelled.first().first().value<Job>().status, JobStatus::Cancelled);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<Job>().status, JobStatus::Cancelled);
    QVERIFY(!w.runner->isFollowing(id));
    // Cancelling a job that already ended is the server's 409, reported as a failure.
    QSignalSpy failed(w.runner.get(), &JobRunController::failed);
    w.runner->cancelJob(started.first().first().value<Job>().jobId, id);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(1).toString().contains(u"not currently running"_s),
             qPrintable(failed.first().at(1).toString()));
}

void tst_JobRunController::failedJobHasAttemptsAndLogs()
{
    World w(u"1"_s);
    const QString id = w.newConnection();
    QSignalSpy finished(w.runner.get(), &JobRunController::finished);
    w.runner->run(id);
    QTRY_VERIFY_WITH_TIMEOUT(w.runner->isFollowing(id), 10000);
    w.fixture.advance(120);
    QVERIFY(finished.wait(10000));
    const Job done = finished.first().first().value<Job>();
    QCOMPARE(done.status, JobStatus::Failed);
    QVERIFY(done.isFailure());
    const auto info = test::await<domain::JobInfo>(
        [&](const QObject *c, auto cb) { w.service->jobInfo(done.jobId, c, cb); });
    QVERIFY2(!info.error.isError(), qPrintable(info.error.message()));
    QVERIFY(!info.value.attempts.isEmpty());
    for (const domain::Attempt &attempt : info.value.attempts) {
        QCOMPARE(attempt.status, JobStatus::Failed);
        QVERIFY(!attempt.failureMessages().isEmpty());
        QVERIFY(domain::fullLogText(attempt).contains(u"] error: "_s));
    }
}

void tst_JobRunController::bulkRunAndUnknownConnection()
{
    World w(u"0"_s);
    const QStringList ids{w.newConnection(), w.newConnection()};
    QSignalSpy started(w.runner.get(), &JobRunController::started);
    QSignalSpy failed(w.runner.get(), &JobRunController::failed);
    w.runner->run(ids + QStringList{u"00000000-0000-0000-0000-000000000000"_s});
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.first().at(0).toString(), u"00000000-0000-0000-0000-000000000000"_s);
    QVERIFY(w.runner->isFollowing(ids.at(0)));
    QVERIFY(w.runner->isFollowing(ids.at(1)));
}

QTEST_MAIN(tst_JobRunController)
#include "tst_JobRunController.moc"

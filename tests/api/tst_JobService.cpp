// JobService and SyncWatcher against the sandbox: starting jobs (409 explained, never retried),
// history order and paging, status progression, cancel, attempts and log text, and following a
// job to success, failure or timeout.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/JobService.h"
#include "api/services/SyncWatcher.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::JobService;
using airdesk::api::SyncWatcher;
using airdesk::domain::Job;
using airdesk::domain::JobStatus;
using airdesk::domain::JobType;
using airdesk::test::SandboxFixture;
using airdesk::test::await;

namespace {

struct History : test::Listed<Job>
{
    QList<qint64> ids() const
    {
        QList<qint64> out;
        for (const Job &j : rows)
            out.append(j.jobId);
        return out;
    }
};

/// An empty workspace with one source and one destination; connections are made per test so
/// a running job of one test never blocks another.
struct World
{
    explicit World(const QStringList &extra = {})
        : fixture(QStringList{u"--seed"_s, u"empty"_s, u"--job-duration-ms"_s, u"20000"_s} + extra)
    {
        client = test::makeClient(fixture);
        service = std::make_unique<JobService>(client.get(), fixture.workspaceId());
    }

    QString newConnection()
    {
        if (sourceId.isEmpty()) {
            sourceId = test::createFakerSource(fixture);
            destinationId = test::createDuckDbDestination(fixture);
        }
        return test::createConnection(fixture, sourceId, destinationId, u"Jobs"_s);
    }

    test::Outcome<Job> run(const QString &connectionId)
    {
        return await<Job>([&](auto cb) { service->runSync(connectionId, &context, cb); });
    }

    History history(const QString &connectionId, const JobService::HistoryQuery &query)
    {
        return History{test::awaitList<Job>(
            [&](const QObject *c, auto rows, auto done) { service->history(connectionId, query, c, rows, done); })};
    }

    SandboxFixture fixture;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<JobService> service;
    QObject context;
    QString sourceId;
    QString destinationId;
};

} // namespace

class tst_JobService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runSyncStartsAJob();
    void secondSyncIsExplainedConflict();
    void resetAndClear();
    void historyOrderLimitOffsetAndType();
    void latestJob();
    void statusProgression();
    void cancelAndCancelFinal();
    void attemptsAndLogText();
    void watcherFollowsToSuccess();
    void watcherReportsFailure();
    void watcherTimesOut();
    void watcherReportsErrors();
    void runSyncIsNeverRetried();

private:
    std::unique_ptr<World> m_w;
};

void tst_JobService::initTestCase()
{
    m_w = std::make_unique<World>(QStringList{u"--job-failure-rate"_s, u"0"_s});
    QVERIFY2(m_w->fixture.isRunning(), qPrintable(m_w->fixture.startError()));
}

void tst_JobService::runSyncStartsAJob()
{
    const QString id = m_w->newConnection();
    QVERIFY(!id.isEmpty());
    const auto r = m_w->run(id);
    QVERIFY(r.done);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.value.jobId > 0);
    QCOMPARE(r.value.jobType, JobType::Sync);
    QCOMPARE(r.value.status, JobStatus::Pending);
    QCOMPARE(r.value.connectionId, id);
    QVERIFY(r.value.startTime.isValid());
    m_w->fixture.advance(60);
}

void tst_JobService::secondSyncIsExplainedConflict()
{
    const QString id = m_w->newConnection();
    QVERIFY(!m_w->run(id).error.isError());
    const int before = m_w->client->requestsSent();
    const auto again = m_w->run(id);
    QVERIFY(again.done);
    QCOMPARE(again.error.kind, ApiError::Kind::Conflict);
    QCOMPARE(again.error.httpStatus, 409);
    QCOMPARE(m_w->client->requestsSent() - before, 1);
    const QString message = again.error.message();
    QVERIFY2(message.startsWith(u"A sync is already running for this connection"_s), qPrintable(message));
    QVERIFY2(message.contains(u"A sync is already running for: "_s + id), qPrintable(message)); // the server's words
    QVERIFY(!again.error.requestId.isEmpty());
    m_w->fixture.advance(60);
    QVERIFY(!m_w->run(id).error.isError()); // free again once the first one ended
    m_w->fixture.advance(60);
}

void tst_JobService::resetAndClear()
{
    const QString id = m_w->newConnection();
    const auto reset = await<Job>([&](auto cb) { m_w->service->reset(id, &m_w->context, cb); });
    QVERIFY2(!reset.error.isError(), qPrintable(reset.error.message()));
    QCOMPARE(reset.value.jobType, JobType::Reset);
    m_w->fixture.advance(60);
    const auto clear = await<Job>([&](auto cb) { m_w->service->clear(id, &m_w->context, cb); });
    QVERIFY2(!clear.error.isError(), qPrintable(clear.error.message()));
    QCOMPARE(clear.value.jobType, JobType::Clear);
    m_w->fixture.advance(60);
}

void tst_JobService::historyOrderLimitOffsetAndType()
{
    const QString id = m_w->newConnection();
    QList<qint64> syncs;
    for (int i = 0; i < 4; ++i) {
        syncs.append(m_w->run(id).value.jobId);
        m_w->fixture.advance(60);
    }
    const qint64 reset = await<Job>([&](auto cb) { m_w->service->reset(id, &m_w->context, cb); }).value.jobId;
    m_w->fixture.advance(60);
    const QList<qint64> oldestFirst = syncs + QList<qint64>{reset};
    const QList<qint64> newestFirst(oldestFirst.rbegin(), oldestFirst.rend());

    JobService::HistoryQuery query;
    History h = m_w->history(id, query);
    QVERIFY2(!h.error.isError(), qPrintable(h.error.message()));
    QCOMPARE(h.ids(), newestFirst); // the default is newest first, unlike the server's
    QCOMPARE(h.total, 5);

    query.newestFirst = false;
    QCOMPARE(m_w->history(id, query).ids(), oldestFirst);

    query = {};
    query.limit = 2;
    h = m_w->history(id, query);
    QCOMPARE(h.ids(), newestFirst.mid(0, 2));
    QCOMPARE(h.total, 2);
    query.offset = 2;
    QCOMPARE(m_w->history(id, query).ids(), newestFirst.mid(2, 2));
    query.offset = 4;
    QCOMPARE(m_w->history(id, query).ids(), newestFirst.mid(4, 2)); // a short last page
    query.newestFirst = false;
    query.offset = 1;
    QCOMPARE(m_w->history(id, query).ids(), oldestFirst.mid(1, 2));

    query = {};
    query.type = JobType::Sync;
    h = m_w->history(id, query);
    QCOMPARE(h.ids(), QList<qint64>(syncs.rbegin(), syncs.rend()));
    for (const Job &j : std::as_const(h.rows))
        QCOMPARE(j.jobType, JobType::Sync);
    query.type = JobType::Reset;
    QCOMPARE(m_w->history(id, query).ids(), QList<qint64>{reset});
    query = {};
    query.status = JobStatus::Failed;
    QCOMPARE(m_w->history(id, query).total, 0);

    h = m_w->history(u"00000000-0000-0000-0000-000000000000"_s, {});
    QCOMPARE(h.error.kind, ApiError::Kind::NotFound);
}

void tst_JobService::latestJob()
{
    const QString id = m_w->newConnection();
    using Latest = std::optional<Job>;
    auto none = await<Latest>([&](auto cb) { m_w->service->latestJob(id, &m_w->context, cb); });
    QVERIFY(none.done);
    QVERIFY(!none.error.isError());
    QVERIFY(!none.value.has_value());
    m_w->run(id);
    m_w->fixture.advance(60);
    const qint64 second = m_w->run(id).value.jobId;
    auto latest = await<Latest>([&](auto cb) { m_w->service->latestJob(id, &m_w->context, cb); });
    QVERIFY(latest.value.has_value());
    QCOMPARE(latest.value->jobId, second);
    m_w->fixture.advance(60);
}

void tst_JobService::statusProgression()
{
    // Planned duration 20-24 s: pending < 2 s, queued until >= 4 s, running until >= 20 s.
    const QString id = m_w->newConnection();
    const Job started = m_w->run(id).value;
    auto status = [&] {
        return await<Job>([&](auto cb) { m_w->service->job(started.jobId, &m_w->context, cb); }).value;
    };
    QCOMPARE(status().status, JobStatus::Pending);
    m_w->fixture.advance(3);
    QCOMPARE(status().status, JobStatus::Queued);
    m_w->fixture.advance(2);
    const Job running = status();
    QCOMPARE(running.status, JobStatus::Running);
    QVERIFY(!running.isFinal());
    QVERIFY(!running.lastUpdatedAt.has_value());
    m_w->fixture.advance(60);
    const Job done = status();
    QCOMPARE(done.status, JobStatus::Succeeded);
    QVERIFY(done.isFinal());
    QVERIFY(done.lastUpdatedAt.has_value());
    QVERIFY(done.rowsSynced.value_or(0) > 0);
    QVERIFY(done.bytesSynced.value_or(0) > 0);

    const auto missing = await<Job>([&](auto cb) { m_w->service->job(999999999, &m_w->context, cb); });
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
}

void tst_JobService::cancelAndCancelFinal()
{
    const QString id = m_w->newConnection();
    const qint64 jobId = m_w->run(id).value.jobId;
    m_w->fixture.advance(5);
    const auto cancelled = await<Job>([&](auto cb) { m_w->service->cancel(jobId, &m_w->context, cb); });
    QVERIFY2(!cancelled.error.isError(), qPrintable(cancelled.error.message()));
    QCOMPARE(cancelled.value.status, JobStatus::Cancelled);
    QVERIFY(cancelled.value.isFailure());
    const auto again = await<Job>([&](auto cb) { m_w->service->cancel(jobId, &m_w->context, cb); });
    QCOMPARE(again.error.kind, ApiError::Kind::Conflict);
    QCOMPARE(again.error.httpStatus, 409);
    QVERIFY2(again.error.message().contains(u"not currently running"_s), qPrintable(again.error.message()));
}

void tst_JobService::attemptsAndLogText()
{
    const QString id = m_w->newConnection();
    const qint64 jobId = m_w->run(id).value.jobId;
    m_w->fixture.advance(60);

    const auto info = await<domain::JobInfo>([&](auto cb) { m_w->service->jobInfo(jobId, &m_w->context, cb); });
    QVERIFY2(!info.error.isError(), qPrintable(info.error.message()));
    QCOMPARE(info.value.id, jobId);
    QCOMPARE(info.value.configId, id);

    const auto attempts =
        await<QList<domain::Attempt>>([&](auto cb) { m_w->service->attempts(jobId, &m_w->context, cb); });
    QVERIFY(!attempts.error.isError());
    QVERIFY(!attempts.value.isEmpty());
    QCOMPARE(attempts.value.first().number, 0);
    QCOMPARE(attempts.value.last().status, JobStatus::Succeeded);

    const auto first = await<QString>([&](auto cb) { m_w->service->logText(jobId, 0, &m_w->context, cb); });
    QVERIFY2(!first.error.isError(), qPrintable(first.error.message()));
    QVERIFY(!first.value.isEmpty());
    QCOMPARE(first.value, domain::fullLogText(attempts.value.first()));
    // PyAirbyte's line shape: "[<epoch ms>] <level>: <message>"
    static const QRegularExpression line(u"^\\[\\d{13}\\] \\w+: .*$"_s);
    const QStringList lines = first.value.split(u'\n');
    for (const QString &l : lines)
        QVERIFY2(line.match(l).hasMatch(), qPrintable(l));

    const auto all = await<QString>([&](auto cb) { m_w->service->logText(jobId, -1, &m_w->context, cb); });
    QVERIFY(!all.error.isError());
    QVERIFY(all.value.startsWith(u"=== Attempt 1 of %1 ===\n"_s.arg(attempts.value.size())));
    QVERIFY(all.value.contains(first.value));

    const auto none = await<QString>([&](auto cb) { m_w->service->logText(jobId, 42, &m_w->context, cb); });
    QCOMPARE(none.error.kind, ApiError::Kind::NotFound);
    const auto unknown = await<QString>([&](auto cb) { m_w->service->logText(999999999, 0, &m_w->context, cb); });
    QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound);
}

void tst_JobService::watcherFollowsToSuccess()
{
    const QString id = m_w->newConnection();
    const qint64 jobId = m_w->run(id).value.jobId;
    SyncWatcher watcher(m_w->client.get(), jobId);
    QCOMPARE(watcher.interval(), 2000);
    watcher.setInterval(20);
    watcher.setTimeout(20000);
    QSignalSpy updated(&watcher, &SyncWatcher::updated);
    QSignalSpy finished(&watcher, &SyncWatcher::finished);
    QSignalSpy timedOut(&watcher, &SyncWatcher::timedOut);
    QSignalSpy failed(&watcher, &SyncWatcher::failed);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2, 5000); // polling, not finished yet
    QVERIFY(finished.isEmpty());
    QVERIFY(watcher.isActive());
    QCOMPARE(watcher.lastJob().status, JobStatus::Pending);
    m_w->fixture.advance(60);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const Job done = finished.first().first().value<Job>();
    QCOMPARE(done.status, JobStatus::Succeeded);
    QVERIFY(!done.isFailure());
    QVERIFY(!watcher.isActive());
    // Polling stops at a final status.
    const int polls = watcher.pollCount();
    QTest::qWait(150);
    QCOMPARE(watcher.pollCount(), polls);
    QCOMPARE(timedOut.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void tst_JobService::watcherReportsFailure()
{
    World w({u"--job-failure-rate"_s, u"1"_s});
    QVERIFY(w.fixture.isRunning());
    const qint64 jobId = w.run(w.newConnection()).value.jobId;
    w.fixture.advance(60);
    SyncWatcher watcher(w.client.get(), jobId);
    watcher.setInterval(20);
    QSignalSpy finished(&watcher, &SyncWatcher::finished);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    const Job done = finished.first().first().value<Job>();
    QCOMPARE(done.status, JobStatus::Failed);
    QVERIFY(done.isFailure());
    QCOMPARE(watcher.pollCount(), 1); // already final at the first poll

    const auto logs = await<QList<domain::Attempt>>([&](auto cb) { w.service->attempts(jobId, &w.context, cb); });
    QVERIFY(logs.value.size() > 1); // retried attempts, all failed
    QVERIFY(!logs.value.last().failureMessages().isEmpty());
}

void tst_JobService::watcherTimesOut()
{
    const qint64 jobId = m_w->run(m_w->newConnection()).value.jobId;
    SyncWatcher watcher(m_w->client.get(), jobId);
    watcher.setInterval(20);
    watcher.setTimeout(300);
    QSignalSpy finished(&watcher, &SyncWatcher::finished);
    QSignalSpy timedOut(&watcher, &SyncWatcher::timedOut);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 5000);
    const Job last = timedOut.first().first().value<Job>();
    QCOMPARE(last.jobId, jobId);
    QVERIFY(!last.isFinal());
    QVERIFY(!watcher.isActive());
    const int polls = watcher.pollCount();
    QVERIFY(polls >= 2);
    QTest::qWait(150);
    QCOMPARE(watcher.pollCount(), polls);
    QCOMPARE(finished.count(), 0);
    m_w->fixture.advance(60);
}

void tst_JobService::watcherReportsErrors()
{
    SyncWatcher watcher(m_w->client.get(), 999999999);
    watcher.setInterval(20);
    QSignalSpy failed(&watcher, &SyncWatcher::failed);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
    QVERIFY(!watcher.isActive());
}

void tst_JobService::runSyncIsNeverRetried()
{
    SandboxFixture f({u"--faults"_s, u"503:1"_s, u"--bearer-token"_s, u"t"_s, u"--seed"_s, u"empty"_s});
    QVERIFY(f.isRunning());
    auto client = test::makeBearerClient(f, u"t"_s);
    JobService service(client.get(), f.workspaceId());
    QObject context;
    const auto r = await<Job>([&](auto cb) {
        service.runSync(u"18dccc91-0ab1-4f72-9ed7-0b8fc27c5826"_s, &context, cb);
    });
    QVERIFY(r.done);
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(r.error.kind, ApiError::Kind::Server);
    QCOMPARE(client->requestsSent(), 1);
    // A read under the same faults is retried (bounded): the difference is deliberate.
    const auto read = await<Job>([&](auto cb) { service.job(1, &context, cb); });
    QCOMPARE(read.error.httpStatus, 503);
    QCOMPARE(client->requestsSent(), 1 + 4);
}

QTEST_GUILESS_MAIN(tst_JobService)
#include "tst_JobService.moc"

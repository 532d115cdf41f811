// JobTableModel against the sandbox: pages fetched as a view asks (exact insertions),
// newest or oldest first, server-side filters, live jobs upserted at the top, the cells.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/JobService.h"
#include "models/jobs/JobTableModel.h"
#include "models/jobs/JobText.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::JobService;
using airdesk::domain::Job;
using airdesk::domain::JobStatus;
using airdesk::domain::JobType;
using airdesk::models::JobTableModel;

namespace {

bool waitIdle(JobTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
}

QList<qint64> ids(const JobTableModel &model)
{
    QList<qint64> out;
    for (const Job &job : model.jobs())
        out.append(job.jobId);
    return out;
}

} // namespace

class tst_JobTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesAsTheViewAsks();
    void oldestFirstAndFilters();
    void liveJobsAreUpserted();
    void cells();
    void unknownConnectionFails();

private:
    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<JobService> m_service;
    QString m_connectionId;
    QList<qint64> m_oldestFirst; // 4 syncs then 1 reset
};

void tst_JobTableModel::initTestCase()
{
    m_fixture = std::make_unique<test::SandboxFixture>(
        QStringList{u"--seed"_s, u"empty"_s, u"--job-duration-ms"_s, u"20000"_s, u"--job-failure-rate"_s, u"0"_s});
    QVERIFY2(m_fixture->isRunning(), qPrintable(m_fixture->startError()));
    m_client = test::makeClient(*m_fixture);
    m_service = std::make_unique<JobService>(m_client.get(), m_fixture->workspaceId());
    m_connectionId = test::createConnection(*m_fixture, test::createFakerSource(*m_fixture),
                                            test::createDuckDbDestination(*m_fixture), u"History"_s);
    QVERIFY(!m_connectionId.isEmpty());
    for (int i = 0; i < 5; ++i) {
        const auto started = test::await<Job>([&](const QObject *c, auto cb) {
            if (i < 4)
                m_service->runSync(m_connectionId, c, cb);
            else
                m_service->reset(m_connectionId, c, cb);
        });
        QVERIFY2(!started.error.isError(), qPrintable(started.error.message()));
        m_oldestFirst.append(started.value.jobId);
        m_fixture->advance(60);
    }
}

void tst_JobTableModel::pagesAsTheViewAsks()
{
    JobTableModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(&model, &JobTableModel::pageLoaded);
    model.setPageSize(2);
    QVERIFY(!model.canFetchMore({})); // no connection yet
    model.setConnectionId(m_connectionId);
    QVERIFY(model.isLoading());
    QVERIFY(waitIdle(model));
    const QList<qint64> newestFirst(m_oldestFirst.rbegin(), m_oldestFirst.rend());
    QCOMPARE(ids(model), newestFirst.mid(0, 2));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(waitIdle(model));
    QCOMPARE(ids(model), newestFirst.mid(0, 4));
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 3);
    model.fetchMore({});
    QVERIFY(waitIdle(model));
    QCOMPARE(ids(model), newestFirst); // the short last page
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(pages.count(), 3);
}

void tst_JobTableModel::oldestFirstAndFilters()
{
    JobTableModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConnectionId(m_connectionId);
    QVERIFY(waitIdle(model));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    JobService::HistoryQuery query;
    query.newestFirst = false;
    model.setQuery(query);
    QCOMPARE(reset.count(), 1); // old rows dropped at once
    QVERIFY(waitIdle(model));
    QCOMPARE(ids(model), m_oldestFirst);

    query = {};
    query.type = JobType::Reset;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(ids(model), QList<qint64>{m_oldestFirst.last()});

    query = {};
    query.status = JobStatus::Failed;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 0);
    query.status = JobStatus::Succeeded;
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 5);

    // A date range that ends before the first job holds none of them; one around them all holds all.
    const Job first = model.jobs().last();
    query = {};
    query.createdTo = first.startTime.addSecs(-1);
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 0);
    query.createdFrom = first.startTime.addSecs(-10);
    query.createdTo = first.startTime.addDays(1);
    model.setQuery(query);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 5);
}

void tst_JobTableModel::liveJobsAreUpserted()
{
    JobTableModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setConnectionId(m_connectionId);
    QVERIFY(waitIdle(model));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Job running;
    running.jobId = 987654;
    running.connectionId = m_connectionId;
    running.status = JobStatus::Running;
    running.jobType = JobType::Sync;
    running.startTime = QDateTime::currentDateTimeUtc();
    model.upsertJob(running);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOfJob(987654), 0); // newest first: on top
    running.status = JobStatus::Succeeded;
    running.rowsSynced = 12;
    model.upsertJob(running);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), JobTableModel::ColumnCount - 1);
    Job other = running;
    other.jobId = 1;
    other.connectionId = u"another"_s;
    model.upsertJob(other); // not this connection's
    QCOMPARE(model.rowCount(), 6);
}

void tst_JobTableModel::cells()
{
    JobTableModel model(m_service.get());
    model.setClock([] { return QDateTime(QDate(2026, 1, 1), QTime(12, 10, 5), Qt::UTC); });
    model.setConnectionId(u"c1"_s);
    QVERIFY(waitIdle(model));
    Job job;
    job.jobId = 42;
    job.connectionId = u"c1"_s;
    job.jobType = JobType::Sync;
    job.status = JobStatus::Running;
    job.startTime = QDateTime(QDate(2026, 1, 1), QTime(12, 0, 0), Qt::UTC);
    model.upsertJob(job);
    QCOMPARE(model.rowCount(), 1);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(JobTableModel::IdColumn).toString(), u"42"_s);
    QCOMPARE(cell(JobTableModel::TypeColumn).toString(), u"sync"_s);
    QCOMPARE(cell(JobTableModel::StatusColumn).toString(), u"Running"_s);
    QCOMPARE(cell(JobTableModel::DurationColumn).toString(), u"10m 05s"_s); // elapsed while running
    QCOMPARE(cell(JobTableModel::RecordsColumn).toString(), QString());    // not known yet
    QVERIFY(!cell(JobTableModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(JobTableModel::StatusColumn, Qt::ForegroundRole).value<QColor>(),
             models::JobText::statusColour(JobStatus::Running));
    job.status = JobStatus::Failed;
    job.durationSeconds = 3723;
    job.rowsSynced = 1234567;
    job.bytesSynced = 2500000;
    model.upsertJob(job);
    QCOMPARE(cell(JobTableModel::DurationColumn).toString(), u"1h 02m 03s"_s);
    QCOMPARE(cell(JobTableModel::RecordsColumn).toString(), QLocale().toString(1234567));
    QCOMPARE(cell(JobTableModel::BytesColumn).toString(), QLocale().formattedDataSize(2500000, 1, QLocale::DataSizeSIFormat));
    QCOMPARE(cell(JobTableModel::RecordsColumn, models::RawValueRole).toLongLong(), 1234567);
    QCOMPARE(cell(JobTableModel::IdColumn, models::StatusRole).toString(), u"failed"_s);
    QCOMPARE(cell(JobTableModel::IdColumn, models::ObjectRole).value<Job>().jobId, 42);
    QVERIFY(models::JobText::statusColour(JobStatus::Failed) != models::JobText::statusColour(JobStatus::Succeeded));
}

void tst_JobTableModel::unknownConnectionFails()
{
    JobTableModel model(m_service.get());
    QSignalSpy failed(&model, &JobTableModel::loadFailed);
    model.setConnectionId(u"00000000-0000-0000-0000-000000000000"_s);
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(model.isComplete()); // no endless retries from a view asking for more
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(tst_JobTableModel)
#include "tst_JobTableModel.moc"

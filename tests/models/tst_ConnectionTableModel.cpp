// ConnectionTableModel: cells (names, status, schedule, last sync, streams), and the exact
// dataChanged ranges when actor names or last jobs arrive after the rows.
#include "models/ConnectionTableModel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::domain::Connection;
using airdesk::domain::ConnectionSchedule;
using airdesk::domain::Job;
using airdesk::domain::JobStatus;
using airdesk::models::ConnectionTableModel;
namespace roles = airdesk::models;

namespace {

Connection connection(const QString &id, const QString &source, const QString &destination,
                      Connection::Status status = Connection::Status::Active)
{
    Connection c;
    c.connectionId = id;
    c.name = u"Conn "_s + id;
    c.sourceId = source;
    c.destinationId = destination;
    c.status = status;
    c.prefix = u"p_"_s;
    c.schedule = ConnectionSchedule::cron(u"0 0 12 * * ?"_s);
    c.schedule.cronExpressionRaw = u"0 0 12 * * ? UTC"_s;
    c.streams.resize(3);
    c.streams[0].name = u"users"_s;
    c.createdAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    return c;
}

} // namespace

class tst_ConnectionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cells();
    void statusTexts();
    void namesArriveLaterChangeOnlyTheirColumns();
    void lastJobFillsLastSync();
    void lastJobSurvivesRefresh();

private:
    ConnectionTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ConnectionTableModel::init()
{
    m_model = new ConnectionTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void tst_ConnectionTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_ConnectionTableModel::cells()
{
    m_model->setRows({connection(u"c1"_s, u"s1"_s, u"d1"_s)});
    const auto cell = [this](int column, int role = Qt::DisplayRole) { return m_model->index(0, column).data(role); };
    QCOMPARE(m_model->columnCount(), int(ConnectionTableModel::ColumnCount));
    QCOMPARE(cell(ConnectionTableModel::Name).toString(), u"Conn c1"_s);
    // Names not known yet: the ids stand in.
    QCOMPARE(cell(ConnectionTableModel::Source).toString(), u"s1"_s);
    QCOMPARE(cell(ConnectionTableModel::Destination).toString(), u"d1"_s);
    QCOMPARE(cell(ConnectionTableModel::Status).toString(), u"Enabled"_s);
    QCOMPARE(cell(ConnectionTableModel::Schedule).toString(), u"At 12:00 (UTC)"_s);
    QCOMPARE(cell(ConnectionTableModel::Schedule, Qt::ToolTipRole).toString(), u"0 0 12 * * ? UTC"_s);
    QVERIFY(!cell(ConnectionTableModel::LastSync).isValid());
    QCOMPARE(cell(ConnectionTableModel::Streams).toInt(), 3);
    QCOMPARE(cell(ConnectionTableModel::Streams, roles::RawValueRole).toInt(), 3);
    QCOMPARE(cell(ConnectionTableModel::Prefix).toString(), u"p_"_s);
    QCOMPARE(cell(ConnectionTableModel::Id).toString(), u"c1"_s);
    QCOMPARE(cell(ConnectionTableModel::Created, roles::RawValueRole).toDateTime(),
             QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QCOMPARE(cell(ConnectionTableModel::Name, roles::StatusRole).toString(), u"active"_s);
    QCOMPARE(cell(ConnectionTableModel::Prefix, roles::EnabledRole).toBool(), true);
    QCOMPARE(cell(ConnectionTableModel::Name, roles::IdRole).toString(), u"c1"_s);
    QCOMPARE(cell(ConnectionTableModel::Name, roles::ObjectRole).value<Connection>().sourceId, u"s1"_s);
    QCOMPARE(m_model->connectionAt(0).connectionId, u"c1"_s);
    QCOMPARE(m_model->headerData(ConnectionTableModel::LastSync, Qt::Horizontal).toString(), u"Last sync"_s);
}

void tst_ConnectionTableModel::statusTexts()
{
    Connection unknown = connection(u"u"_s, u"s"_s, u"d"_s, Connection::Status::Unknown);
    unknown.statusText = u"paused_by_plan"_s;
    m_model->setRows({connection(u"a"_s, u"s"_s, u"d"_s, Connection::Status::Inactive),
                      connection(u"b"_s, u"s"_s, u"d"_s, Connection::Status::Locked),
                      connection(u"c"_s, u"s"_s, u"d"_s, Connection::Status::Deprecated), unknown});
    const auto status = [this](int row) { return m_model->index(row, ConnectionTableModel::Status).data().toString(); };
    QCOMPARE(status(0), u"Disabled"_s);
    QCOMPARE(status(1), u"Locked"_s);
    QCOMPARE(status(2), u"Deprecated"_s);
    QCOMPARE(status(3), u"paused_by_plan"_s);
    QCOMPARE(m_model->index(1, 0).data(roles::StatusRole).toString(), u"locked"_s);
    QCOMPARE(m_model->index(1, 0).data(roles::EnabledRole).toBool(), false);
    QCOMPARE(m_model->index(3, 0).data(roles::StatusRole).toString(), u"paused_by_plan"_s);
}

void tst_ConnectionTableModel::namesArriveLaterChangeOnlyTheirColumns()
{
    // Rows 0,1 and 3 use source s1; row 2 uses s2, whose name is not sent.
    m_model->setRows({connection(u"c0"_s, u"s1"_s, u"d1"_s), connection(u"c1"_s, u"s1"_s, u"d1"_s),
                      connection(u"c2"_s, u"s2"_s, u"d2"_s), connection(u"c3"_s, u"s1"_s, u"d2"_s)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setActorNames({{u"s1"_s, u"Faker"_s}}, {});
    QCOMPARE(changed.size(), 2); // runs 0..1 and 3..3
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, ConnectionTableModel::Source));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, ConnectionTableModel::Destination));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), m_model->index(3, ConnectionTableModel::Source));
    QCOMPARE(changed.at(1).at(1).toModelIndex(), m_model->index(3, ConnectionTableModel::Destination));
    QCOMPARE(m_model->index(0, ConnectionTableModel::Source).data().toString(), u"Faker"_s);
    QCOMPARE(m_model->index(0, ConnectionTableModel::Source, {}).data(Qt::ToolTipRole).toString(), u"s1"_s);
    QVERIFY(m_model->index(3, 0).data(roles::SearchTextRole).toString().contains(u"faker"_s));

    // The same names again: nothing changes, nothing is signalled.
    m_model->setActorNames({{u"s1"_s, u"Faker"_s}}, {});
    QCOMPARE(changed.size(), 2);

    // A destination name for d2 touches rows 2 and 3 (one run).
    m_model->setActorNames({{u"s1"_s, u"Faker"_s}}, {{u"d2"_s, u"Duck"_s}});
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.at(2).at(0).toModelIndex(), m_model->index(2, ConnectionTableModel::Source));
    QCOMPARE(changed.at(2).at(1).toModelIndex(), m_model->index(3, ConnectionTableModel::Destination));
    QCOMPARE(m_model->index(2, ConnectionTableModel::Destination).data().toString(), u"Duck"_s);
}

void tst_ConnectionTableModel::lastJobFillsLastSync()
{
    m_model->setRows({connection(u"c0"_s, u"s"_s, u"d"_s), connection(u"c1"_s, u"s"_s, u"d"_s)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    Job job;
    job.jobId = 42;
    job.status = JobStatus::Succeeded;
    job.connectionId = u"c1"_s;
    job.startTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    job.lastUpdatedAt = QDateTime::fromSecsSinceEpoch(1700000600, Qt::UTC);
    m_model->setLastJob(u"c1"_s, job);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(1, ConnectionTableModel::LastSync));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, ConnectionTableModel::LastSync));
    const QModelIndex cell = m_model->index(1, ConnectionTableModel::LastSync);
    const QString when = QLocale().toString(job.lastUpdatedAt->toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(cell.data().toString(), u"Succeeded · "_s + when);
    QCOMPARE(cell.data(roles::RawValueRole).toDateTime(), *job.lastUpdatedAt);
    QCOMPARE(cell.data(roles::JobStatusRole).toString(), u"succeeded"_s);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"42"_s));
    QVERIFY(!m_model->index(0, ConnectionTableModel::LastSync).data().isValid());
    // A colour swatch beside the text: none without a job, another one once the job failed.
    QVERIFY(!m_model->index(0, ConnectionTableModel::LastSync).data(Qt::DecorationRole).isValid());
    const QColor succeededColour = cell.data(Qt::DecorationRole).value<QColor>();
    QVERIFY(succeededColour.isValid());
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DecorationRole));
    job.status = JobStatus::Failed;
    m_model->setLastJob(u"c1"_s, job);
    QVERIFY(cell.data(Qt::DecorationRole).value<QColor>() != succeededColour);
    QCOMPARE(changed.size(), 2);

    // A job for a connection not shown is kept without a signal.
    m_model->setLastJob(u"other"_s, job);
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_model->lastJob(u"other"_s).has_value());
}

void tst_ConnectionTableModel::lastJobSurvivesRefresh()
{
    Job job;
    job.jobId = 7;
    job.status = JobStatus::Running;
    job.startTime = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    m_model->setLastJob(u"c0"_s, job); // before the row exists
    m_model->setActorNames({{u"s"_s, u"Source"_s}}, {});
    m_model->appendRows({connection(u"c0"_s, u"s"_s, u"d"_s)});
    QVERIFY(m_model->index(0, ConnectionTableModel::LastSync).data().toString().startsWith(u"Running · "_s));
    QCOMPARE(m_model->index(0, ConnectionTableModel::Source).data().toString(), u"Source"_s);
    m_model->setRows({connection(u"c0"_s, u"s"_s, u"d"_s)});
    QVERIFY(m_model->index(0, ConnectionTableModel::LastSync).data().toString().startsWith(u"Running · "_s));
}

QTEST_GUILESS_MAIN(tst_ConnectionTableModel)
#include "tst_ConnectionTableModel.moc"

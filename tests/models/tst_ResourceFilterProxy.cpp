// ResourceFilterProxy over both resource models: word search over SearchTextRole, the
// status, connector type and enabled filters, sorting by RawValueRole, and re-filtering
// when names arrive after the rows.
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceFilterProxy.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::domain::Actor;
using airdesk::domain::Connection;
using airdesk::models::ActorTableModel;
using airdesk::models::ConnectionTableModel;
using airdesk::models::ResourceFilterProxy;
namespace roles = airdesk::models;

namespace {

Actor actor(const QString &id, const QString &name, const QString &type, qint64 created)
{
    Actor a;
    a.id = id;
    a.name = name;
    a.typeName = type;
    a.createdAt = created ? QDateTime::fromSecsSinceEpoch(created, Qt::UTC) : QDateTime();
    return a;
}

Connection connection(const QString &id, const QString &name, const QString &source, Connection::Status status,
                      int streams)
{
    Connection c;
    c.connectionId = id;
    c.name = name;
    c.sourceId = source;
    c.destinationId = u"d"_s;
    c.status = status;
    c.streams.resize(streams);
    return c;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class tst_ResourceFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIsCaseInsensitiveAndWordwise();
    void connectorTypeFilter();
    void sortsByRawValue();
    void statusAndEnabledFilters();
    void namesArrivingLaterAreSearchable();
    void lastJobStatusFilter();
};

void tst_ResourceFilterProxy::searchIsCaseInsensitiveAndWordwise()
{
    ActorTableModel model;
    model.setRows({actor(u"id-1"_s, u"Faker Users"_s, u"faker"_s, 3), actor(u"id-2"_s, u"Postgres Prod"_s, u"postgres"_s, 1),
                   actor(u"id-3"_s, u"Faker Orders"_s, u"faker"_s, 2)});
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(u"FAKER"_s);
    QCOMPARE(column(proxy, ActorTableModel::Name), (QStringList{u"Faker Users"_s, u"Faker Orders"_s}));
    proxy.setSearchText(u"faker ord"_s);
    QCOMPARE(column(proxy, ActorTableModel::Name), QStringList{u"Faker Orders"_s});
    proxy.setSearchText(u"ID-2"_s); // ids are searched too
    QCOMPARE(column(proxy, ActorTableModel::Name), QStringList{u"Postgres Prod"_s});
    proxy.setSearchText(u"postgres"_s); // and the type
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(u"nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 3);

    // Rows arriving later are filtered as they come.
    proxy.setSearchText(u"faker"_s);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    model.appendRows({actor(u"id-4"_s, u"Stripe"_s, u"stripe"_s, 4), actor(u"id-5"_s, u"Faker 3"_s, u"faker"_s, 5)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(proxy.rowCount(), 3);
}

void tst_ResourceFilterProxy::connectorTypeFilter()
{
    ActorTableModel model;
    model.setRows({actor(u"1"_s, u"A"_s, u"faker"_s, 1), actor(u"2"_s, u"B"_s, u"postgres"_s, 1),
                   actor(u"3"_s, u"C"_s, u"stripe"_s, 1)});
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setConnectorTypeFilter({u"faker"_s, u"stripe"_s});
    QCOMPARE(column(proxy, ActorTableModel::Name), (QStringList{u"A"_s, u"C"_s}));
    // Actors have no status and no "enabled": those filters leave them alone.
    proxy.setStatusFilter({u"inactive"_s});
    proxy.setEnabledOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setConnectorTypeFilter({});
    QCOMPARE(proxy.rowCount(), 3);
}

void tst_ResourceFilterProxy::sortsByRawValue()
{
    ActorTableModel model;
    model.setRows({actor(u"1"_s, u"beta"_s, u"faker"_s, 300), actor(u"2"_s, u"Alpha"_s, u"faker"_s, 100),
                   actor(u"3"_s, u"gamma"_s, u"faker"_s, 0), actor(u"4"_s, u"Delta"_s, u"faker"_s, 200)});
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ActorTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ActorTableModel::Name), (QStringList{u"Alpha"_s, u"beta"_s, u"Delta"_s, u"gamma"_s}));
    // Dates as dates (not as their locale text); the unknown date goes last.
    proxy.sort(ActorTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ActorTableModel::Name), (QStringList{u"Alpha"_s, u"Delta"_s, u"beta"_s, u"gamma"_s}));

    ConnectionTableModel connections;
    connections.setRows({connection(u"a"_s, u"A"_s, u"s"_s, Connection::Status::Active, 10),
                         connection(u"b"_s, u"B"_s, u"s"_s, Connection::Status::Active, 9),
                         connection(u"c"_s, u"C"_s, u"s"_s, Connection::Status::Active, 100)});
    ResourceFilterProxy connectionProxy;
    connectionProxy.setSourceModel(&connections);
    connectionProxy.sort(ConnectionTableModel::Streams, Qt::DescendingOrder);
    QCOMPARE(column(connectionProxy, ConnectionTableModel::Name), (QStringList{u"C"_s, u"A"_s, u"B"_s}));

    // Numbers inside names compare as numbers.
    model.setRows({actor(u"1"_s, u"Source 10"_s, u"faker"_s, 1), actor(u"2"_s, u"source 9"_s, u"faker"_s, 1)});
    proxy.sort(ActorTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(column(proxy, ActorTableModel::Name), (QStringList{u"source 9"_s, u"Source 10"_s}));
}

void tst_ResourceFilterProxy::statusAndEnabledFilters()
{
    ConnectionTableModel model;
    model.setRows({connection(u"a"_s, u"A"_s, u"s"_s, Connection::Status::Active, 1),
                   connection(u"b"_s, u"B"_s, u"s"_s, Connection::Status::Inactive, 1),
                   connection(u"c"_s, u"C"_s, u"s"_s, Connection::Status::Locked, 1)});
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setStatusFilter({u"inactive"_s, u"locked"_s});
    QCOMPARE(column(proxy, ConnectionTableModel::Name), (QStringList{u"B"_s, u"C"_s}));
    proxy.setStatusFilter({});
    proxy.setEnabledOnly(true);
    QCOMPARE(column(proxy, ConnectionTableModel::Name), QStringList{u"A"_s});

    // A connection disabled elsewhere leaves the enabled-only view when its row is updated.
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    model.upsert(connection(u"a"_s, u"A"_s, u"s"_s, Connection::Status::Inactive, 1));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_ResourceFilterProxy::namesArrivingLaterAreSearchable()
{
    ConnectionTableModel model;
    model.setRows({connection(u"a"_s, u"A"_s, u"s1"_s, Connection::Status::Active, 1),
                   connection(u"b"_s, u"B"_s, u"s2"_s, Connection::Status::Active, 1)});
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSearchText(u"stripe"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    model.setActorNames({{u"s2"_s, u"Stripe billing"_s}}, {});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(column(proxy, ConnectionTableModel::Name), QStringList{u"B"_s});
}

void tst_ResourceFilterProxy::lastJobStatusFilter()
{
    ConnectionTableModel model;
    model.setRows({connection(u"a"_s, u"A"_s, u"s"_s, Connection::Status::Active, 1),
                   connection(u"b"_s, u"B"_s, u"s"_s, Connection::Status::Active, 1),
                   connection(u"c"_s, u"C"_s, u"s"_s, Connection::Status::Active, 1)});
    airdesk::domain::Job failed;
    failed.jobId = 1;
    failed.status = airdesk::domain::JobStatus::Failed;
    airdesk::domain::Job succeeded = failed;
    succeeded.jobId = 2;
    succeeded.status = airdesk::domain::JobStatus::Succeeded;
    model.setLastJob(u"a"_s, failed);
    model.setLastJob(u"b"_s, succeeded);
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setLastJobStatusFilter({u"failed"_s, u"incomplete"_s});
    // A connection that never synced has nothing to show under "last sync failed".
    QCOMPARE(column(proxy, ConnectionTableModel::Name), QStringList{u"A"_s});

    // The next job of B fails: B joins the filtered view when its last job arrives.
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    failed.jobId = 3;
    model.setLastJob(u"b"_s, failed);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(column(proxy, ConnectionTableModel::Name), (QStringList{u"A"_s, u"B"_s}));
    proxy.setLastJobStatusFilter({});
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_GUILESS_MAIN(tst_ResourceFilterProxy)
#include "tst_ResourceFilterProxy.moc"

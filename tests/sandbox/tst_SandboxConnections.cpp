// Connections (create with stream rules, schedules with Quartz validation, patch, lock,
// delete), the /streams picker, and jobs (run, 409 while running, progress, list, cancel).
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

class tst_SandboxConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createSelectsAllStreamsByDefault();
    void createWithChosenStreams();
    void streamErrors_data();
    void streamErrors();
    void cronScheduleRoundTrip();
    void cronRejected_data();
    void cronRejected();
    void lockedConnectionRefusesPatch();
    void deleteConnection();
    void streamsEndpoint();
    void jobLifecycle();
    void secondSyncConflicts();
    void jobTypesAndErrors();
    void jobListOrderAndFilters();
    void cancelJob();

private:
    std::unique_ptr<SandboxFixture> m_f;
    QString m_sourceId;
    QString m_destinationId;
    QString createConnection(const QJsonObject &extra = {});
};

void tst_SandboxConnections::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s, u"--job-failure-rate"_s, u"0"_s,
                                                       u"--job-duration-ms"_s, u"10000"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    m_sourceId = m_f->call("POST", u"/sources"_s,
                           {{u"name"_s, u"Faker"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                            {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}})
                     .object().value(u"sourceId"_s).toString();
    m_destinationId = m_f->call("POST", u"/destinations"_s,
                                {{u"name"_s, u"DuckDB"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                                 {u"configuration"_s, QJsonObject{{u"destinationType"_s, u"duckdb"_s},
                                                                  {u"destination_path"_s, u"/local/x.duckdb"_s}}}})
                          .object().value(u"destinationId"_s).toString();
    QVERIFY(!m_sourceId.isEmpty());
    QVERIFY(!m_destinationId.isEmpty());
}

QString tst_SandboxConnections::createConnection(const QJsonObject &extra)
{
    QJsonObject body{{u"sourceId"_s, m_sourceId}, {u"destinationId"_s, m_destinationId}, {u"name"_s, u"Faker to DuckDB"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return m_f->call("POST", u"/connections"_s, body).object().value(u"connectionId"_s).toString();
}

void tst_SandboxConnections::createSelectsAllStreamsByDefault()
{
    const HttpReply reply = m_f->call("POST", u"/connections"_s,
                                      {{u"sourceId"_s, m_sourceId}, {u"destinationId"_s, m_destinationId}});
    QCOMPARE(reply.status, 200);
    const QJsonObject c = reply.object();
    QCOMPARE(c.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(c.value(u"schedule"_s).toObject().value(u"scheduleType"_s).toString(), u"manual"_s);
    QCOMPARE(c.value(u"prefix"_s).toString(), QString());
    const QJsonArray streams = c.value(u"configurations"_s).toObject().value(u"streams"_s).toArray();
    QCOMPARE(streams.size(), 3); // users, products, purchases
    for (const QJsonValue &s : streams)
        QCOMPARE(s.toObject().value(u"syncMode"_s).toString(), u"full_refresh_overwrite"_s);
}

void tst_SandboxConnections::createWithChosenStreams()
{
    const QJsonArray wanted{QJsonObject{{u"name"_s, u"users"_s}, {u"syncMode"_s, u"incremental_append"_s}}};
    const HttpReply reply = m_f->call("POST", u"/connections"_s,
                                      {{u"sourceId"_s, m_sourceId}, {u"destinationId"_s, m_destinationId},
                                       {u"prefix"_s, u"raw_"_s},
                                       {u"configurations"_s, QJsonObject{{u"streams"_s, wanted}}}});
    QCOMPARE(reply.status, 200);
    const QJsonArray streams = reply.object().value(u"configurations"_s).toObject().value(u"streams"_s).toArray();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().toObject().value(u"syncMode"_s).toString(), u"incremental_append"_s);
    QVERIFY(!streams.first().toObject().value(u"cursorField"_s).toArray().isEmpty()); // the source's default cursor
    QCOMPARE(reply.object().value(u"prefix"_s).toString(), u"raw_"_s);
}

void tst_SandboxConnections::streamErrors_data()
{
    QTest::addColumn<QJsonArray>("streams");
    QTest::newRow("unknown stream") << QJsonArray{QJsonObject{{u"name"_s, u"nope"_s}}};
    QTest::newRow("duplicate") << QJsonArray{QJsonObject{{u"name"_s, u"users"_s}}, QJsonObject{{u"name"_s, u"users"_s}}};
    QTest::newRow("unknown mode") << QJsonArray{QJsonObject{{u"name"_s, u"users"_s}, {u"syncMode"_s, u"sometimes"_s}}};
}

void tst_SandboxConnections::streamErrors()
{
    QFETCH(QJsonArray, streams);
    const qsizetype before = m_f->server().context().store.connections.size();
    const HttpReply reply = m_f->call("POST", u"/connections"_s,
                                      {{u"sourceId"_s, m_sourceId}, {u"destinationId"_s, m_destinationId},
                                       {u"configurations"_s, QJsonObject{{u"streams"_s, streams}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(m_f->server().context().store.connections.size(), before);
}

void tst_SandboxConnections::cronScheduleRoundTrip()
{
    const QString id = createConnection({{u"schedule"_s, QJsonObject{{u"scheduleType"_s, u"cron"_s},
                                                                     {u"cronExpression"_s, u"0 0 12 * * ?"_s}}}});
    QVERIFY(!id.isEmpty());
    const QJsonObject schedule = m_f->call("GET", u"/connections/"_s + id).object().value(u"schedule"_s).toObject();
    QCOMPARE(schedule.value(u"cronExpression"_s).toString(), u"0 0 12 * * ? UTC"_s);
    // Sending back what was read (with " UTC") is accepted.
    const HttpReply patched = m_f->call("PATCH", u"/connections/"_s + id, {{u"schedule"_s, schedule}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(u"schedule"_s).toObject().value(u"cronExpression"_s).toString(),
             u"0 0 12 * * ? UTC"_s);
    const HttpReply manual = m_f->call("PATCH", u"/connections/"_s + id,
                                       {{u"schedule"_s, QJsonObject{{u"scheduleType"_s, u"manual"_s}}}});
    QCOMPARE(manual.object().value(u"schedule"_s).toObject().value(u"scheduleType"_s).toString(), u"manual"_s);
    QVERIFY(!manual.object().value(u"schedule"_s).toObject().contains(u"cronExpression"_s));
}

void tst_SandboxConnections::cronRejected_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("unix five fields") << u"0 0 * * *"_s;
    QTest::newRow("seconds wildcard") << u"* 0 12 * * ?"_s;
    QTest::newRow("both day fields") << u"0 0 12 1 * MON"_s;
    QTest::newRow("garbage") << u"every day"_s;
    QTest::newRow("empty") << QString();
}

void tst_SandboxConnections::cronRejected()
{
    QFETCH(QString, expression);
    const QString id = createConnection();
    const HttpReply reply = m_f->call("PATCH", u"/connections/"_s + id,
                                      {{u"schedule"_s, QJsonObject{{u"scheduleType"_s, u"cron"_s},
                                                                   {u"cronExpression"_s, expression}}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.object().value(u"type"_s).toString().isEmpty());
    QCOMPARE(m_f->server().context().store.connections.find(id)->scheduleType, u"manual"_s);
}

void tst_SandboxConnections::lockedConnectionRefusesPatch()
{
    const QString id = createConnection({{u"status"_s, u"locked"_s}});
    const HttpReply reply = m_f->call("PATCH", u"/connections/"_s + id, {{u"name"_s, u"new"_s}});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.object().value(u"type"_s).toString(), u"error:connection/locked"_s);
    QCOMPARE(m_f->call("PATCH", u"/connections/"_s + createConnection(), {{u"status"_s, u"paused"_s}}).status, 400);
}

void tst_SandboxConnections::deleteConnection()
{
    const QString id = createConnection();
    QCOMPARE(m_f->call("DELETE", u"/connections/"_s + id).status, 204);
    QCOMPARE(m_f->call("GET", u"/connections/"_s + id).status, 404);
    QCOMPARE(m_f->call("DELETE", u"/connections/"_s + id).status, 404);
}

void tst_SandboxConnections::streamsEndpoint()
{
    const HttpReply reply = m_f->call("GET", u"/streams?sourceId=%1&destinationId=%2"_s.arg(m_sourceId, m_destinationId));
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = reply.array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.first().toObject();
    QVERIFY(first.contains(u"streamName"_s));
    QVERIFY(!first.value(u"syncModes"_s).toArray().isEmpty());
    QVERIFY(!first.value(u"propertyFields"_s).toArray().isEmpty());
    QCOMPARE(m_f->call("GET", u"/streams"_s).status, 400);
    QCOMPARE(m_f->call("GET", u"/streams?sourceId=00000000-0000-0000-0000-000000000000"_s).status, 404);
}

void tst_SandboxConnections::jobLifecycle()
{
    const QString id = createConnection();
    const HttpReply created = m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}});
    QCOMPARE(created.status, 200);
    const QJsonObject job = created.object();
    const qint64 jobId = job.value(u"jobId"_s).toInteger();
    QCOMPARE(job.value(u"status"_s).toString(), u"pending"_s);
    QVERIFY(!job.contains(u"lastUpdatedAt"_s)); // only for finished jobs
    static const QRegularExpression javaInstant(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z$"_s);
    QVERIFY(javaInstant.match(job.value(u"startTime"_s).toString()).hasMatch());

    m_f->advance(5);
    const QJsonObject running = m_f->call("GET", u"/jobs/%1"_s.arg(jobId)).object();
    QCOMPARE(running.value(u"status"_s).toString(), u"running"_s);
    QVERIFY(running.value(u"duration"_s).toString().startsWith(u"PT"_s));

    m_f->advance(60);
    const QJsonObject done = m_f->call("GET", u"/jobs/%1"_s.arg(jobId)).object();
    QCOMPARE(done.value(u"status"_s).toString(), u"succeeded"_s);
    QVERIFY(done.contains(u"lastUpdatedAt"_s));
    QVERIFY(done.value(u"rowsSynced"_s).toInteger() > 0);
    QVERIFY(done.value(u"bytesSynced"_s).toInteger() > 0);
    QCOMPARE(m_f->call("GET", u"/jobs/999999999"_s).status, 404);
}

void tst_SandboxConnections::secondSyncConflicts()
{
    const QString id = createConnection();
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}}).status, 200);
    const HttpReply again = m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.object().value(u"title"_s).toString(), u"try-again-later"_s);
    QVERIFY(again.object().value(u"data"_s).toObject().value(u"message"_s).toString().contains(u"already running"_s));
    m_f->advance(120);
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}}).status, 200);
    m_f->advance(120);
}

void tst_SandboxConnections::jobTypesAndErrors()
{
    const QString id = createConnection();
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"refresh"_s}}).status, 422);
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"vacuum"_s}}).status, 400);
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, u"00000000-0000-0000-0000-000000000000"_s},
                                             {u"jobType"_s, u"sync"_s}}).status, 404);
    const HttpReply reset = m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"reset"_s}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.object().value(u"jobType"_s).toString(), u"reset"_s);
    m_f->advance(120);
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"clear"_s}}).status, 200);
    m_f->advance(120);
}

void tst_SandboxConnections::jobListOrderAndFilters()
{
    const QString id = createConnection();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}})
                       .object().value(u"jobId"_s).toInteger());
        m_f->advance(120);
    }
    auto jobIds = [this](const QString &query) {
        QList<qint64> out;
        for (const QJsonValue &v : m_f->call("GET", u"/jobs?"_s + query).object().value(u"data"_s).toArray())
            out.append(v.toObject().value(u"jobId"_s).toInteger());
        return out;
    };
    QCOMPARE(jobIds(u"connectionId="_s + id), ids); // oldest first without orderBy
    QList<qint64> reversed(ids.rbegin(), ids.rend());
    QCOMPARE(jobIds(u"connectionId=%1&orderBy=createdAt%7CDESC"_s.arg(id)), reversed);
    QCOMPARE(jobIds(u"connectionId=%1&orderBy=createdAt%7CDESC&limit=1"_s.arg(id)), QList<qint64>{ids.last()});
    QCOMPARE(jobIds(u"connectionId=%1&status=failed"_s.arg(id)), QList<qint64>{});
    QCOMPARE(jobIds(u"connectionId=%1&jobType=reset"_s.arg(id)), QList<qint64>{});
    QCOMPARE(m_f->call("GET", u"/jobs?orderBy=name%7CDESC"_s).status, 400);
    QCOMPARE(m_f->call("GET", u"/jobs?orderBy=createdAt"_s).status, 400);
    QCOMPARE(m_f->call("GET", u"/jobs?createdAtStart=yesterday"_s).status, 400);
    QCOMPARE(m_f->call("GET", u"/jobs?connectionId=00000000-0000-0000-0000-000000000000"_s).status, 404);
}

void tst_SandboxConnections::cancelJob()
{
    const QString id = createConnection();
    const qint64 jobId = m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}})
                             .object().value(u"jobId"_s).toInteger();
    m_f->advance(4);
    const HttpReply cancelled = m_f->call("DELETE", u"/jobs/%1"_s.arg(jobId));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.object().value(u"status"_s).toString(), u"cancelled"_s);
    m_f->advance(120);
    QCOMPARE(m_f->call("GET", u"/jobs/%1"_s.arg(jobId)).object().value(u"status"_s).toString(), u"cancelled"_s);
    const HttpReply again = m_f->call("DELETE", u"/jobs/%1"_s.arg(jobId));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.object().value(u"title"_s).toString(), u"state-conflict"_s);
}

QTEST_GUILESS_MAIN(tst_SandboxConnections)
#include "tst_SandboxConnections.moc"

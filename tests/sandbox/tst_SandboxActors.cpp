// Sources and destinations: create (by definitionId or by type name), read with secrets
// masked, PATCH deep merge keeping masked secrets, PUT replace, spec validation, delete.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

namespace {
const QString kPostgresSource = u"decd338e-5647-4c0b-adf4-da0e75f5a750"_s;
const QString kMask = u"**********"_s;

QJsonObject postgresConfig()
{
    return {{u"host"_s, u"db.internal"_s}, {u"port"_s, 5432}, {u"database"_s, u"shop"_s},
            {u"username"_s, u"reader"_s}, {u"password"_s, u"hunter2"_s}};
}
} // namespace

class tst_SandboxActors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createByDefinitionIdMasksSecrets();
    void createByTypeName();
    void createErrors_data();
    void createErrors();
    void patchDeepMergesAndKeepsMaskedSecret();
    void patchRejectsInvalidConfigAndKeepsOld();
    void putReplacesConfiguration();
    void getAndDelete();
    void destinationsBehaveTheSame();
    void malformedBody();

private:
    std::unique_ptr<SandboxFixture> m_f;
    QString createSource(const QString &name = u"Shop DB"_s);
};

void tst_SandboxActors::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
}

QString tst_SandboxActors::createSource(const QString &name)
{
    const HttpReply reply = m_f->call("POST", u"/sources"_s,
                                      {{u"name"_s, name}, {u"workspaceId"_s, m_f->workspaceId()},
                                       {u"definitionId"_s, kPostgresSource}, {u"configuration"_s, postgresConfig()}});
    return reply.object().value(u"sourceId"_s).toString();
}

void tst_SandboxActors::createByDefinitionIdMasksSecrets()
{
    const HttpReply reply = m_f->call("POST", u"/sources"_s,
                                      {{u"name"_s, u"Shop DB"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                                       {u"definitionId"_s, kPostgresSource}, {u"configuration"_s, postgresConfig()}});
    QCOMPARE(reply.status, 200);
    const QJsonObject source = reply.object();
    QCOMPARE(source.value(u"name"_s).toString(), u"Shop DB"_s);
    QCOMPARE(source.value(u"sourceType"_s).toString(), u"postgres"_s);
    QCOMPARE(source.value(u"definitionId"_s).toString(), kPostgresSource);
    QCOMPARE(source.value(u"configuration"_s).toObject().value(u"password"_s).toString(), kMask);
    QCOMPARE(source.value(u"configuration"_s).toObject().value(u"host"_s).toString(), u"db.internal"_s);
    QVERIFY(source.value(u"createdAt"_s).toDouble() > 1.6e9);
    QVERIFY(!reply.body.contains("hunter2"));
}

void tst_SandboxActors::createByTypeName()
{
    QJsonObject config = postgresConfig();
    config.insert(u"sourceType"_s, u"postgres"_s);
    const HttpReply reply = m_f->call("POST", u"/sources"_s,
                                      {{u"name"_s, u"By type"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                                       {u"configuration"_s, config}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"definitionId"_s).toString(), kPostgresSource);
    // The type key is removed before the configuration is stored.
    QVERIFY(!reply.object().value(u"configuration"_s).toObject().contains(u"sourceType"_s));
}

void tst_SandboxActors::createErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    const QString ws = u"WS"_s;
    QJsonObject badPort = postgresConfig();
    badPort.insert(u"port"_s, u"not a number"_s);
    QJsonObject missingHost = postgresConfig();
    missingHost.remove(u"host"_s);
    QJsonObject unknownType = postgresConfig();
    unknownType.insert(u"sourceType"_s, u"no-such-connector"_s);
    QTest::newRow("wrong type in config") << QJsonObject{{u"name"_s, u"x"_s}, {u"workspaceId"_s, ws},
                                                         {u"definitionId"_s, kPostgresSource}, {u"configuration"_s, badPort}}
                                          << 422 << u"unprocessable-entity"_s;
    QTest::newRow("missing required field") << QJsonObject{{u"name"_s, u"x"_s}, {u"workspaceId"_s, ws},
                                                            {u"definitionId"_s, kPostgresSource}, {u"configuration"_s, missingHost}}
                                            << 422 << u"unprocessable-entity"_s;
    QTest::newRow("no definition, no type") << QJsonObject{{u"name"_s, u"x"_s}, {u"workspaceId"_s, ws},
                                                            {u"configuration"_s, postgresConfig()}}
                                            << 422 << u"unprocessable-entity"_s;
    QTest::newRow("unknown type name") << QJsonObject{{u"name"_s, u"x"_s}, {u"workspaceId"_s, ws},
                                                       {u"configuration"_s, unknownType}}
                                       << 400 << u"value-not-found"_s;
    QTest::newRow("unknown definition") << QJsonObject{{u"name"_s, u"x"_s}, {u"workspaceId"_s, ws},
                                                        {u"definitionId"_s, u"00000000-0000-0000-0000-000000000001"_s},
                                                        {u"configuration"_s, postgresConfig()}}
                                        << 404 << u"resource-not-found"_s;
    QTest::newRow("unknown workspace") << QJsonObject{{u"name"_s, u"x"_s},
                                                       {u"workspaceId"_s, u"00000000-0000-0000-0000-000000000002"_s},
                                                       {u"definitionId"_s, kPostgresSource}, {u"configuration"_s, postgresConfig()}}
                                       << 404 << u"resource-not-found"_s;
    QTest::newRow("missing name") << QJsonObject{{u"workspaceId"_s, ws}, {u"definitionId"_s, kPostgresSource},
                                                  {u"configuration"_s, postgresConfig()}}
                                  << 400 << u"bad-request"_s;
}

void tst_SandboxActors::createErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, title);
    if (body.value(u"workspaceId"_s).toString() == u"WS"_s)
        body.insert(u"workspaceId"_s, m_f->workspaceId());
    const qsizetype before = m_f->server().context().store.sources.size();
    const HttpReply reply = m_f->call("POST", u"/sources"_s, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
    QCOMPARE(reply.object().value(u"title"_s).toString(), title);
    QCOMPARE(reply.object().value(u"status"_s).toInt(), status);
    QCOMPARE(m_f->server().context().store.sources.size(), before); // nothing half-written
}

void tst_SandboxActors::patchDeepMergesAndKeepsMaskedSecret()
{
    const QString id = createSource();
    QVERIFY(!id.isEmpty());
    // The client sends back what it read, masked secret included, and changes one field.
    QJsonObject config = m_f->call("GET", u"/sources/"_s + id).object().value(u"configuration"_s).toObject();
    QCOMPARE(config.value(u"password"_s).toString(), kMask);
    const HttpReply patched = m_f->call("PATCH", u"/sources/"_s + id,
                                        {{u"configuration"_s, QJsonObject{{u"password"_s, kMask}, {u"port"_s, 6543}}},
                                         {u"name"_s, u"Renamed"_s}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(u"name"_s).toString(), u"Renamed"_s);
    const QJsonObject merged = patched.object().value(u"configuration"_s).toObject();
    QCOMPARE(merged.value(u"port"_s).toInt(), 6543);
    QCOMPARE(merged.value(u"host"_s).toString(), u"db.internal"_s); // kept by the deep merge
    const auto *stored = m_f->server().context().store.sources.find(id);
    QCOMPARE(stored->configuration.value(u"password"_s).toString(), u"hunter2"_s); // mask did not overwrite
}

void tst_SandboxActors::patchRejectsInvalidConfigAndKeepsOld()
{
    const QString id = createSource();
    const HttpReply reply = m_f->call("PATCH", u"/sources/"_s + id,
                                      {{u"name"_s, u"Should not apply"_s},
                                       {u"configuration"_s, QJsonObject{{u"port"_s, u"oops"_s}}}});
    QCOMPARE(reply.status, 422);
    const auto *stored = m_f->server().context().store.sources.find(id);
    QCOMPARE(stored->name, u"Shop DB"_s);
    QCOMPARE(stored->configuration.value(u"port"_s).toInt(), 5432);
}

void tst_SandboxActors::putReplacesConfiguration()
{
    const QString id = createSource();
    QJsonObject replacement = postgresConfig();
    replacement.remove(u"password"_s);
    replacement.insert(u"host"_s, u"replica.internal"_s);
    const HttpReply reply = m_f->call("PUT", u"/sources/"_s + id,
                                      {{u"name"_s, u"Replica"_s}, {u"configuration"_s, replacement}});
    QCOMPARE(reply.status, 200);
    const auto *stored = m_f->server().context().store.sources.find(id);
    QVERIFY(!stored->configuration.contains(u"password"_s)); // PUT replaces, no merge
    QCOMPARE(stored->configuration.value(u"host"_s).toString(), u"replica.internal"_s);
    QCOMPARE(m_f->call("PUT", u"/sources/"_s + id, {{u"name"_s, u"x"_s}}).status, 400);
}

void tst_SandboxActors::getAndDelete()
{
    const QString id = createSource();
    QCOMPARE(m_f->call("GET", u"/sources/"_s + id).status, 200);
    QCOMPARE(m_f->call("DELETE", u"/sources/"_s + id).status, 204);
    const HttpReply gone = m_f->call("GET", u"/sources/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.object().value(u"data"_s).toObject().value(u"resourceId"_s).toString(), id);
    QCOMPARE(m_f->call("DELETE", u"/sources/"_s + id).status, 404);
    QCOMPARE(m_f->call("PATCH", u"/sources/"_s + id, {{u"name"_s, u"x"_s}}).status, 404);
}

void tst_SandboxActors::destinationsBehaveTheSame()
{
    const QJsonObject config{{u"destinationType"_s, u"duckdb"_s}, {u"destination_path"_s, u"/local/analytics.duckdb"_s}};
    const HttpReply created = m_f->call("POST", u"/destinations"_s,
                                        {{u"name"_s, u"Local DuckDB"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                                         {u"configuration"_s, config}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(u"destinationId"_s).toString();
    QCOMPARE(created.object().value(u"destinationType"_s).toString(), u"duckdb"_s);
    const HttpReply list = m_f->call("GET", u"/destinations?workspaceIds="_s + m_f->workspaceId());
    QCOMPARE(list.status, 200);
    bool found = false;
    for (const QJsonValue &row : list.object().value(u"data"_s).toArray())
        found = found || row.toObject().value(u"destinationId"_s).toString() == id;
    QVERIFY(found);
    QCOMPARE(m_f->call("PATCH", u"/destinations/"_s + id, {{u"name"_s, u"Renamed"_s}}).object()
                 .value(u"name"_s).toString(), u"Renamed"_s);
    const HttpReply put = m_f->call("PUT", u"/destinations/"_s + id,
                                    {{u"name"_s, u"Replaced"_s},
                                     {u"configuration"_s, QJsonObject{{u"destination_path"_s, u"/local/other.duckdb"_s}}}});
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object().value(u"configuration"_s).toObject().value(u"destination_path"_s).toString(),
             u"/local/other.duckdb"_s);
    QCOMPARE(m_f->call("PUT", u"/destinations/"_s + id, {{u"name"_s, u"Replaced"_s},
                                                          {u"configuration"_s, QJsonObject{{u"destination_path"_s, 42}}}})
                 .status, 422);
    QCOMPARE(m_f->call("DELETE", u"/destinations/"_s + id).status, 204);
    QCOMPARE(m_f->call("GET", u"/destinations/"_s + id).status, 404);
}

void tst_SandboxActors::malformedBody()
{
    const qsizetype before = m_f->server().context().store.sources.size();
    const HttpReply reply = m_f->send("POST", m_f->publicUrl(u"/sources"_s), "{\"name\": \"x\",", "application/json",
                                      m_f->token());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"title"_s).toString(), u"bad-request"_s);
    QCOMPARE(m_f->server().context().store.sources.size(), before);
    const HttpReply array = m_f->send("POST", m_f->publicUrl(u"/sources"_s), "[1,2]", "application/json", m_f->token());
    QCOMPARE(array.status, 400);
}

QTEST_GUILESS_MAIN(tst_SandboxActors)
#include "tst_SandboxActors.moc"

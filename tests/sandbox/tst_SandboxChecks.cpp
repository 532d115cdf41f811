// Config API connection checks: of a deployed connector, of an unsaved configuration
// (/scheduler/.../check_connection) and of a proposed update (check_connection_for_update).
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

namespace {

constexpr auto PostgresSource = "decd338e-5647-4c0b-adf4-da0e75f5a750";
constexpr auto PostgresDestination = "25c5221d-dce2-4163-ade9-739ef790f503";
constexpr int CheckMs = 300;

QJsonObject postgres(const QString &host, const QString &password)
{
    return {{u"host"_s, host}, {u"port"_s, 5432}, {u"database"_s, u"d"_s}, {u"username"_s, u"u"_s},
            {u"password"_s, password}};
}

QStringList logLines(const QJsonObject &check)
{
    QStringList lines;
    const QJsonArray array =
        check.value(u"jobInfo"_s).toObject().value(u"logs"_s).toObject().value(u"logLines"_s).toArray();
    for (const QJsonValue &line : array)
        lines.append(line.toString());
    return lines;
}

} // namespace

class tst_SandboxChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unsavedSourcePasses();
    void unsavedSourceFailsWithLogsAndReason();
    void unsavedDestination();
    void unsavedStoresNothing();
    void unsavedRefusesBadBodies();
    void forUpdateKeepsMaskedSecrets();
    void forUpdateRefusesUnknownOrIncomplete();
    void deployedCheckStillWorks();

private:
    int sourceCount();
    QString createSource(const QString &name, const QJsonObject &config);
    std::unique_ptr<SandboxFixture> m_f;
};

void tst_SandboxChecks::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(
        QStringList{u"--seed"_s, u"demo"_s, u"--check-duration-ms"_s, QString::number(CheckMs)});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
}

int tst_SandboxChecks::sourceCount()
{
    return int(m_f->call("GET", u"/sources?limit=100"_s).object().value(u"data"_s).toArray().size());
}

QString tst_SandboxChecks::createSource(const QString &name, const QJsonObject &config)
{
    return m_f->call("POST", u"/sources"_s,
                     {{u"name"_s, name}, {u"workspaceId"_s, m_f->workspaceId()},
                      {u"definitionId"_s, QString::fromLatin1(PostgresSource)}, {u"configuration"_s, config}})
        .object().value(u"sourceId"_s).toString();
}

void tst_SandboxChecks::unsavedSourcePasses()
{
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = m_f->config(u"/scheduler/sources/check_connection"_s,
                                        {{u"sourceDefinitionId"_s, QString::fromLatin1(PostgresSource)},
                                         {u"workspaceId"_s, m_f->workspaceId()},
                                         {u"connectionConfiguration"_s, postgres(u"db.example.com"_s, u"pw"_s)}});
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= CheckMs - 20, "a check takes the configured time");
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"succeeded"_s);
    const QJsonObject job = reply.object().value(u"jobInfo"_s).toObject();
    QCOMPARE(job.value(u"configType"_s).toString(), u"check_connection_source"_s);
    QVERIFY(!job.contains(u"failureReason"_s));
    QVERIFY(logLines(reply.object()).last().contains(u"Check succeeded"_s));
    // Secrets never reach the log.
    QVERIFY(!logLines(reply.object()).join(u'\n').contains(u"pw"_s));
}

void tst_SandboxChecks::unsavedSourceFailsWithLogsAndReason()
{
    const HttpReply reply = m_f->config(u"/scheduler/sources/check_connection"_s,
                                        {{u"sourceDefinitionId"_s, QString::fromLatin1(PostgresSource)},
                                         {u"workspaceId"_s, m_f->workspaceId()},
                                         {u"connectionConfiguration"_s, postgres(u"invalid.example"_s, u"pw"_s)}});
    QCOMPARE(reply.status, 200);
    const QJsonObject check = reply.object();
    QCOMPARE(check.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(check.value(u"message"_s).toString().contains(u"host"_s));
    const QJsonObject reason = check.value(u"jobInfo"_s).toObject().value(u"failureReason"_s).toObject();
    QCOMPARE(reason.value(u"failureOrigin"_s).toString(), u"source"_s);
    QCOMPARE(reason.value(u"failureType"_s).toString(), u"config_error"_s);
    QVERIFY(reason.value(u"stacktrace"_s).toString().startsWith(u"Traceback"_s));
    QVERIFY(reason.value(u"internalMessage"_s).toString().contains(check.value(u"message"_s).toString()));
    QVERIFY(logLines(check).join(u'\n').contains(u"ERROR Check failed"_s));

    // A configuration the spec refuses fails the same way, naming the missing field.
    QJsonObject incomplete = postgres(u"db.example.com"_s, u"pw"_s);
    incomplete.remove(u"database"_s);
    const HttpReply missing = m_f->config(u"/scheduler/sources/check_connection"_s,
                                          {{u"sourceDefinitionId"_s, QString::fromLatin1(PostgresSource)},
                                           {u"workspaceId"_s, m_f->workspaceId()},
                                           {u"connectionConfiguration"_s, incomplete}});
    QCOMPARE(missing.object().value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(missing.object().value(u"message"_s).toString().contains(u"database"_s));
}

void tst_SandboxChecks::unsavedDestination()
{
    const HttpReply reply = m_f->config(u"/scheduler/destinations/check_connection"_s,
                                        {{u"destinationDefinitionId"_s, QString::fromLatin1(PostgresDestination)},
                                         {u"workspaceId"_s, m_f->workspaceId()},
                                         {u"connectionConfiguration"_s,
                                          QJsonObject{{u"host"_s, u"invalid.example"_s}, {u"port"_s, 5432},
                                                      {u"database"_s, u"d"_s}, {u"schema"_s, u"public"_s},
                                                      {u"username"_s, u"u"_s}}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"failed"_s);
    const QJsonObject job = reply.object().value(u"jobInfo"_s).toObject();
    QCOMPARE(job.value(u"configType"_s).toString(), u"check_connection_destination"_s);
    QCOMPARE(job.value(u"failureReason"_s).toObject().value(u"failureOrigin"_s).toString(), u"destination"_s);
    // A source definition is not a destination one.
    QCOMPARE(m_f->config(u"/scheduler/destinations/check_connection"_s,
                         {{u"destinationDefinitionId"_s, QString::fromLatin1(PostgresSource)},
                          {u"workspaceId"_s, m_f->workspaceId()},
                          {u"connectionConfiguration"_s, QJsonObject{}}}).status,
             404);
}

void tst_SandboxChecks::unsavedStoresNothing()
{
    const int before = sourceCount();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_f->config(u"/scheduler/sources/check_connection"_s,
                             {{u"sourceDefinitionId"_s, QString::fromLatin1(PostgresSource)},
                              {u"workspaceId"_s, m_f->workspaceId()},
                              {u"connectionConfiguration"_s, postgres(u"h"_s, u"p"_s)}}).status,
                 200);
    QCOMPARE(sourceCount(), before);
}

void tst_SandboxChecks::unsavedRefusesBadBodies()
{
    const QString definition = QString::fromLatin1(PostgresSource);
    HttpReply reply = m_f->config(u"/scheduler/sources/check_connection"_s,
                                  {{u"workspaceId"_s, m_f->workspaceId()}, {u"connectionConfiguration"_s, QJsonObject{}}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().value(u"message"_s).toString().contains(u"sourceDefinitionId"_s));
    reply = m_f->config(u"/scheduler/sources/check_connection"_s,
                        {{u"sourceDefinitionId"_s, definition}, {u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().value(u"message"_s).toString().contains(u"connectionConfiguration"_s));
    reply = m_f->config(u"/scheduler/sources/check_connection"_s,
                        {{u"sourceDefinitionId"_s, u"00000000-0000-0000-0000-000000000000"_s},
                         {u"workspaceId"_s, m_f->workspaceId()}, {u"connectionConfiguration"_s, QJsonObject{}}});
    QCOMPARE(reply.status, 404);
    reply = m_f->config(u"/scheduler/sources/check_connection"_s,
                        {{u"sourceDefinitionId"_s, definition}, {u"workspaceId"_s, u"00000000-0000-0000-0000-000000000001"_s},
                         {u"connectionConfiguration"_s, QJsonObject{}}});
    QCOMPARE(reply.status, 404);
}

void tst_SandboxChecks::forUpdateKeepsMaskedSecrets()
{
    // Stored with a password the remote side rejects.
    const QString id = createSource(u"For update"_s, postgres(u"db.example.com"_s, u"invalid-password"_s));
    QVERIFY(!id.isEmpty());
    const QString mask = u"**********"_s;
    // The mask sent back means "the stored password": it is still rejected.
    HttpReply reply = m_f->config(u"/sources/check_connection_for_update"_s,
                                  {{u"sourceId"_s, id}, {u"name"_s, u"For update"_s},
                                   {u"connectionConfiguration"_s, postgres(u"db.example.com"_s, mask)}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(reply.object().value(u"message"_s).toString().contains(u"password"_s));
    QCOMPARE(reply.object().value(u"jobInfo"_s).toObject().value(u"configId"_s).toString(), id);
    // A retyped password is what gets checked.
    reply = m_f->config(u"/sources/check_connection_for_update"_s,
                        {{u"sourceId"_s, id}, {u"name"_s, u"For update"_s},
                         {u"connectionConfiguration"_s, postgres(u"db.example.com"_s, u"good"_s)}});
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"succeeded"_s);
    // ...and it was not saved by the check: the stored one still fails.
    reply = m_f->config(u"/sources/check_connection"_s, {{u"sourceId"_s, id}});
    QCOMPARE(reply.object().value(u"status"_s).toString(), u"failed"_s);
}

void tst_SandboxChecks::forUpdateRefusesUnknownOrIncomplete()
{
    HttpReply reply = m_f->config(u"/destinations/check_connection_for_update"_s,
                                  {{u"destinationId"_s, u"00000000-0000-0000-0000-000000000002"_s},
                                   {u"name"_s, u"x"_s}, {u"connectionConfiguration"_s, QJsonObject{}}});
    QCOMPARE(reply.status, 404);
    reply = m_f->config(u"/sources/check_connection_for_update"_s,
                        {{u"sourceId"_s, u"00000000-0000-0000-0000-000000000003"_s},
                         {u"connectionConfiguration"_s, QJsonObject{}}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.object().value(u"message"_s).toString().contains(u"name"_s));
}

void tst_SandboxChecks::deployedCheckStillWorks()
{
    const QString destinationId = m_f->call("GET", u"/destinations?limit=1"_s).object().value(u"data"_s).toArray()
                                      .first().toObject().value(u"destinationId"_s).toString();
    const HttpReply reply = m_f->config(u"/destinations/check_connection_for_update"_s,
                                        {{u"destinationId"_s, destinationId}, {u"name"_s, u"Same"_s},
                                         {u"connectionConfiguration"_s,
                                          m_f->call("GET", u"/destinations/"_s + destinationId).object()
                                              .value(u"configuration"_s).toObject()}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"status"_s).toString(),
             m_f->config(u"/destinations/check_connection"_s, {{u"destinationId"_s, destinationId}}).object()
                 .value(u"status"_s).toString());
}

QTEST_GUILESS_MAIN(tst_SandboxChecks)
#include "tst_SandboxChecks.moc"

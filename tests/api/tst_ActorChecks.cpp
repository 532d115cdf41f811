// ActorService connection checks of unsaved configurations and of proposed updates, against
// the sandbox: results with logs and failure reasons, nothing stored, masked secrets kept,
// cancel; and CheckResult parsing of both log shapes.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"
#include "api/ApiClient.h"
#include "api/services/ActorService.h"
#include "sandbox/SandboxContext.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ActorService;
using airdesk::api::CheckResult;
using airdesk::domain::ActorKind;
using airdesk::test::SandboxFixture;
using airdesk::test::await;

namespace {

const QString PostgresSource = u"decd338e-5647-4c0b-adf4-da0e75f5a750"_s;

QJsonObject postgres(const QString &host, const QString &password)
{
    return {{u"host"_s, host}, {u"port"_s, 5432}, {u"database"_s, u"d"_s}, {u"username"_s, u"u"_s},
            {u"password"_s, password}};
}

} // namespace

class tst_ActorChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsavedPasses();
    void unsavedFailsWithDetails();
    void unsavedCreatesNothing();
    void unknownDefinitionIsNotFound();
    void updateChecksProposedValuesWithStoredSecrets();
    void cancelDropsTheAnswer();
    void parsesStructuredLogs();
    void refusesUnknownStatus();
};

void tst_ActorChecks::unsavedPasses()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"0"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto r = await<CheckResult>([&](const QObject *c, auto cb) {
        service.checkConfiguration(PostgresSource, postgres(u"db.example.com"_s, u"secret"_s), c, cb);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.value.succeeded);
    QCOMPARE(r.value.configType, u"check_connection_source"_s);
    QVERIFY(!r.value.logLines.isEmpty());
    QVERIFY(!r.value.hasFailureDetails());
}

void tst_ActorChecks::unsavedFailsWithDetails()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"0"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto r = await<CheckResult>([&](const QObject *c, auto cb) {
        service.checkConfiguration(PostgresSource, postgres(u"invalid.example"_s, u"secret"_s), c, cb);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message())); // a failed check is a result
    QVERIFY(!r.value.succeeded);
    QVERIFY(r.value.message.contains(u"host"_s));
    QCOMPARE(r.value.failureOrigin, u"source"_s);
    QCOMPARE(r.value.failureType, u"config_error"_s);
    QVERIFY(r.value.hasFailureDetails());
    QVERIFY(r.value.stackTrace.startsWith(u"Traceback"_s));
    QVERIFY(r.value.logLines.join(u'\n').contains(u"Check failed"_s));
    QVERIFY(!r.value.jobId.isEmpty());
    QCOMPARE(r.value.logFileName(), QString(u"check_connection_source-failure-"_s + r.value.jobId + u".txt"_s));
}

void tst_ActorChecks::unsavedCreatesNothing()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"0"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const auto before = f.server().context().store.destinations.ordered().size();
    f.server().setRequestLogEnabled(true);
    const auto r = await<CheckResult>([&](const QObject *c, auto cb) {
        service.checkConfiguration(u"25c5221d-dce2-4163-ade9-739ef790f503"_s,
                                   QJsonObject{{u"host"_s, u"h"_s}, {u"port"_s, 5432}, {u"database"_s, u"d"_s},
                                               {u"schema"_s, u"public"_s}, {u"username"_s, u"u"_s}},
                                   c, cb);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.value.succeeded);
    QCOMPARE(f.server().context().store.destinations.ordered().size(), before);
    QStringList paths;
    for (const auto &request : f.server().requestLog())
        if (!request.path.endsWith(u"/applications/token"_s))
            paths.append(QString::fromLatin1(request.method) + u' ' + request.path);
    QCOMPARE(paths, QStringList{u"POST /scheduler/destinations/check_connection"_s});
}

void tst_ActorChecks::unknownDefinitionIsNotFound()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"0"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto r = await<CheckResult>([&](const QObject *c, auto cb) {
        service.checkConfiguration(u"00000000-0000-0000-0000-000000000000"_s, QJsonObject{}, c, cb);
    });
    QCOMPARE(r.error.kind, api::ApiError::Kind::NotFound);
}

void tst_ActorChecks::updateChecksProposedValuesWithStoredSecrets()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"0"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto created = await<domain::Actor>([&](const QObject *c, auto cb) {
        service.deploy(u"Checked"_s, PostgresSource, postgres(u"db.example.com"_s, u"invalid-password"_s), {}, c, cb);
    });
    QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    const QString mask = u"**********"_s;
    // The masked password is the stored one, which the remote side rejects.
    auto masked = await<CheckResult>([&](const QObject *c, auto cb) {
        service.checkUpdate(created.value.id, u"Checked"_s, postgres(u"db.example.com"_s, mask), c, cb);
    });
    QVERIFY2(!masked.error.isError(), qPrintable(masked.error.message()));
    QVERIFY(!masked.value.succeeded);
    QVERIFY(masked.value.message.contains(u"password"_s));
    auto retyped = await<CheckResult>([&](const QObject *c, auto cb) {
        service.checkUpdate(created.value.id, u"Checked"_s, postgres(u"db.example.com"_s, u"good"_s), c, cb);
    });
    QVERIFY(retyped.value.succeeded);
    // Checked, not saved.
    QCOMPARE(f.server().context().store.sources.find(created.value.id)->configuration.value(u"password"_s).toString(),
             u"invalid-password"_s);
}

void tst_ActorChecks::cancelDropsTheAnswer()
{
    SandboxFixture f({u"--check-duration-ms"_s, u"1500"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    bool answered = false;
    auto *context = new QObject;
    service.checkConfiguration(PostgresSource, postgres(u"h"_s, u"p"_s), context,
                               [&answered](const CheckResult &, const api::ApiError &) { answered = true; });
    QTest::qWait(200);
    QVERIFY(!answered);
    delete context; // what the dialog's Cancel does
    QTest::qWait(1800);
    QVERIFY(!answered);

    // With the call id, too.
    QObject kept;
    const api::ApiClient::CallId id = service.checkConfiguration(
        PostgresSource, postgres(u"h"_s, u"p"_s), &kept,
        [&answered](const CheckResult &, const api::ApiError &) { answered = true; });
    QVERIFY(id != 0);
    QTest::qWait(100);
    client->cancel(id);
    QTest::qWait(1800);
    QVERIFY(!answered);
}

void tst_ActorChecks::parsesStructuredLogs()
{
    const QJsonObject json{
        {u"status"_s, u"failed"_s},
        {u"jobInfo"_s,
         QJsonObject{{u"id"_s, u"j1"_s},
                     {u"configType"_s, u"check_connection_destination"_s},
                     {u"logType"_s, u"structured"_s},
                     {u"logs"_s, QJsonObject{{u"events"_s, QJsonArray{QJsonObject{{u"timestamp"_s, 1},
                                                                                  {u"level"_s, u"ERROR"_s},
                                                                                  {u"message"_s, u"boom"_s}}}}}},
                     {u"failureReason"_s, QJsonObject{{u"timestamp"_s, 1}, {u"externalMessage"_s, u"No access"_s}}}}}};
    QString why;
    const auto r = CheckResult::fromJson(json, &why);
    QVERIFY2(r, qPrintable(why));
    QCOMPARE(r->message, u"No access"_s); // taken from the failure reason when the message is absent
    QCOMPARE(r->logLines, QStringList{u"ERROR boom"_s});
    QCOMPARE(r->logFileName(), u"check_connection_destination-failure-j1.txt"_s);
}

void tst_ActorChecks::refusesUnknownStatus()
{
    QString why;
    QVERIFY(!CheckResult::fromJson(QJsonObject{{u"status"_s, u"pending"_s}}, &why));
    QVERIFY(why.contains(u"pending"_s));
}

QTEST_GUILESS_MAIN(tst_ActorChecks)
#include "tst_ActorChecks.moc"

// ConnectionService against the sandbox: lists, get with the workspace check, deploy, the
// PATCH setters (name, prefix, streams, status, schedules), delete with safe mode and
// cascades, the stream picker and links.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"
#include "api/services/ConnectionService.h"
#include "core/cron/AirbyteCronRules.h"
#include "core/domain/SafeMode.h"
#include "sandbox/SandboxContext.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::ConnectionService;
using airdesk::domain::Connection;
using airdesk::test::SandboxFixture;
using airdesk::test::await;
using airdesk::test::awaitDone;
using Listed = airdesk::test::Listed<airdesk::domain::Connection>;

namespace {

test::Listed<Connection> listAll(ConnectionService &service, const QString &nameFilter)
{
    return test::awaitList<Connection>(
        [&](const QObject *c, auto rows, auto done) { service.list(nameFilter, c, rows, done); });
}

sandbox::SandboxStore &store(SandboxFixture &f)
{
    return f.server().context().store;
}

QString connectionNamed(SandboxFixture &f, const QString &name)
{
    for (const auto *c : store(f).connections.ordered())
        if (c->name == name)
            return c->id;
    return {};
}

/// A faker source and a duckdb destination with the given names, made through the API.
std::pair<QString, QString> makePair(SandboxFixture &f, const QString &sourceName, const QString &destinationName)
{
    const QString source = test::createFakerSource(f, sourceName);
    const QString destination = test::createDuckDbDestination(f, destinationName, u"/local/t.duckdb"_s);
    return {source, destination};
}

Connection deployOrFail(ConnectionService &service, const QString &name, const QString &source,
                        const QString &destination, const QStringList &streams, QString *error)
{
    const auto r = await<Connection>(
        [&](const QObject *c, auto cb) { service.deploy(name, source, destination, streams, u"t_"_s, c, cb); });
    if (r.error.isError())
        *error = r.error.message();
    return r.value;
}

} // namespace

class tst_ConnectionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPagesPast100();
    void listFiltersByExactName();
    void get();
    void getUnknownIsNotFound();
    void getFromAnotherWorkspaceIsRefused();
    void deploy();
    void deployWithoutStreamsSendsNothing();
    void deployUnknownStreamIsRejected();
    void renameAndPrefix();
    void setSelectedStreamsReplaces();
    void setEnabledSkipsNoOp();
    void setCronSchedule();
    void invalidCronSendsNothing();
    void unixCronGetsQuartzSuggestion();
    void setManualSchedule();
    void removeSafeModeRefusesWithoutDelete();
    void removeSafeModeDeletesAllowedName();
    void removeCascades();
    void removeCascadeRefusedDeletesNothing();
    void removeUnknownIsNotFound();
    void streams();
    void links();
};

void tst_ConnectionService::listPagesPast100()
{
    SandboxFixture f({u"--scale"_s, u"connections=230"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const Listed l = listAll(service, {});
    QVERIFY2(!l.error.isError(), qPrintable(l.error.message()));
    QCOMPARE(l.total, 230);
    QStringList ids;
    for (const auto &c : l.rows)
        ids.append(c.connectionId);
    QStringList expected;
    for (const auto *c : store(f).connections.ordered())
        expected.append(c->id);
    QCOMPARE(ids, expected);
}

void tst_ConnectionService::listFiltersByExactName()
{
    SandboxFixture f({u"--scale"_s, u"connections=150"_s});
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const Listed l = listAll(service, u"Connection 142"_s); // on the second page
    QCOMPARE(l.total, 1);
    QCOMPARE(l.rows.first().connectionId, connectionNamed(f, u"Connection 142"_s));
    QCOMPARE(listAll(service, u"Connection"_s).total, 0);
}

void tst_ConnectionService::get()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().front()->id;
    const auto r = await<Connection>([&](const QObject *c, auto cb) { service.get(id, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.connectionId, id);
    QCOMPARE(r.value.workspaceId, f.workspaceId());
    QVERIFY(!r.value.streams.isEmpty());
}

void tst_ConnectionService::getUnknownIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto r = await<Connection>(
        [&](const QObject *c, auto cb) { service.get(QUuid::createUuid().toString(QUuid::WithoutBraces), c, cb); });
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_ConnectionService::getFromAnotherWorkspaceIsRefused()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    const QString other =
        f.call("POST", u"/workspaces"_s, {{u"name"_s, u"Other"_s}}).object().value(u"workspaceId"_s).toString();
    QVERIFY(!other.isEmpty());
    ConnectionService service(client.get(), other);
    const QString id = store(f).connections.ordered().front()->id;
    const auto r = await<Connection>([&](const QObject *c, auto cb) { service.get(id, c, cb); });
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(r.error.detail.contains(other));
    QVERIFY(r.error.detail.contains(f.workspaceId()));
    QVERIFY(r.value.connectionId.isEmpty());
    // The same check guards the read-first operations: nothing is changed or deleted.
    const auto enabled = await<Connection>([&](const QObject *c, auto cb) { service.setEnabled(id, false, c, cb); });
    QCOMPARE(enabled.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(store(f).connections.find(id)->status, u"active"_s);
    QCOMPARE(awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, true, false, c, cb); }).kind,
             ApiError::Kind::InvalidRequest);
    QVERIFY(store(f).connections.find(id));
}

void tst_ConnectionService::deploy()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto [source, destination] = makePair(f, u"Faker"_s, u"Duck"_s);
    const int before = client->requestsSent();
    QString error;
    const Connection c =
        deployOrFail(service, u"Faker to duck"_s, source, destination, {u"users"_s, u"purchases"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client->requestsSent(), before + 1);
    QCOMPARE(c.name, u"Faker to duck"_s);
    QCOMPARE(c.sourceId, source);
    QCOMPARE(c.destinationId, destination);
    QCOMPARE(c.prefix, u"t_"_s);
    QCOMPARE(c.streamNames(), (QStringList{u"users"_s, u"purchases"_s}));
    QVERIFY(c.isEnabled());
    QCOMPARE(c.schedule.type, domain::ConnectionSchedule::Type::Manual);
    QVERIFY(store(f).connections.find(c.connectionId));
}

void tst_ConnectionService::deployWithoutStreamsSendsNothing()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const qsizetype before = store(f).connections.size();
    const auto r = await<Connection>(
        [&](const QObject *c, auto cb) { service.deploy(u"Empty"_s, u"a"_s, u"b"_s, {}, {}, c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(client->requestsSent(), 0);
    QCOMPARE(store(f).connections.size(), before);
}

void tst_ConnectionService::deployUnknownStreamIsRejected()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto [source, destination] = makePair(f, u"Faker"_s, u"Duck"_s);
    QString error;
    deployOrFail(service, u"Bad"_s, source, destination, {u"no_such_stream"_s}, &error);
    QVERIFY(error.contains(u"400"_s));
}

void tst_ConnectionService::renameAndPrefix()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().front()->id;
    const auto renamed =
        await<Connection>([&](const QObject *c, auto cb) { service.rename(id, u"Nightly"_s, c, cb); });
    QVERIFY2(!renamed.error.isError(), qPrintable(renamed.error.message()));
    QCOMPARE(renamed.value.name, u"Nightly"_s);
    const auto prefixed =
        await<Connection>([&](const QObject *c, auto cb) { service.setPrefix(id, u"raw_"_s, c, cb); });
    QVERIFY2(!prefixed.error.isError(), qPrintable(prefixed.error.message()));
    QCOMPARE(prefixed.value.prefix, u"raw_"_s);
    QCOMPARE(store(f).connections.find(id)->name, u"Nightly"_s);
    QCOMPARE(store(f).connections.find(id)->prefix, u"raw_"_s);
}

void tst_ConnectionService::setSelectedStreamsReplaces()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto [source, destination] = makePair(f, u"Faker"_s, u"Duck"_s);
    QString error;
    const Connection c =
        deployOrFail(service, u"Streams"_s, source, destination, {u"users"_s, u"products"_s, u"purchases"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto r = await<Connection>(
        [&](const QObject *ctx, auto cb) { service.setSelectedStreams(c.connectionId, {u"products"_s}, ctx, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.streamNames(), QStringList{u"products"_s}); // the others are de-selected

    const int before = client->requestsSent();
    const auto none = await<Connection>(
        [&](const QObject *ctx, auto cb) { service.setSelectedStreams(c.connectionId, {}, ctx, cb); });
    QCOMPARE(none.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(client->requestsSent(), before);
}

void tst_ConnectionService::setEnabledSkipsNoOp()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().front()->id;
    QCOMPARE(store(f).connections.find(id)->status, u"active"_s);

    auto setTo = [&](bool enabled) {
        return await<Connection>([&](const QObject *c, auto cb) { service.setEnabled(id, enabled, c, cb); });
    };
    int before = client->requestsSent();
    auto r = setTo(true);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(r.value.isEnabled());
    QCOMPARE(client->requestsSent(), before + 1); // the read only, no PATCH

    before = client->requestsSent();
    r = setTo(false);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(!r.value.isEnabled());
    QCOMPARE(client->requestsSent(), before + 2);
    QCOMPARE(store(f).connections.find(id)->status, u"inactive"_s);

    before = client->requestsSent();
    r = setTo(false);
    QVERIFY(!r.value.isEnabled());
    QCOMPARE(client->requestsSent(), before + 1);

    r = setTo(true);
    QVERIFY(r.value.isEnabled());
    QCOMPARE(store(f).connections.find(id)->status, u"active"_s);
}

void tst_ConnectionService::setCronSchedule()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().at(1)->id;
    const auto r =
        await<Connection>([&](const QObject *c, auto cb) { service.setCronSchedule(id, u"0 30 4 * * ?"_s, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.schedule.type, domain::ConnectionSchedule::Type::Cron);
    QCOMPARE(r.value.schedule.cronExpression, u"0 30 4 * * ?"_s);
    QCOMPARE(store(f).connections.find(id)->scheduleType, u"cron"_s);
    QCOMPARE(store(f).connections.find(id)->cronExpression, u"0 30 4 * * ?"_s);
}

void tst_ConnectionService::invalidCronSendsNothing()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().at(1)->id;
    for (const QString &expression : {u"not a cron"_s, u"* * * * * ?"_s /* every second */}) {
        const auto r =
            await<Connection>([&](const QObject *c, auto cb) { service.setCronSchedule(id, expression, c, cb); });
        QVERIFY(r.done);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
        QVERIFY(!r.error.detail.isEmpty());
    }
    QCOMPARE(client->requestsSent(), 0);
    QCOMPARE(store(f).connections.find(id)->scheduleType, u"manual"_s);
}

void tst_ConnectionService::unixCronGetsQuartzSuggestion()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().front()->id;
    QCOMPARE(cron::AirbyteCronRules::quartzEquivalentOfUnix(u"0 0 * * *"_s), u"0 0 0 * * ?"_s);
    const auto r =
        await<Connection>([&](const QObject *c, auto cb) { service.setCronSchedule(id, u"0 0 * * *"_s, c, cb); });
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(r.error.message().contains(u"\"0 0 0 * * ?\""_s), qPrintable(r.error.message()));
    QCOMPARE(client->requestsSent(), 0);
}

void tst_ConnectionService::setManualSchedule()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().front()->id; // seeded with a cron schedule
    QCOMPARE(store(f).connections.find(id)->scheduleType, u"cron"_s);
    const auto r = await<Connection>([&](const QObject *c, auto cb) { service.setManualSchedule(id, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.schedule.type, domain::ConnectionSchedule::Type::Manual);
    QCOMPARE(store(f).connections.find(id)->scheduleType, u"manual"_s);
}

void tst_ConnectionService::removeSafeModeRefusesWithoutDelete()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto *seeded = store(f).connections.ordered().front();
    const QString id = seeded->id;
    const QString name = seeded->name;
    const ApiError e = awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, false, true, c, cb); });
    QCOMPARE(e.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(e.detail, domain::SafeMode::refusalMessage(u"connection"_s, name));
    QVERIFY(store(f).connections.find(id));
    QCOMPARE(client->requestsSent(), 1); // the read; no DELETE
}

void tst_ConnectionService::removeSafeModeDeletesAllowedName()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = store(f).connections.ordered().front()->id;
    store(f).connections.find(id)->name = u"old sync deleteme"_s;
    const auto *connection = store(f).connections.find(id);
    const QString source = connection->sourceId;
    const ApiError e = awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, false, true, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QVERIFY(!store(f).connections.find(id));
    QVERIFY(store(f).sources.find(source)); // no cascade asked for
    QCOMPARE(client->requestsSent(), 2);
}

void tst_ConnectionService::removeCascades()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto [source, destination] = makePair(f, u"src delete-me"_s, u"dst DeleteMe"_s);
    QString error;
    const Connection c = deployOrFail(service, u"conn delete-me"_s, source, destination, {u"users"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ApiError e =
        awaitDone([&](const QObject *ctx, auto cb) { service.remove(c.connectionId, true, true, true, ctx, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QVERIFY(!store(f).connections.find(c.connectionId));
    QVERIFY(!store(f).sources.find(source));
    QVERIFY(!store(f).destinations.find(destination));
}

void tst_ConnectionService::removeCascadeRefusedDeletesNothing()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto [source, destination] = makePair(f, u"src delete-me"_s, u"Production warehouse"_s);
    QString error;
    const Connection c = deployOrFail(service, u"conn delete-me"_s, source, destination, {u"users"_s}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ApiError e =
        awaitDone([&](const QObject *ctx, auto cb) { service.remove(c.connectionId, true, true, true, ctx, cb); });
    QCOMPARE(e.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(e.detail, domain::SafeMode::refusalMessage(u"destination"_s, u"Production warehouse"_s));
    // Every name is checked before the first DELETE, so nothing went.
    QVERIFY(store(f).connections.find(c.connectionId));
    QVERIFY(store(f).sources.find(source));
    QVERIFY(store(f).destinations.find(destination));

    // Without safe mode the cascade goes through.
    QVERIFY(!awaitDone([&](const QObject *ctx, auto cb) {
                 service.remove(c.connectionId, true, true, false, ctx, cb);
             }).isError());
    QVERIFY(!store(f).connections.find(c.connectionId));
    QVERIFY(!store(f).sources.find(source));
    QVERIFY(!store(f).destinations.find(destination));
}

void tst_ConnectionService::removeUnknownIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, false, true, c, cb); }).kind,
             ApiError::Kind::NotFound);
    QCOMPARE(awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, false, false, c, cb); }).kind,
             ApiError::Kind::NotFound);
}

void tst_ConnectionService::streams()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    const auto [source, destination] = makePair(f, u"Faker"_s, u"Duck"_s);
    const auto r = await<QList<api::StreamInfo>>(
        [&](const QObject *c, auto cb) { service.streams(source, destination, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.size(), 3);
    const api::StreamInfo &users = r.value.first();
    QCOMPARE(users.name, u"users"_s);
    QVERIFY(users.syncModes.contains(u"incremental_append"_s));
    QVERIFY(users.syncModes.contains(u"full_refresh_overwrite"_s));
    QCOMPARE(users.defaultCursorField, QStringList{u"updated_at"_s});
    QCOMPARE(users.sourceDefinedPrimaryKey, (QList<QStringList>{{u"id"_s}}));
    QVERIFY(users.sourceDefinedCursor);

    // Namespaced streams (Postgres), without a destination.
    QString postgres;
    for (const auto *a : store(f).sources.ordered())
        if (a->definitionId == u"decd338e-5647-4c0b-adf4-da0e75f5a750"_s)
            postgres = a->id;
    QVERIFY(!postgres.isEmpty());
    const auto ns =
        await<QList<api::StreamInfo>>([&](const QObject *c, auto cb) { service.streams(postgres, {}, c, cb); });
    QVERIFY2(!ns.error.isError(), qPrintable(ns.error.message()));
    QCOMPARE(ns.value.first().streamNamespace, u"public"_s);

    const auto missing = await<QList<api::StreamInfo>>([&](const QObject *c, auto cb) {
        service.streams(QUuid::createUuid().toString(QUuid::WithoutBraces), {}, c, cb);
    });
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
}

void tst_ConnectionService::links()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectionService service(client.get(), f.workspaceId());
    QCOMPARE(service.connectionUrl(u"c1"_s), client->roots().connectionUrl(f.workspaceId(), u"c1"_s));
    QVERIFY(
        service.connectionUrl(u"c1"_s).toString().endsWith(u"/workspaces/"_s + f.workspaceId() + u"/connections/c1"_s));
    QVERIFY(service.jobHistoryUrl(u"c1"_s).toString().endsWith(u"/connections/c1/timeline"_s));
    QCOMPARE(client->requestsSent(), 0);
}

QTEST_MAIN(tst_ConnectionService)
#include "tst_ConnectionService.moc"

// ActorService against the sandbox: paged and name-filtered lists, get, deploy (by type name,
// by definition id, duplicate refusal, random suffix), rename, config update, check, delete
// with and without safe mode, links.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"
#include "api/services/ActorService.h"
#include "core/domain/SafeMode.h"
#include "sandbox/SandboxContext.h"

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ActorService;
using airdesk::api::ApiError;
using airdesk::domain::Actor;
using airdesk::domain::ActorKind;
using airdesk::test::SandboxFixture;
using airdesk::test::await;
using airdesk::test::awaitDone;
using Listed = airdesk::test::Listed<airdesk::domain::Actor>;

namespace {

const QString FakerId = u"dfd88b22-b603-4c3d-aad7-3701784586b1"_s;
const QString DuckDbId = u"94bd199c-2ff0-4aa2-b98e-17f0acb72610"_s;

test::Listed<Actor> listAll(ActorService &service, const QString &nameFilter)
{
    return test::awaitList<Actor>(
        [&](const QObject *c, auto rows, auto done) { service.list(nameFilter, c, rows, done); });
}

sandbox::SandboxStore &store(SandboxFixture &f)
{
    return f.server().context().store;
}

QString sourceNamed(SandboxFixture &f, const QString &name)
{
    for (const auto *a : store(f).sources.ordered())
        if (a->name == name)
            return a->id;
    return {};
}

} // namespace

class tst_ActorService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPagesPast100();
    void listFiltersByExactName();
    void listDestinations();
    void get();
    void getUnknownIsNotFound();
    void deployByTypeName();
    void deployByDefinitionId();
    void deployWithoutTypeIsRefused();
    void deployDuplicateNameSendsNoCreate();
    void deployDuplicateAllowedWhenNotUnique();
    void deployRandomSuffix();
    void deployInvalidConfigIsRejectedByServer();
    void rename();
    void updateConfigMerges();
    void check();
    void checkUnknownIsNotFound();
    void removeSafeModeRefusesWithoutDelete();
    void removeSafeModeDeletesAllowedName();
    void removeWithoutSafeMode();
    void removeUnknownIsNotFound();
    void urls();
};

void tst_ActorService::listPagesPast100()
{
    SandboxFixture f({u"--scale"_s, u"sources=250"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const Listed l = listAll(service, {});
    QVERIFY2(!l.error.isError(), qPrintable(l.error.message()));
    QCOMPARE(l.total, 250);
    QCOMPARE(l.pages, 3);
    QStringList ids;
    for (const Actor &a : l.rows) {
        ids.append(a.id);
        QCOMPARE(a.kind, ActorKind::Source);
    }
    QStringList expected;
    for (const auto *a : store(f).sources.ordered())
        expected.append(a->id);
    QCOMPARE(ids, expected);
}

void tst_ActorService::listFiltersByExactName()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const Listed exact = listAll(service, u"CRM contacts"_s);
    QVERIFY2(!exact.error.isError(), qPrintable(exact.error.message()));
    QCOMPARE(exact.total, 1);
    QCOMPARE(exact.rows.size(), 1);
    QCOMPARE(exact.rows.first().name, u"CRM contacts"_s);
    QCOMPARE(exact.rows.first().id, sourceNamed(f, u"CRM contacts"_s));
    // Exact, as PyAirbyte: no case folding, no substring match.
    QCOMPARE(listAll(service, u"crm contacts"_s).total, 0);
    QCOMPARE(listAll(service, u"CRM"_s).total, 0);
    QCOMPARE(listAll(service, {}).total, 12);
}

void tst_ActorService::listDestinations()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const Listed l = listAll(service, {});
    QCOMPARE(l.total, 5);
    QCOMPARE(l.rows.first().kind, ActorKind::Destination);
    QCOMPARE(l.rows.first().name, u"Warehouse"_s);
}

void tst_ActorService::get()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString id = sourceNamed(f, u"Payments"_s);
    const auto r = await<Actor>([&](const QObject *c, auto cb) { service.get(id, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.id, id);
    QCOMPARE(r.value.name, u"Payments"_s);
    QCOMPARE(r.value.workspaceId, f.workspaceId());
    QVERIFY(!r.value.definitionId.isEmpty());
}

void tst_ActorService::getUnknownIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const auto r = await<Actor>(
        [&](const QObject *c, auto cb) { service.get(QUuid::createUuid().toString(QUuid::WithoutBraces), c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error.httpStatus, 404);
}

void tst_ActorService::deployByTypeName()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto r = await<Actor>([&](const QObject *c, auto cb) {
        service.deploy(u"Fake users"_s, u"faker"_s, QJsonObject{{u"count"_s, 50}}, {}, c, cb);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.name, u"Fake users"_s);
    QCOMPARE(r.value.typeName, u"faker"_s);
    QCOMPARE(r.value.definitionId, FakerId);
    const auto *stored = store(f).sources.find(r.value.id);
    QVERIFY(stored);
    QCOMPARE(stored->configuration.value(u"count"_s).toInt(), 50);
    QVERIFY(!stored->configuration.contains(u"sourceType"_s)); // the server drops the type key
}

void tst_ActorService::deployByDefinitionId()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const auto r = await<Actor>([&](const QObject *c, auto cb) {
        service.deploy(u"Local duck"_s, DuckDbId, QJsonObject{{u"destination_path"_s, u"/local/test.duckdb"_s}}, {}, c,
                       cb);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.kind, ActorKind::Destination);
    QCOMPARE(r.value.definitionId, DuckDbId);
    QVERIFY(store(f).destinations.find(r.value.id));
}

void tst_ActorService::deployWithoutTypeIsRefused()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto r = await<Actor>([&](const QObject *c, auto cb) {
        service.deploy(u"No type"_s, {}, QJsonObject{{u"count"_s, 1}}, {}, c, cb);
    });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(client->requestsSent(), 0);
}

void tst_ActorService::deployDuplicateNameSendsNoCreate()
{
    SandboxFixture f({u"--scale"_s, u"sources=130"_s});
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString taken = store(f).sources.ordered().back()->name; // on the second page
    const qsizetype before = store(f).sources.size();
    const auto r = await<Actor>([&](const QObject *c, auto cb) { service.deploy(taken, u"faker"_s, {}, {}, c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Conflict);
    QVERIFY2(r.error.message().contains(taken), qPrintable(r.error.message()));
    QCOMPARE(store(f).sources.size(), before);
    // Only list pages went out (the name sits on page 2, so paging was needed); a create
    // would have added a row, and the sandbox accepts a faker source with an empty config.
    QVERIFY(client->requestsSent() >= 2);
}

void tst_ActorService::deployDuplicateAllowedWhenNotUnique()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const qsizetype before = store(f).sources.size();
    api::DeployOptions options;
    options.unique = false;
    const auto r = await<Actor>(
        [&](const QObject *c, auto cb) { service.deploy(u"CRM contacts"_s, u"faker"_s, {}, options, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(store(f).sources.size(), before + 1);
    QCOMPARE(client->requestsSent(), 1); // no list first
}

void tst_ActorService::deployRandomSuffix()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    api::DeployOptions options;
    options.randomSuffix = true;
    const auto first = await<Actor>(
        [&](const QObject *c, auto cb) { service.deploy(u"CRM contacts"_s, u"faker"_s, {}, options, c, cb); });
    QVERIFY2(!first.error.isError(), qPrintable(first.error.message())); // the suffix makes it unique
    QVERIFY2(QRegularExpression(u"^CRM contacts-[a-z0-9]{6}$"_s).match(first.value.name).hasMatch(),
             qPrintable(first.value.name));
    const auto second = await<Actor>(
        [&](const QObject *c, auto cb) { service.deploy(u"CRM contacts"_s, u"faker"_s, {}, options, c, cb); });
    QVERIFY(!second.error.isError());
    QVERIFY(second.value.name != first.value.name);
}

void tst_ActorService::deployInvalidConfigIsRejectedByServer()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const qsizetype before = store(f).destinations.size();
    const auto r = await<Actor>([&](const QObject *c, auto cb) {
        service.deploy(u"Broken duck"_s, DuckDbId, {}, {}, c, cb); // destination_path is required
    });
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(r.error.httpStatus, 422);
    QCOMPARE(store(f).destinations.size(), before);
}

void tst_ActorService::rename()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString id = sourceNamed(f, u"Inventory"_s);
    const auto r = await<Actor>([&](const QObject *c, auto cb) { service.rename(id, u"Stock"_s, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.name, u"Stock"_s);
    QCOMPARE(store(f).sources.find(id)->name, u"Stock"_s);
}

void tst_ActorService::updateConfigMerges()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const auto created = await<Actor>([&](const QObject *c, auto cb) {
        service.deploy(u"Merge me"_s, u"faker"_s, QJsonObject{{u"count"_s, 10}, {u"seed"_s, 42}}, {}, c, cb);
    });
    QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    const auto r = await<Actor>([&](const QObject *c, auto cb) {
        service.updateConfig(created.value.id, QJsonObject{{u"count"_s, 20}}, c, cb);
    });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    const QJsonObject stored = store(f).sources.find(created.value.id)->configuration;
    QCOMPARE(stored.value(u"count"_s).toInt(), 20);
    QCOMPARE(stored.value(u"seed"_s).toInt(), 42); // deep-merged, not replaced
}

void tst_ActorService::check()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString id = sourceNamed(f, u"Marketing events"_s);
    const auto ok = await<api::CheckResult>([&](const QObject *c, auto cb) { service.check(id, c, cb); });
    QVERIFY2(!ok.error.isError(), qPrintable(ok.error.message()));
    QVERIFY(ok.value.succeeded);

    // The sandbox treats a value containing "invalid" as credentials the remote system rejects.
    store(f).sources.find(id)->configuration.insert(u"api_key"_s, u"invalid-key"_s);
    const auto failed = await<api::CheckResult>([&](const QObject *c, auto cb) { service.check(id, c, cb); });
    QVERIFY2(!failed.error.isError(), qPrintable(failed.error.message())); // a failed check is a result
    QVERIFY(!failed.value.succeeded);
    QVERIFY(failed.value.message.contains(u"api_key"_s));
}

void tst_ActorService::checkUnknownIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const auto r = await<api::CheckResult>(
        [&](const QObject *c, auto cb) { service.check(QUuid::createUuid().toString(QUuid::WithoutBraces), c, cb); });
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
}

void tst_ActorService::removeSafeModeRefusesWithoutDelete()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString id = sourceNamed(f, u"Billing (prod)"_s);
    const ApiError e = awaitDone([&](const QObject *c, auto cb) { service.remove(id, true, c, cb); });
    QCOMPARE(e.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(e.detail, domain::SafeMode::refusalMessage(u"source"_s, u"Billing (prod)"_s));
    QVERIFY(store(f).sources.find(id));
    QCOMPARE(client->requestsSent(), 1); // the GET; no DELETE
}

void tst_ActorService::removeSafeModeDeletesAllowedName()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString id = sourceNamed(f, u"Ad spend"_s);
    store(f).sources.find(id)->name = u"Ad spend (DELETE-ME)"_s;
    const ApiError e = awaitDone([&](const QObject *c, auto cb) { service.remove(id, true, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QVERIFY(!store(f).sources.find(id));
    QCOMPARE(client->requestsSent(), 2);
}

void tst_ActorService::removeWithoutSafeMode()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Destination);
    const QString id = store(f).destinations.ordered().front()->id;
    const ApiError e = awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, c, cb); });
    QVERIFY2(!e.isError(), qPrintable(e.message()));
    QVERIFY(!store(f).destinations.find(id));
    QCOMPARE(client->requestsSent(), 1);
}

void tst_ActorService::removeUnknownIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService service(client.get(), f.workspaceId(), ActorKind::Source);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(awaitDone([&](const QObject *c, auto cb) { service.remove(id, true, c, cb); }).kind,
             ApiError::Kind::NotFound);
    QCOMPARE(awaitDone([&](const QObject *c, auto cb) { service.remove(id, false, c, cb); }).kind,
             ApiError::Kind::NotFound);
}

void tst_ActorService::urls()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ActorService sources(client.get(), f.workspaceId(), ActorKind::Source);
    ActorService destinations(client.get(), f.workspaceId(), ActorKind::Destination);
    QCOMPARE(sources.url(u"abc"_s), client->roots().sourceUrl(f.workspaceId(), u"abc"_s));
    QVERIFY(sources.url(u"abc"_s).toString().endsWith(u"/workspaces/"_s + f.workspaceId() + u"/source/abc"_s));
    QVERIFY(destinations.url(u"abc"_s).toString().endsWith(u"/destination/abc"_s));
}

QTEST_MAIN(tst_ActorService)
#include "tst_ActorService.moc"

// ConnectorCatalogService against the sandbox: definitions through the Config API, the
// fallback to the public list when the Config API is unreachable or answers 404, and specs.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"
#include "api/services/ConnectorCatalogService.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::ConnectorCatalogService;
using airdesk::domain::ActorKind;
using airdesk::domain::ConnectorDefinitionInfo;
using airdesk::domain::ConnectorSpecification;
using airdesk::test::SandboxFixture;
using airdesk::test::await;

namespace {

const QString FakerId = u"dfd88b22-b603-4c3d-aad7-3701784586b1"_s;
const QString DuckDbId = u"94bd199c-2ff0-4aa2-b98e-17f0acb72610"_s;

/// A client whose Config API root is a port nothing listens on.
std::unique_ptr<api::ApiClient> makeDeadConfigClient(SandboxFixture &f)
{
    const auto roots = api::ApiRoots::make(f.server().publicApiRoot().toString(), u"http://127.0.0.1:1/api/v1"_s);
    const auto &options = f.server().options();
    auto client = std::make_unique<api::ApiClient>(
        *roots, api::Credentials::clientCredentials(options.clientId, options.clientSecret));
    client->setRetryPolicy({1, 5, 10});
    return client;
}

QSet<QString> ids(const QList<ConnectorDefinitionInfo> &definitions)
{
    QSet<QString> out;
    for (const auto &d : definitions)
        out.insert(d.id);
    return out;
}

using Definitions = QList<ConnectorDefinitionInfo>;

} // namespace

class tst_ConnectorCatalogService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceDefinitionsFromConfigApi();
    void destinationDefinitionsFromConfigApi();
    void fallsBackToPublicListWhenConfigApiIsUnreachable();
    void fallsBackOnConfig404();
    void specificationOfSource();
    void specificationOfDestination();
    void specificationOfUnknownDefinitionIsNotFound();
    void specificationWithoutConfigApiFails();
};

void tst_ConnectorCatalogService::sourceDefinitionsFromConfigApi()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    ConnectorCatalogService service(client.get(), f.workspaceId());
    const auto r =
        await<Definitions>([&](const QObject *c, auto cb) { service.definitions(ActorKind::Source, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    // The 7 built-in sources plus the demo workspace's custom YAML definition, which the real
    // server lists here too (custom, the declarative-manifest image, no registry icon).
    QCOMPARE(r.value.size(), 8);
    QVERIFY(ids(r.value).contains(FakerId));
    int custom = 0;
    for (const auto &d : r.value) {
        QCOMPARE(d.kind, ActorKind::Source);
        QCOMPARE(d.idKey, u"sourceDefinitionId"_s);
        if (d.custom) {
            ++custom;
            QCOMPARE(d.dockerRepository, u"airbyte/source-declarative-manifest"_s);
            QVERIFY(d.iconUrl.isEmpty());
        } else {
            QVERIFY(!d.iconUrl.isEmpty()); // only the Config API gives icons
        }
    }
    QCOMPARE(custom, 1);
    QCOMPARE(client->requestsSent(), 1);
}

void tst_ConnectorCatalogService::destinationDefinitionsFromConfigApi()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectorCatalogService service(client.get(), f.workspaceId());
    const auto r =
        await<Definitions>([&](const QObject *c, auto cb) { service.definitions(ActorKind::Destination, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.size(), 5);
    QVERIFY(ids(r.value).contains(DuckDbId));
    QCOMPARE(r.value.first().kind, ActorKind::Destination);
}

void tst_ConnectorCatalogService::fallsBackToPublicListWhenConfigApiIsUnreachable()
{
    SandboxFixture f;
    auto live = test::makeClient(f);
    auto dead = makeDeadConfigClient(f);
    ConnectorCatalogService liveService(live.get(), f.workspaceId());
    ConnectorCatalogService deadService(dead.get(), f.workspaceId());
    for (ActorKind kind : {ActorKind::Source, ActorKind::Destination}) {
        const auto config =
            await<Definitions>([&](const QObject *c, auto cb) { liveService.definitions(kind, c, cb); });
        const auto fallback =
            await<Definitions>([&](const QObject *c, auto cb) { deadService.definitions(kind, c, cb); });
        QVERIFY2(!fallback.error.isError(), qPrintable(fallback.error.message()));
        // The same connectors from the public list, except custom YAML ones, which it leaves out.
        QSet<QString> expected;
        for (const auto &d : config.value)
            if (d.dockerRepository != u"airbyte/source-declarative-manifest"_s)
                expected.insert(d.id);
        QCOMPARE(ids(fallback.value), expected);
        for (const auto &d : fallback.value) {
            QCOMPARE(d.kind, kind);
            QCOMPARE(d.idKey, u"id"_s);
            QVERIFY(d.iconUrl.isEmpty());
            QVERIFY(!d.dockerRepository.isEmpty());
        }
    }
}

void tst_ConnectorCatalogService::fallsBackOnConfig404()
{
    // An unknown workspace: the Config API answers 404, the public fallback too, and that
    // second answer is what the caller sees.
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectorCatalogService service(client.get(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto r =
        await<Definitions>([&](const QObject *c, auto cb) { service.definitions(ActorKind::Source, c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(client->requestsSent(), 2);
    QVERIFY2(r.error.path.endsWith(u"/definitions/sources"_s), qPrintable(r.error.path));
}

void tst_ConnectorCatalogService::specificationOfSource()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectorCatalogService service(client.get(), f.workspaceId());
    const auto r = await<ConnectorSpecification>(
        [&](const QObject *c, auto cb) { service.specification(ActorKind::Source, FakerId, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.kind, ActorKind::Source);
    QCOMPARE(r.value.definitionId, FakerId);
    QVERIFY(r.value.connectionSpecification.value(u"properties"_s).toObject().contains(u"count"_s));
    QVERIFY(!r.value.documentationUrl.isEmpty());
}

void tst_ConnectorCatalogService::specificationOfDestination()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectorCatalogService service(client.get(), f.workspaceId());
    const auto r = await<ConnectorSpecification>(
        [&](const QObject *c, auto cb) { service.specification(ActorKind::Destination, DuckDbId, c, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.kind, ActorKind::Destination);
    QVERIFY(r.value.connectionSpecification.value(u"required"_s).toArray().contains(u"destination_path"_s));
    QVERIFY(r.value.supportedDestinationSyncModes.contains(u"append_dedup"_s));
}

void tst_ConnectorCatalogService::specificationOfUnknownDefinitionIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    ConnectorCatalogService service(client.get(), f.workspaceId());
    const auto r = await<ConnectorSpecification>([&](const QObject *c, auto cb) {
        service.specification(ActorKind::Source, QUuid::createUuid().toString(QUuid::WithoutBraces), c, cb);
    });
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    // A source definition asked for as a destination is not found either.
    const auto wrongKind = await<ConnectorSpecification>(
        [&](const QObject *c, auto cb) { service.specification(ActorKind::Destination, FakerId, c, cb); });
    QCOMPARE(wrongKind.error.kind, ApiError::Kind::NotFound);
}

void tst_ConnectorCatalogService::specificationWithoutConfigApiFails()
{
    SandboxFixture f;
    auto dead = makeDeadConfigClient(f);
    ConnectorCatalogService service(dead.get(), f.workspaceId());
    const auto r = await<ConnectorSpecification>(
        [&](const QObject *c, auto cb) { service.specification(ActorKind::Source, FakerId, c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Network); // specs exist only in the Config API
}

QTEST_MAIN(tst_ConnectorCatalogService)
#include "tst_ConnectorCatalogService.moc"

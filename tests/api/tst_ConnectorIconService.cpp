// ConnectorIconService against the sandbox: icons of the requested definitions arrive once,
// are fetched without the API's Authorization header, are kept on disk so a second service
// (the next start) sends no icon request, and unknown ids stay silent.
#include "ApiTestUtil.h"
#include "SandboxFixture.h"
#include "api/services/ConnectorCatalogService.h"
#include "api/services/ConnectorIconService.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::domain::ActorKind;
using airdesk::test::SandboxFixture;

namespace {
const QString FakerId = u"dfd88b22-b603-4c3d-aad7-3701784586b1"_s;
const QString DuckDbId = u"94bd199c-2ff0-4aa2-b98e-17f0acb72610"_s;
} // namespace

class tst_ConnectorIconService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesOnceWithoutTokenAndCaches();
};

void tst_ConnectorIconService::fetchesOnceWithoutTokenAndCaches()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    f.server().setRequestLogEnabled(true);
    QTemporaryDir cache;
    auto client = test::makeClient(f);
    api::ConnectorCatalogService catalog(client.get(), f.workspaceId());
    {
        api::ConnectorIconService icons(&catalog, client->network(), cache.path());
        QSignalSpy ready(&icons, &api::ConnectorIconService::iconReady);
        icons.request(ActorKind::Source, {FakerId, u"no-such-definition"_s});
        icons.request(ActorKind::Source, {FakerId}); // asked twice before the list came: fetched once
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
        QCOMPARE(ready.first().at(0).toString(), FakerId);
        QVERIFY(ready.first().at(1).toByteArray().contains("<svg"));
        QCOMPARE(icons.icon(FakerId), ready.first().at(1).toByteArray());
        icons.request(ActorKind::Destination, {DuckDbId});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
        QTest::qWait(100);
        QCOMPARE(ready.size(), 2); // nothing for the unknown id
    }
    QCOMPARE(f.server().requestCount(u"/icons/"_s), 2);
    for (const auto &r : f.server().requestLog())
        if (r.path.startsWith(u"/icons/"_s))
            QVERIFY2(r.withoutAuthorization, "an icon request carried the API token");
    QCOMPARE(QDir(cache.path()).entryList(QDir::Files).size(), 2);

    // The next start: the icons come from the disk, not the server.
    api::ConnectorIconService again(&catalog, client->network(), cache.path());
    QSignalSpy ready(&again, &api::ConnectorIconService::iconReady);
    again.request(ActorKind::Source, {FakerId});
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 5000);
    QVERIFY(ready.first().at(1).toByteArray().contains("<svg"));
    QCOMPARE(f.server().requestCount(u"/icons/"_s), 2);
}

QTEST_GUILESS_MAIN(tst_ConnectorIconService)
#include "tst_ConnectorIconService.moc"

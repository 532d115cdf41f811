// WorkspaceService against the sandbox: the connect check, organization info, the paged
// workspace list and the web link.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"
#include "api/services/WorkspaceService.h"
#include "sandbox/SandboxContext.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::WorkspaceService;
using airdesk::test::SandboxFixture;
using airdesk::test::await;

namespace {

QString newWorkspace(SandboxFixture &f, const QString &name)
{
    auto &store = f.server().context().store;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store.workspaces.insert(id,
                            sandbox::WorkspaceRecord{id, name, store.organizations.ordered().front()->id, u"auto"_s});
    return id;
}

} // namespace

class tst_WorkspaceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectReadsTheWorkspace();
    void connectToUnknownWorkspaceIsNotFound();
    void organizationInfo();
    void organizationInfoOfUnknownWorkspaceIsNotFound();
    void listWorkspacesPagesPast100();
    void listWorkspacesStopsWhenContextGoes();
    void workspaceUrl();
};

void tst_WorkspaceService::connectReadsTheWorkspace()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), f.workspaceId());
    const auto r = await<domain::Workspace>([&](const QObject *c, auto cb) { service.connect(c, cb); });
    QVERIFY(r.done);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.workspaceId, f.workspaceId());
    QCOMPARE(r.value.name, u"Demo workspace"_s);
    QCOMPARE(client->requestsSent(), 1);
}

void tst_WorkspaceService::connectToUnknownWorkspaceIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto r = await<domain::Workspace>([&](const QObject *c, auto cb) { service.connect(c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error.httpStatus, 404);
    QVERIFY(r.value.workspaceId.isEmpty());
}

void tst_WorkspaceService::organizationInfo()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), f.workspaceId());
    const auto r =
        await<domain::OrganizationInfo>([&](const QObject *c, auto cb) { service.organizationInfo(c, cb); });
    QVERIFY(r.done);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.organizationName, u"Sandbox Organization"_s);
    QCOMPARE(r.value.organizationId, f.server().context().store.workspaces.find(f.workspaceId())->organizationId);
    QVERIFY(r.value.isComplete());
    QVERIFY(!r.value.isAccountLocked());
}

void tst_WorkspaceService::organizationInfoOfUnknownWorkspaceIsNotFound()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto r =
        await<domain::OrganizationInfo>([&](const QObject *c, auto cb) { service.organizationInfo(c, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
}

void tst_WorkspaceService::listWorkspacesPagesPast100()
{
    SandboxFixture f({u"--seed"_s, u"empty"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    QStringList expected{f.workspaceId()};
    for (int i = 0; i < 149; ++i)
        expected.append(newWorkspace(f, u"Workspace %1"_s.arg(i)));
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), f.workspaceId());

    const auto l = test::awaitList<domain::Workspace>(
        [&](const QObject *c, auto rows, auto done) { service.listWorkspaces(c, rows, done); });
    QVERIFY(l.done);
    QVERIFY2(!l.error.isError(), qPrintable(l.error.message()));
    QCOMPARE(l.total, 150);
    QStringList ids;
    for (const auto &w : l.rows)
        ids.append(w.workspaceId);
    QCOMPARE(ids, expected); // every workspace once, in list order
    QCOMPARE(l.pages, 2);
}

void tst_WorkspaceService::listWorkspacesStopsWhenContextGoes()
{
    SandboxFixture f({u"--latency-ms"_s, u"50"_s});
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), f.workspaceId());
    bool called = false;
    {
        QObject context;
        service.listWorkspaces(
            &context, [&](const QList<domain::Workspace> &) { called = true; },
            [&](int, const ApiError &) { called = true; });
    }
    QTest::qWait(300);
    QVERIFY(!called);
}

void tst_WorkspaceService::workspaceUrl()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    WorkspaceService service(client.get(), f.workspaceId());
    QCOMPARE(service.workspaceUrl(), client->roots().workspaceUrl(f.workspaceId()));
    QVERIFY(service.workspaceUrl().toString().endsWith(u"/workspaces/"_s + f.workspaceId()));
    QCOMPARE(client->requestsSent(), 0); // a link costs no request
}

QTEST_MAIN(tst_WorkspaceService)
#include "tst_WorkspaceService.moc"

// One session per workspace: its services share one client (one token), and destroying the
// session while calls are in flight never calls back into it.
#include "ServiceTestUtil.h"

#include "api/TokenProvider.h"
#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "api/services/WorkspaceService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::test::SandboxFixture;

class tst_WorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicesShareOneClient();
    void destroyedWhileLoading();
};

void tst_WorkspaceSession::servicesShareOneClient()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    const auto roots = api::ApiRoots::make(f.server().publicApiRoot().toString());
    const auto &o = f.server().options();
    api::WorkspaceSession session(*roots, api::Credentials::clientCredentials(o.clientId, o.clientSecret),
                                  f.workspaceId());
    QObject context;
    int done = 0;
    session.workspace().connect(&context, [&done](const domain::Workspace &w, const api::ApiError &e) {
        done += (!e.isError() && !w.name.isEmpty()) ? 1 : 0;
    });
    int sources = 0;
    session.sources().list({}, &context, [&sources](const QList<domain::Actor> &rows) { sources += rows.size(); },
                           [&done](int, const api::ApiError &e) { done += e.isError() ? 0 : 1; });
    int connections = 0;
    session.connections().list({}, &context,
                               [&connections](const QList<domain::Connection> &rows) { connections += rows.size(); },
                               [&done](int, const api::ApiError &e) { done += e.isError() ? 0 : 1; });
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, 15000);
    QCOMPARE(sources, 12);
    QCOMPARE(connections, 12);
    QCOMPARE(session.client().tokens().fetchCount(), 1);
    QCOMPARE(session.sources().kind(), domain::ActorKind::Source);
    QCOMPARE(session.destinations().kind(), domain::ActorKind::Destination);
}

void tst_WorkspaceSession::destroyedWhileLoading()
{
    SandboxFixture f({u"--latency-ms"_s, u"200"_s, u"--scale"_s, u"connections=500"_s});
    QVERIFY(f.isRunning());
    const auto roots = api::ApiRoots::make(f.server().publicApiRoot().toString());
    const auto &o = f.server().options();
    auto session = std::make_unique<api::WorkspaceSession>(
        *roots, api::Credentials::clientCredentials(o.clientId, o.clientSecret), f.workspaceId());
    QObject context;
    bool called = false;
    session->connections().list({}, &context, [&called](const QList<domain::Connection> &) { called = true; },
                                [&called](int, const api::ApiError &) { called = true; });
    session.reset();
    QTest::qWait(600);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_WorkspaceSession)
#include "tst_WorkspaceSession.moc"

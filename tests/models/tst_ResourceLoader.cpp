// ResourceLoader against the in-process sandbox: rows appear page by page before the list
// ends, a refresh upserts and removes by id without a reset, a failed refresh keeps the rows,
// and a new load abandons the one in flight.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceLoader.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::models::ActorTableModel;
using airdesk::models::ConnectionTableModel;
using airdesk::models::ResourceLoader;
using airdesk::test::SandboxFixture;

namespace {

/// Waits until the loader has finished or failed.
bool waitForEnd(QSignalSpy &finished, QSignalSpy &failed)
{
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, test::ServiceListMs);
}

} // namespace

class tst_ResourceLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsArriveInPages();
    void refreshUpsertsAndRemovesById();
    void failedRefreshKeepsRows();
    void newLoadAbandonsThePrevious();
};

void tst_ResourceLoader::connectionsArriveInPages()
{
    SandboxFixture f({u"--scale"_s, u"connections=250"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    api::ConnectionService service(client.get(), f.workspaceId());
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResourceLoader loader;
    QSignalSpy loading(&loader, &ResourceLoader::loadingChanged);
    QSignalSpy finished(&loader, &ResourceLoader::finished);
    QSignalSpy failed(&loader, &ResourceLoader::failed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<int> progress;
    QList<int> rowsWhileLoading;
    connect(&loader, &ResourceLoader::progress, this, [&](int rows) {
        progress.append(rows);
        if (loader.isLoading())
            rowsWhileLoading.append(model.rowCount());
    });

    loader.loadConnections(&service, &model);
    QVERIFY(loader.isLoading());
    QVERIFY(waitForEnd(finished, failed));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ApiError>().message()));
    QCOMPARE(finished.at(0).at(0).toInt(), 250);
    QCOMPARE(model.rowCount(), 250);
    // Several pages, each shown before the list ended.
    QVERIFY2(inserted.size() >= 3, qPrintable(QString::number(inserted.size())));
    QCOMPARE(progress.first(), 0);
    QCOMPARE(progress.last(), 250);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QVERIFY(std::any_of(rowsWhileLoading.cbegin(), rowsWhileLoading.cend(), [](int n) { return n > 0 && n < 250; }));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QVERIFY(!loader.isLoading());
}

void tst_ResourceLoader::refreshUpsertsAndRemovesById()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    api::ActorService service(client.get(), f.workspaceId(), domain::ActorKind::Source);
    ActorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResourceLoader loader;
    QSignalSpy finished(&loader, &ResourceLoader::finished);
    QSignalSpy failed(&loader, &ResourceLoader::failed);
    const QString keep = test::createFakerSource(f, u"Keep me"_s);
    const QString gone = test::createFakerSource(f, u"Gone soon"_s);
    QVERIFY(!keep.isEmpty() && !gone.isEmpty());
    loader.loadSources(&service, &model);
    QVERIFY(waitForEnd(finished, failed));
    QVERIFY(failed.isEmpty());
    const int before = model.rowCount();
    QVERIFY(model.indexOfId(gone) >= 0);

    QCOMPARE(f.call("DELETE", u"/sources/"_s + gone).status, 204);
    QCOMPARE(f.call("PATCH", u"/sources/"_s + keep, {{u"name"_s, u"Kept and renamed"_s}}).status, 200);
    const QString added = test::createFakerSource(f, u"Newcomer"_s);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    finished.clear();
    loader.loadSources(&service, &model);
    QCOMPARE(model.rowCount(), before); // nothing is cleared while the refresh runs
    QVERIFY(waitForEnd(finished, failed));
    QVERIFY(failed.isEmpty());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.indexOfId(gone), -1);
    QVERIFY(model.indexOfId(added) >= 0);
    QCOMPARE(model.actorAt(model.indexOfId(keep)).name, u"Kept and renamed"_s);
}

void tst_ResourceLoader::failedRefreshKeepsRows()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    api::ActorService service(client.get(), f.workspaceId(), domain::ActorKind::Destination);
    QVERIFY(!test::createDuckDbDestination(f).isEmpty());
    ActorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResourceLoader loader;
    QSignalSpy finished(&loader, &ResourceLoader::finished);
    QSignalSpy failed(&loader, &ResourceLoader::failed);
    loader.loadDestinations(&service, &model);
    QVERIFY(waitForEnd(finished, failed));
    QVERIFY(failed.isEmpty());
    const int before = model.rowCount();
    QVERIFY(before > 0);

    // The refresh goes out with a token the server refuses.
    auto badClient = test::makeBearerClient(f, u"not-a-valid-token"_s);
    api::ActorService badService(badClient.get(), f.workspaceId(), domain::ActorKind::Destination);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(&loader, &ResourceLoader::loadingChanged);
    finished.clear();
    loader.loadDestinations(&badService, &model);
    QVERIFY(waitForEnd(finished, failed));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Authentication);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
}

void tst_ResourceLoader::newLoadAbandonsThePrevious()
{
    SandboxFixture f({u"--scale"_s, u"connections=150"_s, u"--latency-ms"_s, u"30"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto client = test::makeClient(f);
    api::ConnectionService service(client.get(), f.workspaceId());
    ConnectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResourceLoader loader;
    QSignalSpy finished(&loader, &ResourceLoader::finished);
    QSignalSpy failed(&loader, &ResourceLoader::failed);
    QSignalSpy loading(&loader, &ResourceLoader::loadingChanged);
    loader.loadConnections(&service, &model);
    loader.loadConnections(&service, &model); // the first one's answers are dropped
    QVERIFY(waitForEnd(finished, failed));
    QTest::qWait(300); // room for a late answer of the abandoned load
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(model.rowCount(), 150);
    QCOMPARE(loading.size(), 2); // no false/true flicker between the two loads
    loader.cancel();
    QCOMPARE(loading.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ResourceLoader)
#include "tst_ResourceLoader.moc"

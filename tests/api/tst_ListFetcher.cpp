// Paging through public-API lists: edges, order, speculative pages, token expiry on the
// way, row limits, failures and cancellation.
#include "ApiTestUtil.h"

#include "api/ListFetcher.h"
#include "api/TokenProvider.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiRequest;
using airdesk::api::ListFetcher;
using airdesk::test::SandboxFixture;

namespace {

struct Collected
{
    QStringList ids;
    int pages = 0;
    bool finished = false;
    api::ApiError error;
};

Collected collect(ListFetcher &fetcher, const QString &idKey, int timeoutMs = 20000)
{
    Collected c;
    QObject::connect(&fetcher, &ListFetcher::rowsArrived, &fetcher, [&c, idKey](const QJsonArray &rows) {
        ++c.pages;
        for (const QJsonValue &row : rows)
            c.ids.append(row.toObject().value(idKey).toString());
    });
    QObject::connect(&fetcher, &ListFetcher::finished, &fetcher, [&c](int) { c.finished = true; });
    QObject::connect(&fetcher, &ListFetcher::failed, &fetcher, [&c](const api::ApiError &e) {
        c.error = e;
        c.finished = true;
    });
    fetcher.start();
    (void)QTest::qWaitFor([&c] { return c.finished; }, timeoutMs);
    return c;
}

QStringList storeOrder(SandboxFixture &f)
{
    QStringList ids;
    for (const auto *s : f.server().context().store.sources.ordered())
        ids.append(s->id);
    return ids;
}

} // namespace

class tst_ListFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edges_data();
    void edges();
    void speculatesOnlyForLongLists();
    void tokenExpiresMidway();
    void maxRows();
    void startOffset();
    void failureStopsTheList();
    void retriedPagesKeepOrder();
    void cancel();
};

void tst_ListFetcher::edges_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("pageSize");
    for (int items : {0, 1, 99, 100, 101, 250})
        QTest::addRow("%d items", items) << items << 100;
    QTest::newRow("250 items, pages of 7") << 250 << 7;
}

void tst_ListFetcher::edges()
{
    QFETCH(int, items);
    QFETCH(int, pageSize);
    SandboxFixture f({u"--scale"_s, u"sources=%1"_s.arg(items)});
    QVERIFY(f.isRunning());
    auto client = test::makeClient(f);
    QUrlQuery query;
    query.addQueryItem(u"workspaceIds"_s, f.workspaceId());
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s, query));
    fetcher.setPageSize(pageSize);
    const Collected c = collect(fetcher, u"sourceId"_s);
    QVERIFY(c.finished);
    QVERIFY2(!c.error.isError(), qPrintable(c.error.message()));
    QCOMPARE(c.ids, storeOrder(f)); // every row, once, in list order
    QVERIFY(!fetcher.isRunning());
}

void tst_ListFetcher::speculatesOnlyForLongLists()
{
    {
        SandboxFixture f({u"--scale"_s, u"sources=30"_s});
        auto client = test::makeClient(f);
        ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
        QCOMPARE(collect(fetcher, u"sourceId"_s).ids.size(), 30);
        QCOMPARE(fetcher.requestsSent(), 1); // a short first page: nothing more to ask
    }
    {
        SandboxFixture f({u"--scale"_s, u"sources=1000"_s, u"--latency-ms"_s, u"20"_s});
        auto client = test::makeClient(f);
        ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
        fetcher.setWindow(6);
        const Collected c = collect(fetcher, u"sourceId"_s);
        QCOMPARE(c.ids.size(), 1000);
        QCOMPARE(c.pages, 10);
        // 10 full pages + the empty one that proves the end, + at most a window of speculation.
        QVERIFY2(fetcher.requestsSent() >= 11 && fetcher.requestsSent() <= 17,
                 qPrintable(QString::number(fetcher.requestsSent())));
    }
}

void tst_ListFetcher::tokenExpiresMidway()
{
    SandboxFixture f({u"--scale"_s, u"sources=500"_s, u"--token-ttl"_s, u"600"_s, u"--latency-ms"_s, u"30"_s});
    auto client = test::makeClient(f);
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
    fetcher.setPageSize(50);
    fetcher.setWindow(2);
    bool advanced = false;
    connect(&fetcher, &ListFetcher::rowsArrived, &fetcher, [&f, &advanced](const QJsonArray &) {
        if (!advanced) {
            advanced = true;
            f.advance(700); // every token issued so far is now expired on the server
        }
    });
    const Collected c = collect(fetcher, u"sourceId"_s);
    QVERIFY2(!c.error.isError(), qPrintable(c.error.message()));
    QCOMPARE(c.ids, storeOrder(f));
    QCOMPARE(client->tokens().fetchCount(), 2); // one refresh, shared by the waiting pages
}

void tst_ListFetcher::maxRows()
{
    SandboxFixture f({u"--scale"_s, u"sources=450"_s});
    auto client = test::makeClient(f);
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
    fetcher.setMaxRows(120);
    const Collected c = collect(fetcher, u"sourceId"_s);
    QCOMPARE(c.ids, storeOrder(f).mid(0, 120));
}

void tst_ListFetcher::startOffset()
{
    SandboxFixture f({u"--scale"_s, u"sources=450"_s});
    auto client = test::makeClient(f);
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
    fetcher.setStartOffset(130);
    fetcher.setMaxRows(150);
    const Collected c = collect(fetcher, u"sourceId"_s);
    QCOMPARE(c.ids, storeOrder(f).mid(130, 150));
    // Past the end: nothing, after one request.
    ListFetcher beyond(client.get(), ApiRequest::get(u"/sources"_s));
    beyond.setStartOffset(1000);
    const Collected none = collect(beyond, u"sourceId"_s);
    QVERIFY(none.finished);
    QVERIFY(none.ids.isEmpty());
    QCOMPARE(beyond.requestsSent(), 1);
}

void tst_ListFetcher::failureStopsTheList()
{
    SandboxFixture f({u"--scale"_s, u"sources=300"_s, u"--faults"_s, u"500:0.3"_s, u"--fault-seed"_s, u"11"_s,
                      u"--bearer-token"_s, u"t"_s});
    auto client = test::makeBearerClient(f, u"t"_s);
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
    fetcher.setPageSize(20);
    const Collected c = collect(fetcher, u"sourceId"_s);
    QVERIFY(c.finished);
    QCOMPARE(c.error.kind, api::ApiError::Kind::Server); // 500 is not retried: reported once
    QVERIFY(c.ids.size() < 300);
    QCOMPARE(c.ids, storeOrder(f).mid(0, c.ids.size())); // what arrived is a clean prefix
}

void tst_ListFetcher::retriedPagesKeepOrder()
{
    SandboxFixture f({u"--scale"_s, u"sources=400"_s, u"--faults"_s, u"503:0.25,429:0.1"_s, u"--fault-seed"_s, u"5"_s,
                      u"--bearer-token"_s, u"t"_s});
    auto client = test::makeBearerClient(f, u"t"_s);
    client->setRetryPolicy({6, 5, 20});
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
    fetcher.setPageSize(25);
    const Collected c = collect(fetcher, u"sourceId"_s);
    QVERIFY2(!c.error.isError(), qPrintable(c.error.message()));
    QCOMPARE(c.ids, storeOrder(f));
}

void tst_ListFetcher::cancel()
{
    SandboxFixture f({u"--scale"_s, u"sources=1000"_s, u"--latency-ms"_s, u"50"_s});
    auto client = test::makeClient(f);
    ListFetcher fetcher(client.get(), ApiRequest::get(u"/sources"_s));
    int pages = 0;
    connect(&fetcher, &ListFetcher::rowsArrived, &fetcher, [&fetcher, &pages](const QJsonArray &) {
        ++pages;
        fetcher.cancel();
    });
    QSignalSpy finished(&fetcher, &ListFetcher::finished);
    fetcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(pages, 1, 5000);
    QTest::qWait(300);
    QCOMPARE(pages, 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!fetcher.isRunning());
}

QTEST_GUILESS_MAIN(tst_ListFetcher)
#include "tst_ListFetcher.moc"

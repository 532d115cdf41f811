// Limit/offset paging exactly as the public API does it, at the edges that break clients.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

class tst_SandboxPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughEveryItem_data();
    void pagesThroughEveryItem();
    void defaultLimitIsTwenty();
    void badPagingParameters_data();
    void badPagingParameters();
    void filtersGoIntoLinks();
};

void tst_SandboxPagination::pagesThroughEveryItem_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("limit");
    for (int items : {0, 1, 99, 100, 101, 250})
        for (int limit : {1, 100}) {
            if (limit == 1 && items > 101)
                continue; // 250 single-item pages add time, not coverage
            QTest::addRow("%d items, limit %d", items, limit) << items << limit;
        }
}

void tst_SandboxPagination::pagesThroughEveryItem()
{
    QFETCH(int, items);
    QFETCH(int, limit);
    SandboxFixture f({u"--scale"_s, u"sources=%1"_s.arg(items)});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    QSet<QString> seen;
    int offset = 0;
    int requests = 0;
    for (;;) {
        const HttpReply reply = f.call("GET", u"/sources?workspaceIds=%1&limit=%2&offset=%3"_s
                                                  .arg(f.workspaceId()).arg(limit).arg(offset));
        QCOMPARE(reply.status, 200);
        ++requests;
        const QJsonObject page = reply.object();
        const QJsonArray data = page.value(u"data"_s).toArray();
        QVERIFY(data.size() <= limit);
        // next is non-empty whenever the page is non-empty, "" otherwise (PaginationMapper).
        QVERIFY(page.contains(u"next"_s));
        QCOMPARE(page.value(u"next"_s).toString().isEmpty(), data.isEmpty());
        if (!data.isEmpty()) {
            const QString expected = u"limit=%1&offset=%2"_s.arg(limit).arg(offset + limit);
            QVERIFY2(page.value(u"next"_s).toString().endsWith(expected), qPrintable(page.value(u"next"_s).toString()));
        }
        QCOMPARE(page.value(u"previous"_s).toString().isEmpty(), offset == 0);
        if (offset != 0)
            QVERIFY(page.value(u"previous"_s).toString().endsWith(
                u"offset=%1"_s.arg(std::max(offset - limit, 0))));
        for (const QJsonValue &row : data)
            seen.insert(row.toObject().value(u"sourceId"_s).toString());
        if (data.isEmpty())
            break;
        offset += limit;
        QVERIFY(requests <= items + 2);
    }
    QCOMPARE(seen.size(), items);
    // A client following `next` until it is empty makes ceil(items/limit) + 1 requests.
    QCOMPARE(requests, (items + limit - 1) / limit + 1);
}

void tst_SandboxPagination::defaultLimitIsTwenty()
{
    SandboxFixture f({u"--scale"_s, u"sources=45,destinations=3,connections=30"_s});
    QVERIFY(f.isRunning());
    QCOMPARE(f.call("GET", u"/sources"_s).object().value(u"data"_s).toArray().size(), 20);
    QCOMPARE(f.call("GET", u"/destinations"_s).object().value(u"data"_s).toArray().size(), 3);
    QCOMPARE(f.call("GET", u"/connections?offset=20"_s).object().value(u"data"_s).toArray().size(), 10);
}

void tst_SandboxPagination::badPagingParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << u"limit=0"_s;
    QTest::newRow("limit 101") << u"limit=101"_s;
    QTest::newRow("limit negative") << u"limit=-5"_s;
    QTest::newRow("limit text") << u"limit=ten"_s;
    QTest::newRow("offset negative") << u"offset=-1"_s;
}

void tst_SandboxPagination::badPagingParameters()
{
    QFETCH(QString, query);
    SandboxFixture f;
    QVERIFY(f.isRunning());
    for (const QString &path : {u"/sources"_s, u"/destinations"_s, u"/connections"_s, u"/jobs"_s, u"/workspaces"_s}) {
        const HttpReply reply = f.call("GET", path + u'?' + query);
        QCOMPARE(reply.status, 400);
        // Bean validation answers with a bare {"errorId"}.
        QVERIFY2(reply.object().contains(u"errorId"_s), reply.body.constData());
    }
}

void tst_SandboxPagination::filtersGoIntoLinks()
{
    SandboxFixture f({u"--scale"_s, u"sources=5"_s});
    QVERIFY(f.isRunning());
    const QString ws = f.workspaceId();
    const QJsonObject page = f.call("GET", u"/sources?workspaceIds=%1&limit=2"_s.arg(ws)).object();
    const QString next = page.value(u"next"_s).toString();
    QVERIFY2(next.contains(u"workspaceIds="_s + ws), qPrintable(next));
    // The link host is AIRBYTE_API_HOST, not necessarily where the server is reached.
    QVERIFY(!next.startsWith(f.server().baseUrl().toString()));
    // An unknown workspace is a 404.
    QCOMPARE(f.call("GET", u"/sources?workspaceIds=00000000-0000-0000-0000-000000000000"_s).status, 404);
}

QTEST_GUILESS_MAIN(tst_SandboxPagination)
#include "tst_SandboxPagination.moc"

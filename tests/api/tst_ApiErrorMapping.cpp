// One mapping from network error, HTTP status and body to ApiError.
#include "api/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::api::ApiError;

class tst_ApiErrorMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void map_data();
    void map();
    void messageCarriesRequestId();
    void summaryIsShortDetailsAreComplete();
};

void tst_ApiErrorMapping::map_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detailContains");
    QTest::addColumn<bool>("transient");
    using K = ApiError::Kind;
    QTest::newRow("problem 404") << 0 << 404
        << QByteArray(R"({"status":404,"type":"https://reference.airbyte.com/reference/errors#resource-not-found","title":"resource-not-found","detail":"Could not find a resource for: x","data":{"resourceType":"source","resourceId":"x"}})")
        << int(K::NotFound) << u"resource-not-found"_s << u"Could not find"_s << false;
    QTest::newRow("problem 409 with data message") << 0 << 409
        << QByteArray(R"({"status":409,"type":"t","title":"try-again-later","detail":"Please try again later.","data":{"message":"A sync is already running for: c"}})")
        << int(K::Conflict) << u"try-again-later"_s << u"already running"_s << false;
    QTest::newRow("cron problem") << 0 << 400
        << QByteArray(R"({"status":400,"type":"error:cron-validation/invalid-expression","title":"Invalid cron expression","detail":"d","data":{"validationErrorMessage":"Cron expression contains 5 parts"}})")
        << int(K::InvalidRequest) << u"Invalid cron expression"_s << u"5 parts"_s << false;
    QTest::newRow("errorId") << 0 << 400 << QByteArray(R"({"errorId":"abc-123"})")
        << int(K::InvalidRequest) << QString() << u"abc-123"_s << false;
    QTest::newRow("config api") << 0 << 404
        << QByteArray(R"({"message":"Could not find job with id: 5","exceptionClassName":"io.airbyte.X"})")
        << int(K::NotFound) << QString() << u"Could not find job"_s << false;
    QTest::newRow("429 load shedding") << 0 << 429 << QByteArray(R"({"message":"You are being rate limited."})")
        << int(K::RateLimited) << QString() << u"rate limited"_s << true;
    QTest::newRow("502 html") << 0 << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
        << int(K::Server) << QString() << u"502 Bad Gateway"_s << true;
    QTest::newRow("503 problem") << 0 << 503
        << QByteArray(R"({"status":503,"type":"t","title":"service-unavailable","detail":"down"})")
        << int(K::Server) << u"service-unavailable"_s << u"down"_s << true;
    QTest::newRow("500 is not transient") << 0 << 500 << QByteArray("{}") << int(K::Server) << QString() << QString() << false;
    QTest::newRow("401") << 0 << 401 << QByteArray() << int(K::Authentication) << QString() << QString() << false;
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << QByteArray()
        << int(K::Network) << QString() << QString() << true;
    QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << 0 << QByteArray()
        << int(K::Timeout) << QString() << QString() << true;
}

void tst_ApiErrorMapping::map()
{
    QFETCH(int, network);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(QString, detailContains);
    QFETCH(bool, transient);
    const ApiError e = ApiError::fromResponse(static_cast<QNetworkReply::NetworkError>(network), status, body);
    QCOMPARE(int(e.kind), kind);
    if (!title.isEmpty())
        QCOMPARE(e.title, title);
    QVERIFY2(e.detail.contains(detailContains), qPrintable(e.detail));
    QCOMPARE(e.isTransient(), transient);
    QVERIFY(!e.message().contains(u"<h1>"_s));
}

void tst_ApiErrorMapping::messageCarriesRequestId()
{
    ApiError e = ApiError::fromResponse(QNetworkReply::NoError, 404, R"({"title":"resource-not-found","detail":"gone"})");
    e.requestId = u"req-42"_s;
    QVERIFY(e.message().contains(u"req-42"_s));
    QVERIFY(e.message().contains(u"gone"_s));
    QVERIFY(e.message().contains(u"404"_s));
    QVERIFY(!ApiError::fromResponse(QNetworkReply::NoError, 200, "{}").isError());
}

void tst_ApiErrorMapping::summaryIsShortDetailsAreComplete()
{
    const QString longDetail = QString(300, u'x') + u"\nsecond line"_s;
    ApiError e = ApiError::fromResponse(QNetworkReply::NoError, 503,
                                        QJsonDocument(QJsonObject{{u"title"_s, u"internal-error"_s},
                                                                  {u"detail"_s, longDetail},
                                                                  {u"type"_s, u"https://example/problem"_s}})
                                            .toJson());
    e.requestId = u"req-7"_s;
    e.method = u"GET"_s;
    e.path = u"/v1/connections"_s;
    // The bar's line: the title and a cut first line, never the whole body.
    QVERIFY(e.summary().startsWith(e.title));
    QVERIFY(e.summary().size() < 200);
    QVERIFY(e.summary().endsWith(u'…'));
    QVERIFY(!e.summary().contains(u"second line"_s));
    // Details on demand: every fact, the full detail included.
    const QString details = e.details();
    for (const QString &part : {u"503"_s, u"GET /v1/connections"_s, u"req-7"_s, u"https://example/problem"_s,
                                u"second line"_s, longDetail.left(300)})
        QVERIFY2(details.contains(part), qPrintable(part));
    QVERIFY(details.contains(u"Retrying may help: yes"_s));
}

QTEST_GUILESS_MAIN(tst_ApiErrorMapping)
#include "tst_ApiErrorMapping.moc"

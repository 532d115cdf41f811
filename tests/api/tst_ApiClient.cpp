// ApiClient against the sandbox: headers, tokens (cache, single refresh, expiry, 401 replay),
// retries only where safe, and every failure mapped to one ApiError.
#include "ApiTestUtil.h"

#include "api/TokenProvider.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::ApiRequest;
using airdesk::test::SandboxFixture;

class tst_ApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getWithClientCredentials();
    void tokenIsCachedAndFetchedOnce();
    void expiredTokenIsRefreshedAndReplayed();
    void secondUnauthorizedIsFinal();
    void badCredentials();
    void retriesTransientFailuresOnReads_data();
    void retriesTransientFailuresOnReads();
    void neverRetriesCreates();
    void malformedBodyIsAnErrorAndNotRepeatedForCreates();
    void timeout();
    void connectionRefused();
    void configApiCall();
    void cancelledCallNeverCallsBack();
    void problemDetailsSurface();
};

void tst_ApiClient::getWithClientCredentials()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto client = test::makeClient(f);
    const auto r = test::callAndWait(*client, ApiRequest::get(u"/workspaces/"_s + f.workspaceId()));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.response.json.toObject().value(u"workspaceId"_s).toString(), f.workspaceId());
    QVERIFY(!r.response.requestId.isEmpty());
}

void tst_ApiClient::tokenIsCachedAndFetchedOnce()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto client = test::makeClient(f);
    // Ten calls at once: one token fetch serves them all.
    int done = 0;
    QObject context;
    for (int i = 0; i < 10; ++i)
        client->send(ApiRequest::get(u"/workspaces"_s), &context, [&done](const api::ApiResponse &, const ApiError &e) {
            done += e.isError() ? 0 : 1;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
    QCOMPARE(client->tokens().fetchCount(), 1);
    QVERIFY(!test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s)).error.isError());
    QCOMPARE(client->tokens().fetchCount(), 1);
}

void tst_ApiClient::expiredTokenIsRefreshedAndReplayed()
{
    SandboxFixture f({u"--token-ttl"_s, u"600"_s});
    QVERIFY(f.isRunning());
    auto client = test::makeClient(f);
    QVERIFY(!test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s)).error.isError());
    f.advance(700); // the server now rejects the cached token; the client does not know yet
    const auto r = test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(client->tokens().fetchCount(), 2);
    // Proactive refresh: once the client's own clock passes expiry minus the margin, it fetches first.
    client->tokens().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
    QVERIFY(!test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s)).error.isError());
    QCOMPARE(client->tokens().fetchCount(), 3);
}

void tst_ApiClient::secondUnauthorizedIsFinal()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    auto client = test::makeBearerClient(f, u"wrong-token"_s);
    const int before = client->requestsSent();
    const auto r = test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s));
    QCOMPARE(r.error.kind, ApiError::Kind::Authentication);
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(client->requestsSent() - before, 2); // one replay, then give up
}

void tst_ApiClient::badCredentials()
{
    SandboxFixture f;
    QVERIFY(f.isRunning());
    const auto roots = api::ApiRoots::make(f.server().publicApiRoot().toString());
    api::ApiClient client(*roots, api::Credentials::clientCredentials(u"id"_s, u"not-the-secret"_s));
    const auto r = test::callAndWait(client, ApiRequest::get(u"/workspaces"_s));
    QCOMPARE(r.error.kind, ApiError::Kind::Authentication);
    QCOMPARE(client.requestsSent(), 0); // nothing went to the API without a token
    QVERIFY(!r.error.message().contains(u"not-the-secret"_s));
}

void tst_ApiClient::retriesTransientFailuresOnReads_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::newRow("429") << u"429"_s << int(ApiError::Kind::RateLimited);
    QTest::newRow("502") << u"502"_s << int(ApiError::Kind::Server);
    QTest::newRow("503") << u"503"_s << int(ApiError::Kind::Server);
    QTest::newRow("504") << u"504"_s << int(ApiError::Kind::Server);
    QTest::newRow("reset") << u"reset"_s << int(ApiError::Kind::Network);
}

void tst_ApiClient::retriesTransientFailuresOnReads()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    {
        // Always failing: bounded retries (1 + 3 requests), then one clear error.
        SandboxFixture f({u"--faults"_s, fault + u":1"_s, u"--bearer-token"_s, u"t"_s});
        auto client = test::makeBearerClient(f, u"t"_s);
        const auto r = test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s));
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(client->requestsSent(), 4);
    }
    {
        // Failing half the time: the retries get through.
        SandboxFixture f({u"--faults"_s, fault + u":0.5"_s, u"--fault-seed"_s, u"3"_s, u"--bearer-token"_s, u"t"_s});
        auto client = test::makeBearerClient(f, u"t"_s);
        int ok = 0;
        for (int i = 0; i < 10; ++i)
            ok += test::callAndWait(*client, ApiRequest::get(u"/workspaces"_s)).error.isError() ? 0 : 1;
        QVERIFY2(ok >= 8, qPrintable(QString::number(ok)));
        QVERIFY(client->requestsSent() > 10);
    }
}

void tst_ApiClient::neverRetriesCreates()
{
    SandboxFixture f({u"--faults"_s, u"503:1"_s, u"--bearer-token"_s, u"t"_s, u"--seed"_s, u"empty"_s});
    auto client = test::makeBearerClient(f, u"t"_s);
    const QJsonObject body{{u"name"_s, u"x"_s}, {u"workspaceId"_s, f.workspaceId()},
                           {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}};
    const auto r = test::callAndWait(*client, ApiRequest::post(u"/sources"_s, body));
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(client->requestsSent(), 1);
    // A PATCH is idempotent and is retried.
    const auto p = test::callAndWait(*client, ApiRequest::patch(u"/sources/nope"_s, QJsonObject{{u"name"_s, u"y"_s}}));
    QCOMPARE(p.error.httpStatus, 503);
    QCOMPARE(client->requestsSent(), 5);
}

void tst_ApiClient::malformedBodyIsAnErrorAndNotRepeatedForCreates()
{
    SandboxFixture f({u"--faults"_s, u"malformed:1"_s, u"--bearer-token"_s, u"t"_s, u"--seed"_s, u"empty"_s});
    auto client = test::makeBearerClient(f, u"t"_s);
    const QJsonObject body{{u"name"_s, u"x"_s}, {u"workspaceId"_s, f.workspaceId()},
                           {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}};
    const auto r = test::callAndWait(*client, ApiRequest::post(u"/sources"_s, body));
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(client->requestsSent(), 1);
    QCOMPARE(f.server().context().store.sources.size(), 1); // created once, never twice
}

void tst_ApiClient::timeout()
{
    SandboxFixture f({u"--faults"_s, u"timeout:1"_s, u"--bearer-token"_s, u"t"_s});
    auto client = test::makeBearerClient(f, u"t"_s);
    ApiRequest request = ApiRequest::get(u"/workspaces"_s);
    request.timeoutMs = 300;
    const auto r = test::callAndWait(*client, request, 10000);
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(client->requestsSent(), 4);
}

void tst_ApiClient::connectionRefused()
{
    const auto roots = api::ApiRoots::make(u"http://127.0.0.1:1/api/public/v1"_s);
    api::ApiClient client(*roots, api::Credentials::bearer(u"t"_s));
    client.setRetryPolicy({2, 5, 20});
    const auto r = test::callAndWait(client, ApiRequest::get(u"/workspaces"_s));
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(client.requestsSent(), 3);
}

void tst_ApiClient::configApiCall()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    const auto r = test::callAndWait(*client, ApiRequest::config(u"/workspaces/get_organization_info"_s,
                                                                 QJsonObject{{u"workspaceId"_s, f.workspaceId()}}));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QVERIFY(!r.response.json.toObject().value(u"organizationName"_s).toString().isEmpty());
    const auto missing = test::callAndWait(*client, ApiRequest::config(u"/jobs/get"_s, QJsonObject{{u"id"_s, 987654321}}));
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    QVERIFY(missing.error.detail.contains(u"987654321"_s));
}

void tst_ApiClient::cancelledCallNeverCallsBack()
{
    SandboxFixture f({u"--latency-ms"_s, u"200"_s, u"--bearer-token"_s, u"t"_s});
    auto client = test::makeBearerClient(f, u"t"_s);
    bool called = false;
    QObject context;
    const auto id = client->send(ApiRequest::get(u"/workspaces"_s), &context,
                                 [&called](const api::ApiResponse &, const ApiError &) { called = true; });
    client->cancel(id);
    QTest::qWait(400);
    QVERIFY(!called);
    // A destroyed context drops the callback too.
    auto shortLived = std::make_unique<QObject>();
    client->send(ApiRequest::get(u"/workspaces"_s), shortLived.get(),
                 [&called](const api::ApiResponse &, const ApiError &) { called = true; });
    shortLived.reset();
    QTest::qWait(400);
    QVERIFY(!called);
}

void tst_ApiClient::problemDetailsSurface()
{
    SandboxFixture f;
    auto client = test::makeClient(f);
    const auto r = test::callAndWait(*client, ApiRequest::get(u"/sources/00000000-0000-0000-0000-000000000000"_s));
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error.title, u"resource-not-found"_s);
    QCOMPARE(r.error.path, u"/sources/00000000-0000-0000-0000-000000000000"_s);
    QVERIFY(!r.error.requestId.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"

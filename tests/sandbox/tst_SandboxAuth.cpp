// Authentication as the sandbox imitates it: token endpoint (JSON and form), bearer checks,
// expiry, the fixed bearer token, and which paths need no token.
#include "SandboxFixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

class tst_SandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthNeedsNoToken();
    void tokenFromJson();
    void tokenFromForm();
    void badCredentials_data();
    void badCredentials();
    void requestsWithoutValidToken_data();
    void requestsWithoutValidToken();
    void tokenExpires();
    void fixedBearerToken();
};

void tst_SandboxAuth::healthNeedsNoToken()
{
    SandboxFixture f;
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    const HttpReply reply = f.get(u"/health"_s);
    QCOMPARE(reply.status, 200);
}

void tst_SandboxAuth::tokenFromJson()
{
    SandboxFixture f({u"--token-ttl"_s, u"120"_s});
    QVERIFY(f.isRunning());
    const QJsonObject body{{u"client_id"_s, u"airdesk-sandbox-client"_s},
                           {u"client_secret"_s, u"airdesk-sandbox-secret"_s},
                           {u"grant_type"_s, u"client_credentials"_s}};
    const HttpReply reply = f.send("POST", f.publicUrl(u"/applications/token"_s), QJsonDocument(body).toJson());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(reply.object().value(u"expires_in"_s).toInt(), 120);
    const QString token = reply.object().value(u"access_token"_s).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(f.get(u"/workspaces"_s, token).status, 200);
}

void tst_SandboxAuth::tokenFromForm()
{
    SandboxFixture f({u"--client-id"_s, u"abc"_s, u"--client-secret"_s, u"s3cr&t"_s});
    QVERIFY(f.isRunning());
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, u"abc"_s);
    form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"s3cr&t"_s)));
    const HttpReply reply = f.send("POST", f.publicUrl(u"/applications/token"_s),
                                   form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.object().value(u"access_token"_s).toString().isEmpty());
}

void tst_SandboxAuth::badCredentials_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("wrong secret") << QByteArray(R"({"client_id":"airdesk-sandbox-client","client_secret":"nope"})");
    QTest::newRow("wrong id") << QByteArray(R"({"client_id":"x","client_secret":"airdesk-sandbox-secret"})");
    QTest::newRow("missing both") << QByteArray("{}");
}

void tst_SandboxAuth::badCredentials()
{
    QFETCH(QByteArray, body);
    SandboxFixture f;
    QVERIFY(f.isRunning());
    const HttpReply reply = f.send("POST", f.publicUrl(u"/applications/token"_s), body);
    // Self-managed SIMPLE auth: 400 {"message": "Invalid client id or token"}.
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(u"message"_s).toString(), u"Invalid client id or token"_s);
    QVERIFY(!reply.object().contains(u"access_token"_s));
}

void tst_SandboxAuth::requestsWithoutValidToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("none") << QString();
    QTest::newRow("unknown") << u"not-a-token"_s;
}

void tst_SandboxAuth::requestsWithoutValidToken()
{
    QFETCH(QString, token);
    SandboxFixture f;
    QVERIFY(f.isRunning());
    const HttpReply publicReply = f.get(u"/sources"_s, token);
    QCOMPARE(publicReply.status, 401);
    QCOMPARE(publicReply.contentType, QByteArray("application/json"));
    QCOMPARE(publicReply.object().value(u"title"_s).toString(), u"invalid-api-key"_s);
    QCOMPARE(publicReply.object().value(u"status"_s).toInt(), 401);
    const HttpReply configReply = f.send("POST", f.configUrl(u"/jobs/get"_s), R"({"id":1})", "application/json", token);
    QCOMPARE(configReply.status, 401);
    QVERIFY(configReply.object().contains(u"message"_s));
}

void tst_SandboxAuth::tokenExpires()
{
    SandboxFixture f({u"--token-ttl"_s, u"60"_s});
    QVERIFY(f.isRunning());
    const QString token = f.token();
    QCOMPARE(f.get(u"/workspaces"_s, token).status, 200);
    f.advance(59);
    QCOMPARE(f.get(u"/workspaces"_s, token).status, 200);
    f.advance(2);
    const HttpReply expired = f.get(u"/workspaces"_s, token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.object().value(u"title"_s).toString(), u"invalid-api-key"_s);
    // A new token works again.
    QCOMPARE(f.get(u"/workspaces"_s, f.token()).status, 200);
}

void tst_SandboxAuth::fixedBearerToken()
{
    SandboxFixture f({u"--bearer-token"_s, u"fixed-token-123"_s, u"--token-ttl"_s, u"1"_s});
    QVERIFY(f.isRunning());
    f.advance(3600);
    QCOMPARE(f.get(u"/workspaces"_s, u"fixed-token-123"_s).status, 200);
    QCOMPARE(f.get(u"/workspaces"_s, u"fixed-token-124"_s).status, 401);
}

QTEST_GUILESS_MAIN(tst_SandboxAuth)
#include "tst_SandboxAuth.moc"

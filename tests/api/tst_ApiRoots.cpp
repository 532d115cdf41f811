// Roots, derived Config API and web roots, the links PyAirbyte builds, and credentials
// from values and from the environment.
#include "api/ApiRoots.h"
#include "api/Credentials.h"

#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::api::ApiRoots;
using airdesk::api::Credentials;
using airdesk::api::EnvironmentConfig;

class tst_ApiRoots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data();
    void derive();
    void rejects_data();
    void rejects();
    void links();
    void credentialsFromValues_data();
    void credentialsFromValues();
    void environment_data();
    void environment();
};

void tst_ApiRoots::derive_data()
{
    QTest::addColumn<QString>("publicRoot");
    QTest::addColumn<QString>("configRoot");
    QTest::addColumn<QString>("expectedConfig");
    QTest::addColumn<QString>("expectedWeb");
    QTest::newRow("cloud default") << QString() << QString() << u"https://cloud.airbyte.com/api/v1"_s
                                   << u"https://cloud.airbyte.com"_s;
    QTest::newRow("cloud trailing slash") << u"https://api.airbyte.com/v1/"_s << QString()
                                          << u"https://cloud.airbyte.com/api/v1"_s << u"https://cloud.airbyte.com"_s;
    QTest::newRow("self-managed") << u"http://localhost:8000/api/public/v1"_s << QString()
                                  << u"http://localhost:8000/api/v1"_s << u"http://localhost:8000"_s;
    QTest::newRow("behind a path") << u"https://airbyte.corp.example/tools/api/public/v1"_s << QString()
                                   << u"https://airbyte.corp.example/tools/api/v1"_s
                                   << u"https://airbyte.corp.example/tools"_s;
    QTest::newRow("explicit config") << u"http://host:9000/custom"_s << u"http://host:9000/cfg/v1"_s
                                     << u"http://host:9000/cfg/v1"_s << u"http://host:9000"_s;
}

void tst_ApiRoots::derive()
{
    QFETCH(QString, publicRoot);
    QFETCH(QString, configRoot);
    QFETCH(QString, expectedConfig);
    QFETCH(QString, expectedWeb);
    QString error;
    const auto roots = ApiRoots::make(publicRoot, configRoot, {}, &error);
    QVERIFY2(roots, qPrintable(error));
    QCOMPARE(roots->configRoot().toString(), expectedConfig);
    QCOMPARE(roots->webRoot().toString(), expectedWeb);
}

void tst_ApiRoots::rejects_data()
{
    QTest::addColumn<QString>("publicRoot");
    QTest::addColumn<QString>("configRoot");
    QTest::newRow("not a url") << u"api airbyte"_s << QString();
    QTest::newRow("ftp") << u"ftp://example.com/api/public/v1"_s << QString();
    QTest::newRow("underivable config") << u"http://host:9000/custom"_s << QString();
    QTest::newRow("bad config") << u"http://host:9000/api/public/v1"_s << u"nonsense"_s;
}

void tst_ApiRoots::rejects()
{
    QFETCH(QString, publicRoot);
    QFETCH(QString, configRoot);
    QString error;
    QVERIFY(!ApiRoots::make(publicRoot, configRoot, {}, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ApiRoots::links()
{
    const auto roots = ApiRoots::make(u"http://localhost:8000/api/public/v1"_s);
    QVERIFY(roots);
    QCOMPARE(roots->workspaceUrl(u"w"_s).toString(), u"http://localhost:8000/workspaces/w"_s);
    QCOMPARE(roots->connectionUrl(u"w"_s, u"c"_s).toString(), u"http://localhost:8000/workspaces/w/connections/c"_s);
    QCOMPARE(roots->jobHistoryUrl(u"w"_s, u"c"_s).toString(),
             u"http://localhost:8000/workspaces/w/connections/c/timeline"_s);
    QCOMPARE(roots->sourceUrl(u"w"_s, u"s"_s).toString(), u"http://localhost:8000/workspaces/w/source/s"_s);
    QCOMPARE(roots->destinationUrl(u"w"_s, u"d"_s).toString(), u"http://localhost:8000/workspaces/w/destination/d"_s);
    QCOMPARE(roots->builderProjectUrl(u"w"_s, u"p"_s).toString(),
             u"http://localhost:8000/workspaces/w/connector-builder/edit/p"_s);
    const auto overridden = ApiRoots::make(u"http://localhost:8000/api/public/v1"_s, {}, u"https://ui.example"_s);
    QCOMPARE(overridden->workspaceUrl(u"w"_s).toString(), u"https://ui.example/workspaces/w"_s);
}

void tst_ApiRoots::credentialsFromValues_data()
{
    QTest::addColumn<QString>("bearer");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::newRow("bearer") << u"tok"_s << QString() << QString() << true;
    QTest::newRow("client credentials") << QString() << u"id"_s << u"Zq9-hidden-value"_s << true;
    QTest::newRow("both") << u"tok"_s << u"id"_s << u"Zq9-hidden-value"_s << false;
    QTest::newRow("neither") << QString() << QString() << QString() << false;
    QTest::newRow("id only") << QString() << u"id"_s << QString() << false;
    QTest::newRow("secret only") << QString() << QString() << u"Zq9-hidden-value"_s << false;
}

void tst_ApiRoots::credentialsFromValues()
{
    QFETCH(QString, bearer);
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QString error;
    const auto credentials = Credentials::fromValues(bearer, id, secret, &error);
    QCOMPARE(credentials.has_value(), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (credentials) {
        QVERIFY(!credentials->describe().contains(u"secret"_s));
    } else {
        QVERIFY(!error.contains(secret.isEmpty() ? u"\x01"_s : secret)); // no secret in the message
    }
}

void tst_ApiRoots::environment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<int>("method"); // -1 none, 0 bearer, 1 client credentials, 2 error
    QTest::addColumn<QString>("workspace");
    QTest::newRow("nothing") << QStringList{} << -1 << QString();
    QTest::newRow("cloud names") << QStringList{u"AIRBYTE_CLOUD_CLIENT_ID=a"_s, u"AIRBYTE_CLOUD_CLIENT_SECRET=b"_s,
                                                u"AIRBYTE_CLOUD_WORKSPACE_ID=w1"_s} << 1 << u"w1"_s;
    QTest::newRow("aliases") << QStringList{u"AIRBYTE_CLIENT_ID=a"_s, u"AIRBYTE_CLIENT_SECRET=b"_s,
                                            u"AIRBYTE_WORKSPACE_ID=w2"_s} << 1 << u"w2"_s;
    QTest::newRow("cloud name wins") << QStringList{u"AIRBYTE_CLOUD_WORKSPACE_ID=w1"_s, u"AIRBYTE_WORKSPACE_ID=w2"_s,
                                                    u"AIRBYTE_BEARER_TOKEN=t"_s} << 0 << u"w1"_s;
    QTest::newRow("bearer wins") << QStringList{u"AIRBYTE_CLOUD_BEARER_TOKEN=t"_s, u"AIRBYTE_CLOUD_CLIENT_ID=a"_s,
                                                u"AIRBYTE_CLOUD_CLIENT_SECRET=b"_s} << 0 << QString();
    QTest::newRow("half a pair") << QStringList{u"AIRBYTE_CLOUD_CLIENT_ID=a"_s} << 2 << QString();
}

void tst_ApiRoots::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(int, method);
    QFETCH(QString, workspace);
    QProcessEnvironment env;
    for (const QString &v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    const EnvironmentConfig config = EnvironmentConfig::read(env);
    QCOMPARE(config.workspaceId, workspace);
    switch (method) {
    case -1:
        QVERIFY(!config.credentials);
        QVERIFY(config.credentialsError.isEmpty());
        break;
    case 2:
        QVERIFY(!config.credentials);
        QVERIFY(!config.credentialsError.isEmpty());
        break;
    default:
        QVERIFY(config.credentials);
        QCOMPARE(config.credentials->method() == Credentials::Method::BearerToken, method == 0);
    }
}

QTEST_GUILESS_MAIN(tst_ApiRoots)
#include "tst_ApiRoots.moc"

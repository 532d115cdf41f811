// The server itself: command line, start-up line, seeds and scale, asynchronous latency,
// and each injected fault.
#include "SandboxFixture.h"

#include "sandbox/SandboxOptions.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::sandbox::SandboxOptions;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsParse();
    void optionsRejected_data();
    void optionsRejected();
    void executablePrintsListeningLine();
    void scaleSeed();
    void latencyIsAsynchronous();
    void concurrentRequests();
    void sharedCatalog();
    void faults_data();
    void faults();
    void faultSeedReplays();
};

void tst_SandboxServer::optionsParse()
{
    QString error;
    const auto options = SandboxOptions::parse({u"--port"_s, u"0"_s, u"--faults"_s, u"429:0.05,reset:0.01"_s,
                                                u"--scale"_s, u"connections=10,sources=2"_s, u"--token-ttl=30"_s},
                                               &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->faults.value(u"429"_s), 0.05);
    QCOMPARE(options->faults.value(u"reset"_s), 0.01);
    QCOMPARE(options->scale.value(u"connections"_s), 10);
    QCOMPARE(options->tokenTtlSeconds, 30);
    QVERIFY(options->host.isLoopback());
}

void tst_SandboxServer::optionsRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"1"_s};
    QTest::newRow("missing value") << QStringList{u"--port"_s};
    QTest::newRow("bad port") << QStringList{u"--port"_s, u"70000"_s};
    QTest::newRow("bad fault kind") << QStringList{u"--faults"_s, u"418:0.5"_s};
    QTest::newRow("bad fault rate") << QStringList{u"--faults"_s, u"500:2"_s};
    QTest::newRow("bad scale key") << QStringList{u"--scale"_s, u"users=5"_s};
    QTest::newRow("bad seed") << QStringList{u"--seed"_s, u"huge"_s};
    QTest::newRow("bad failure rate") << QStringList{u"--job-failure-rate"_s, u"-1"_s};
}

void tst_SandboxServer::optionsRejected()
{
    QFETCH(QStringList, arguments);
    QString error;
    QVERIFY(!SandboxOptions::parse(arguments, &error));
    QVERIFY(!error.isEmpty());
}

void tst_SandboxServer::executablePrintsListeningLine()
{
    QProcess process;
    process.start(QStringLiteral(AIRDESK_SANDBOX_EXE), {u"--port"_s, u"0"_s, u"--seed"_s, u"empty"_s});
    QVERIFY(process.waitForStarted());
    QVERIFY(process.waitForReadyRead(10000));
    while (!process.canReadLine() && process.waitForReadyRead(5000)) {
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"airdesk-sandbox listening on http://127.0.0.1:"_s), qPrintable(line));
    const QUrl url(line.section(u' ', 3));
    QVERIFY(url.port() > 0);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url.toString() + u"/api/public/v1/health"_s)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    process.kill();
    process.waitForFinished();

    QProcess bad;
    bad.start(QStringLiteral(AIRDESK_SANDBOX_EXE), {u"--nonsense"_s, u"1"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("Unknown option"));
}

void tst_SandboxServer::scaleSeed()
{
    SandboxFixture f({u"--scale"_s, u"connections=300,sources=40,destinations=7,jobs=500"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    auto &store = f.server().context().store;
    QCOMPARE(store.connections.size(), 300);
    QCOMPARE(store.sources.size(), 40);
    QCOMPARE(store.destinations.size(), 7);
    QCOMPARE(store.jobs.size(), 500);
    const QJsonObject page = f.call("GET", u"/connections?limit=100&offset=200"_s).object();
    QCOMPARE(page.value(u"data"_s).toArray().size(), 100);
}

void tst_SandboxServer::latencyIsAsynchronous()
{
    SandboxFixture f({u"--latency-ms"_s, u"400"_s, u"--seed"_s, u"empty"_s});
    QVERIFY(f.isRunning());
    const QString token = f.token();
    // Four requests in parallel: with asynchronous delays they finish together, not one after another.
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(f.publicUrl(u"/workspaces"_s));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        replies.append(network.get(request));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed))); // serial would be >= 1600
}

void tst_SandboxServer::concurrentRequests()
{
    // QHttpServer 6.4 is a technical preview: hold it to many requests in flight at once,
    // creates and reads interleaved, with asynchronous latency.
    SandboxFixture f({u"--latency-ms"_s, u"30"_s, u"--seed"_s, u"empty"_s, u"--bearer-token"_s, u"t"_s});
    QVERIFY(f.isRunning());
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    const int count = 60;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(f.publicUrl(i % 2 ? u"/sources"_s : u"/workspaces"_s));
        request.setRawHeader("Authorization", "Bearer t");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (i % 2) {
            const QJsonObject body{{u"name"_s, u"Source %1"_s.arg(i)}, {u"workspaceId"_s, f.workspaceId()},
                                   {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}};
            replies.append(network.post(request, QJsonDocument(body).toJson()));
        } else {
            replies.append(network.get(request));
        }
    }
    int ok = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
        delete reply;
    }
    QCOMPARE(ok, count);
    QCOMPARE(f.server().context().store.sources.size(), count / 2);
}

void tst_SandboxServer::sharedCatalog()
{
    const QString dir = QStringLiteral(AIRDESK_SHARED_DIR "/connectors");
    if (!QFileInfo::exists(dir + u"/catalog.json"_s))
        QSKIP("No shared connector catalog at " AIRDESK_SHARED_DIR "/connectors; --catalog not exercised");
    SandboxFixture f({u"--catalog"_s, dir, u"--seed"_s, u"demo"_s});
    QVERIFY2(f.isRunning(), qPrintable(f.startError()));
    const QJsonArray defs = f.config(u"/source_definitions/list_for_workspace"_s, {{u"workspaceId"_s, f.workspaceId()}})
                                .object().value(u"sourceDefinitions"_s).toArray();
    QVERIFY2(defs.size() > 400, qPrintable(QString::number(defs.size())));
    // A real connector's spec is served, and a source can be created from it by type name.
    const HttpReply spec = f.config(u"/source_definition_specifications/get"_s,
                                    {{u"sourceDefinitionId"_s, u"dfd88b22-b603-4c3d-aad7-3701784586b1"_s},
                                     {u"workspaceId"_s, f.workspaceId()}});
    QCOMPARE(spec.status, 200);
    QVERIFY(spec.object().value(u"connectionSpecification"_s).toObject().value(u"properties"_s).toObject()
                .contains(u"count"_s));
    const HttpReply created = f.call("POST", u"/sources"_s,
                                     {{u"name"_s, u"Faker"_s}, {u"workspaceId"_s, f.workspaceId()},
                                      {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}, {u"count"_s, 10}}}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(u"sourceType"_s).toString(), u"faker"_s);
}

void tst_SandboxServer::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << u"429"_s << 429;
    QTest::newRow("500") << u"500"_s << 500;
    QTest::newRow("502") << u"502"_s << 502;
    QTest::newRow("503") << u"503"_s << 503;
    QTest::newRow("504") << u"504"_s << 504;
    QTest::newRow("malformed") << u"malformed"_s << 200;
    QTest::newRow("reset") << u"reset"_s << 0;
    QTest::newRow("timeout") << u"timeout"_s << 0;
}

void tst_SandboxServer::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    SandboxFixture f({u"--faults"_s, fault + u":1"_s, u"--seed"_s, u"empty"_s, u"--bearer-token"_s, u"t"_s});
    QVERIFY(f.isRunning());
    const HttpReply reply = f.send("GET", f.publicUrl(u"/workspaces"_s), {}, {}, u"t"_s, 1500);
    QCOMPARE(reply.status, status);
    if (fault == u"429"_s) {
        QCOMPARE(reply.object().value(u"message"_s).toString(), u"You are being rate limited."_s);
    } else if (fault == u"malformed"_s) {
        QJsonParseError error{};
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    } else if (status == 0) {
        QVERIFY(!reply.networkError.isEmpty());
    } else if (fault == u"502"_s || fault == u"504"_s) {
        QVERIFY(reply.contentType.startsWith("text/html"));
    } else {
        QCOMPARE(reply.object().value(u"status"_s).toInt(), status);
    }
}

void tst_SandboxServer::faultSeedReplays()
{
    auto sequence = [](quint32 seed) {
        SandboxFixture f({u"--faults"_s, u"500:0.5"_s, u"--fault-seed"_s, QString::number(seed), u"--seed"_s, u"empty"_s,
                          u"--bearer-token"_s, u"t"_s});
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses.append(f.send("GET", f.publicUrl(u"/workspaces"_s), {}, {}, u"t"_s).status);
        return statuses;
    };
    const QList<int> a = sequence(7);
    QCOMPARE(sequence(7), a);
    QVERIFY(a.contains(500));
    QVERIFY(a.contains(200));
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_SandboxServer.moc"

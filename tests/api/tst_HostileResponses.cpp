// What a hostile or broken server can send: JSON nested far deeper than any parser should
// follow, a page with tens of thousands of rows, a 50 MB job log, names full of control
// characters, right-to-left marks and HTML. No crash, no hang, values kept as plain text.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/ActorService.h"
#include "api/services/JobService.h"
#include "core/manifest/YamlToJson.h"
#include "core/spec/ConfigValidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;

namespace {

/// A plain HTTP server on 127.0.0.1 that answers every request with the same JSON body.
class CannedServer final
{
public:
    explicit CannedServer(QByteArray body)
        : m_body(std::move(body))
    {
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    // Read the request body (if any) before answering.
                    const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
                    const qsizetype length =
                        lengthAt < 0 ? 0 : buffer->mid(lengthAt + 15, buffer->indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    buffer->clear();
                    ++m_requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\n\r\n");
                    socket->write(m_body);
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }
    bool isListening() const { return m_listening; }
    QString root() const { return u"http://127.0.0.1:%1/api/public/v1"_s.arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_body;
    int m_requests = 0;
    bool m_listening = false;
};

std::unique_ptr<api::ApiClient> clientFor(const CannedServer &server)
{
    const auto roots = api::ApiRoots::make(server.root());
    auto client = std::make_unique<api::ApiClient>(*roots, api::Credentials::bearer(u"t"_s));
    client->setRetryPolicy({0, 10, 10});
    return client;
}

/// Largest pause of the event loop while it lives.
class LoopWatch final
{
public:
    LoopWatch()
    {
        m_clock.start();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { m_maxGap = std::max(m_maxGap, m_clock.restart()); });
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
};

const QString kHostileName = u"<b>bold</b><img src=\"http://evil.invalid/x.png\"> \u202Egnp.exe\u200F \x1b[2J\x07\r\nnext"_s;

} // namespace

class tst_HostileResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deeplyNestedJsonIsAnError();
    void deeplyNestedYamlIsAnError();
    void deeplyNestedSchemaIsCapped();
    void hugePage();
    void fiftyMegabyteLog();
    void hostileNamesStayText();
};

void tst_HostileResponses::deeplyNestedJsonIsAnError()
{
    // 200 000 levels: a recursive parser without a limit would overflow the stack.
    CannedServer server(QByteArray(200000, '[') + QByteArray(200000, ']'));
    QVERIFY(server.isListening());
    auto client = clientFor(server);
    const auto r = test::callAndWait(*client, api::ApiRequest::get(u"/workspaces"_s));
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(r.error.message().contains(u"JSON"_s), qPrintable(r.error.message()));
}

void tst_HostileResponses::deeplyNestedYamlIsAnError()
{
    manifest::YamlError error;
    // Flow sequences 300 deep: past the converter's limit of 256, within what yaml-cpp parses.
    QVERIFY(!manifest::YamlToJson::parse(QByteArray(300, '[') + QByteArray(300, ']'), &error));
    QVERIFY2(error.message.contains(u"deep"_s, Qt::CaseInsensitive) || error.message.contains(u"nest"_s, Qt::CaseInsensitive),
             qPrintable(error.toString()));
}

void tst_HostileResponses::deeplyNestedSchemaIsCapped()
{
    QJsonObject schema{{u"type"_s, u"string"_s}};
    QJsonValue config = u"leaf"_s;
    for (int i = 0; i < 500; ++i) {
        schema = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{{u"a"_s, schema}}}};
        config = QJsonObject{{u"a"_s, config}};
    }
    const auto issues = spec::ConfigValidator::validate(schema, config);
    QVERIFY(!issues.isEmpty()); // it says it stopped, rather than recursing 500 levels
}

void tst_HostileResponses::hugePage()
{
    // A server that ignores limit=100 and sends 20 000 rows in one page: a clear error, at once.
    constexpr int kRows = 20000;
    QJsonArray data;
    for (int i = 0; i < kRows; ++i)
        data.append(QJsonObject{{u"sourceId"_s, u"id-%1"_s.arg(i)},
                                {u"name"_s, u"Source %1"_s.arg(i)},
                                {u"sourceType"_s, u"faker"_s},
                                {u"workspaceId"_s, u"w"_s}});
    CannedServer server(QJsonDocument(QJsonObject{{u"data"_s, data}, {u"next"_s, u""_s}}).toJson(QJsonDocument::Compact));
    QVERIFY(server.isListening());
    auto client = clientFor(server);
    api::ActorService sources(client.get(), u"w"_s, domain::ActorKind::Source);
    QElapsedTimer timer;
    timer.start();
    LoopWatch watch;
    const auto listed = test::awaitList<domain::Actor>(
        [&sources](const QObject *context, api::RowsCallback<domain::Actor> rows, api::ListDoneCallback done) {
            sources.list({}, context, std::move(rows), std::move(done));
        },
        120000);
    // Regression: a page longer than the limit used to leave the list loading forever.
    QVERIFY(listed.done);
    QCOMPARE(listed.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(listed.error.message().contains(u"20000 rows"_s), qPrintable(listed.error.message()));
    QCOMPARE(listed.rows.size(), 0); // nothing half-applied
    QCOMPARE(server.requests(), 1);
    std::printf("hugePage: %d rows (%lld bytes) in %lld ms, longest event-loop pause %lld ms\n", kRows,
                static_cast<long long>(QJsonDocument(data).toJson(QJsonDocument::Compact).size()),
                static_cast<long long>(timer.elapsed()), static_cast<long long>(watch.maxGapMs()));
}

void tst_HostileResponses::fiftyMegabyteLog()
{
    // Config API /jobs/get with one attempt whose log is 50 MB of lines.
    constexpr int kLines = 600000;
    const QString line = u"2024-01-01 00:00:00 INFO i.a.w.g.DefaultReplicationWorker(run):123 - Records read: 0000000"_s;
    QJsonArray lines;
    for (int i = 0; i < kLines; ++i)
        lines.append(line);
    const QJsonObject body{
        {u"job"_s, QJsonObject{{u"id"_s, 7}, {u"configType"_s, u"sync"_s}, {u"configId"_s, u"c"_s},
                               {u"status"_s, u"succeeded"_s}, {u"createdAt"_s, 1700000000}, {u"updatedAt"_s, 1700000100}}},
        {u"attempts"_s, QJsonArray{QJsonObject{
                            {u"attempt"_s, QJsonObject{{u"id"_s, 0}, {u"status"_s, u"succeeded"_s},
                                                       {u"createdAt"_s, 1700000000}, {u"updatedAt"_s, 1700000100}}},
                            {u"logs"_s, QJsonObject{{u"logLines"_s, lines}}}}}}};
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QVERIFY(json.size() > 50'000'000);
    CannedServer server(json);
    QVERIFY(server.isListening());
    auto client = clientFor(server);
    api::JobService jobs(client.get(), u"w"_s);
    QElapsedTimer timer;
    timer.start();
    LoopWatch watch;
    QObject context;
    QString text;
    ApiError error;
    bool done = false;
    jobs.logText(7, 0, &context, [&](const QString &log, const ApiError &e) {
        text = log;
        error = e;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 120000));
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(text.size() >= qsizetype(kLines) * line.size());
    QCOMPARE(text.count(u'\n') + 1 >= kLines, true);
    // The body is parsed and its log joined on a worker thread. Baseline, measured here in the
    // same process (so the machine's speed and any sanitizer slow both alike): the same work done
    // on the GUI thread, as it was before — parse, read the job, join the log. The event loop
    // must never pause for even half of that (Debug build: ~45 ms pause against ~400 ms).
    QElapsedTimer baselineClock;
    baselineClock.start();
    const QJsonDocument parsed = QJsonDocument::fromJson(json);
    const std::optional<domain::JobInfo> info = domain::JobInfo::fromJson(parsed.object(), nullptr);
    QVERIFY(info && !info->attempts.isEmpty());
    QCOMPARE(domain::fullLogText(info->attempts.first()).size(), text.size());
    const qint64 baselineMs = baselineClock.elapsed();
    std::printf("fiftyMegabyteLog: %lld bytes, answer after %lld ms, longest event-loop pause %lld ms; "
                "the same work on the GUI thread %lld ms\n",
                static_cast<long long>(json.size()), static_cast<long long>(timer.elapsed()),
                static_cast<long long>(watch.maxGapMs()), static_cast<long long>(baselineMs));
    QVERIFY2(watch.maxGapMs() * 2 < baselineMs,
             qPrintable(u"pause %1 ms, baseline %2 ms"_s.arg(watch.maxGapMs()).arg(baselineMs)));
}

void tst_HostileResponses::hostileNamesStayText()
{
    const QJsonObject actor{{u"sourceId"_s, u"s1"_s}, {u"name"_s, kHostileName}, {u"sourceType"_s, u"faker"_s},
                            {u"workspaceId"_s, u"w"_s}};
    CannedServer server(QJsonDocument(actor).toJson(QJsonDocument::Compact));
    QVERIFY(server.isListening());
    auto client = clientFor(server);
    api::ActorService sources(client.get(), u"w"_s, domain::ActorKind::Source);
    const auto got = test::await<domain::Actor>(
        [&sources](const QObject *context, api::ResultCallback<domain::Actor> callback) {
            sources.get(u"s1"_s, context, std::move(callback));
        });
    QVERIFY(got.done);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.message()));
    // Byte for byte what the server sent: nothing stripped, nothing interpreted.
    QCOMPARE(got.value.name, kHostileName);
}

QTEST_GUILESS_MAIN(tst_HostileResponses)
#include "tst_HostileResponses.moc"

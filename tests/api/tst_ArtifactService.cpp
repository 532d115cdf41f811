// ArtifactService against the sandbox: connection state (not set, then per-stream after a
// sync; one stream's state; replaced, and refused with 423 while a sync runs), the configured
// catalog, and replacing it.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/ArtifactService.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::ArtifactService;
using airdesk::domain::ConnectionState;
using airdesk::test::SandboxFixture;
using airdesk::test::await;

namespace {

const QString kUnknownConnection = u"00000000-0000-0000-0000-000000000000"_s;

} // namespace

class tst_ArtifactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateNotSetBeforeFirstSync();
    void streamStateAfterSync();
    void unknownConnection();
    void replaceStateRoundTrip();
    void replaceStateIsNeverRetried();
    void lockedStateIsExplained();
    void catalog();
    void replaceCatalog();

private:
    QString newConnection();
    std::unique_ptr<SandboxFixture> m_f;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<ArtifactService> m_service;
    QObject m_context;
    QString m_sourceId;
    QString m_destinationId;
};

void tst_ArtifactService::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s, u"--job-failure-rate"_s, u"0"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    m_client = test::makeClient(*m_f);
    m_service = std::make_unique<ArtifactService>(m_client.get(), m_f->workspaceId());
    m_sourceId = test::createFakerSource(*m_f);
    m_destinationId = test::createDuckDbDestination(*m_f);
    QVERIFY(!m_sourceId.isEmpty());
    QVERIFY(!m_destinationId.isEmpty());
}

QString tst_ArtifactService::newConnection()
{
    return test::createConnection(*m_f, m_sourceId, m_destinationId, u"State"_s);
}

void tst_ArtifactService::stateNotSetBeforeFirstSync()
{
    const QString id = newConnection();
    const auto r = await<ConnectionState>([&](auto cb) { m_service->state(id, &m_context, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.stateType, ConnectionState::Type::NotSet);
    QCOMPARE(r.value.connectionId, id);
    QVERIFY(!r.value.supportsStreamEdits());
    using Stream = std::optional<ConnectionState::StreamState>;
    const auto s = await<Stream>([&](auto cb) { m_service->streamState(id, u"users"_s, {}, &m_context, cb); });
    QVERIFY(s.done);
    QVERIFY(!s.error.isError());
    QVERIFY(!s.value.has_value());
}

void tst_ArtifactService::streamStateAfterSync()
{
    const QString id = newConnection();
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}}).status, 200);
    m_f->advance(120);
    const auto r = await<ConnectionState>([&](auto cb) { m_service->state(id, &m_context, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.value.stateType, ConnectionState::Type::Stream);
    QVERIFY(!r.value.streams.isEmpty());
    // The state is kept exactly as sent, so it can be exported and imported unchanged.
    QCOMPARE(r.value.toJson(), m_f->config(u"/state/get"_s, {{u"connectionId"_s, id}}).object());

    const ConnectionState::StreamState first = r.value.streams.first();
    using Stream = std::optional<ConnectionState::StreamState>;
    const auto s = await<Stream>([&](auto cb) {
        m_service->streamState(id, first.name, first.streamNamespace, &m_context, cb);
    });
    QVERIFY(!s.error.isError());
    QVERIFY(s.value.has_value());
    QCOMPARE(s.value->name, first.name);
    QVERIFY(!s.value->state.isEmpty());
    const auto none = await<Stream>([&](auto cb) {
        m_service->streamState(id, u"no_such_stream"_s, {}, &m_context, cb);
    });
    QVERIFY(!none.error.isError());
    QVERIFY(!none.value.has_value());
}

void tst_ArtifactService::unknownConnection()
{
    const auto state = await<ConnectionState>([&](auto cb) { m_service->state(kUnknownConnection, &m_context, cb); });
    QCOMPARE(state.error.kind, ApiError::Kind::NotFound);
    QVERIFY(state.error.message().contains(kUnknownConnection));
    const auto catalog = await<QJsonObject>([&](auto cb) { m_service->catalog(kUnknownConnection, &m_context, cb); });
    QCOMPARE(catalog.error.kind, ApiError::Kind::NotFound);
}

void tst_ArtifactService::replaceStateRoundTrip()
{
    const QString id = newConnection();
    QCOMPARE(m_f->call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}}).status, 200);
    m_f->advance(120);
    ConnectionState state = await<ConnectionState>([&](auto cb) { m_service->state(id, &m_context, cb); }).value;
    QCOMPARE(state.stateType, ConnectionState::Type::Stream);
    // Export, change one stream's cursor, import: what is read back is what was written.
    QJsonObject exported = state.toJson();
    QJsonArray streams = exported.value(u"streamState"_s).toArray();
    QJsonObject first = streams.first().toObject();
    first.insert(u"streamState"_s, QJsonObject{{u"updated_at"_s, u"2020-01-01T00:00:00Z"_s}});
    streams.replace(0, first);
    exported.insert(u"streamState"_s, streams);
    const auto edited = ConnectionState::fromJson(exported);
    QVERIFY(edited);
    const int before = m_client->requestsSent();
    const auto r = await<ConnectionState>([&](auto cb) { m_service->replaceState(id, *edited, &m_context, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(m_client->requestsSent() - before, 1);
    const QJsonObject readBack = m_f->config(u"/state/get"_s, {{u"connectionId"_s, id}}).object();
    QCOMPARE(readBack.value(u"streamState"_s).toArray().first().toObject().value(u"streamState"_s).toObject()
                 .value(u"updated_at"_s).toString(),
             u"2020-01-01T00:00:00Z"_s);
}

void tst_ArtifactService::replaceStateIsNeverRetried()
{
    SandboxFixture f({u"--faults"_s, u"503:1"_s, u"--bearer-token"_s, u"t"_s, u"--seed"_s, u"empty"_s});
    QVERIFY(f.isRunning());
    auto client = test::makeBearerClient(f, u"t"_s);
    ArtifactService service(client.get(), f.workspaceId());
    QObject context;
    QString why;
    const auto state = ConnectionState::fromJson(
        {{u"connectionId"_s, kUnknownConnection},
         {u"stateType"_s, u"stream"_s},
         {u"streamState"_s, QJsonArray{QJsonObject{{u"streamDescriptor"_s, QJsonObject{{u"name"_s, u"users"_s}}},
                                                   {u"streamState"_s, QJsonObject{{u"updated_at"_s, u"2024"_s}}}}}}},
        &why);
    QVERIFY2(state.has_value(), qPrintable(why));
    const auto r = await<ConnectionState>([&](auto cb) {
        service.replaceState(kUnknownConnection, *state, &context, cb);
    });
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(client->requestsSent(), 1);
    // Reading the state under the same faults is retried: only the write is held back.
    const auto read = await<ConnectionState>([&](auto cb) { service.state(kUnknownConnection, &context, cb); });
    QCOMPARE(read.error.httpStatus, 503);
    QCOMPARE(client->requestsSent(), 1 + 4);
}

void tst_ArtifactService::lockedStateIsExplained()
{
    SandboxFixture f({u"--seed"_s, u"demo"_s, u"--job-duration-ms"_s, u"60000"_s});
    QVERIFY(f.isRunning());
    auto client = test::makeClient(f);
    ArtifactService service(client.get(), f.workspaceId());
    QObject context;
    const QString id = f.call("GET", u"/connections?limit=1"_s).object().value(u"data"_s).toArray().first().toObject()
                           .value(u"connectionId"_s).toString();
    QCOMPARE(f.call("POST", u"/jobs"_s, {{u"connectionId"_s, id}, {u"jobType"_s, u"sync"_s}}).status, 200);
    const auto state = ConnectionState::fromJson({{u"connectionId"_s, id}, {u"stateType"_s, u"not_set"_s}});
    QVERIFY(state);
    const int before = client->requestsSent();
    const auto r = await<ConnectionState>([&](auto cb) { service.replaceState(id, *state, &context, cb); });
    QVERIFY(r.done);
    QCOMPARE(r.error.kind, ApiError::Kind::Conflict);
    QCOMPARE(r.error.httpStatus, 423);
    QVERIFY2(r.error.message().startsWith(u"The state cannot be replaced while a sync is running"_s),
             qPrintable(r.error.message()));
    QVERIFY(r.error.detail.contains(u"sync is running"_s)); // the server's words stay
    QCOMPARE(client->requestsSent() - before, 1);
}

void tst_ArtifactService::catalog()
{
    const QString id = newConnection();
    const auto r = await<QJsonObject>([&](auto cb) { m_service->catalog(id, &m_context, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    const QJsonArray streams = r.value.value(u"streams"_s).toArray();
    QVERIFY(!streams.isEmpty());
    const QJsonObject first = streams.first().toObject();
    QVERIFY(first.value(u"stream"_s).toObject().contains(u"name"_s));
    QVERIFY(first.value(u"config"_s).toObject().contains(u"syncMode"_s));
    const QJsonObject raw = m_f->config(u"/web_backend/connections/get"_s, {{u"connectionId"_s, id}}).object();
    QCOMPARE(r.value, raw.value(u"syncCatalog"_s).toObject());
}

void tst_ArtifactService::replaceCatalog()
{
    const QString id = newConnection();
    QJsonObject catalog = await<QJsonObject>([&](auto cb) { m_service->catalog(id, &m_context, cb); }).value;
    QJsonArray streams = catalog.value(u"streams"_s).toArray();
    QVERIFY(streams.size() >= 2);
    // De-select every stream but the first.
    for (qsizetype i = 1; i < streams.size(); ++i) {
        QJsonObject s = streams.at(i).toObject();
        QJsonObject config = s.value(u"config"_s).toObject();
        config.insert(u"selected"_s, false);
        s.insert(u"config"_s, config);
        streams.replace(i, s);
    }
    catalog.insert(u"streams"_s, streams);
    const int before = m_client->requestsSent();
    const auto r = await<QJsonObject>([&](auto cb) { m_service->replaceCatalog(id, catalog, &m_context, cb); });
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(m_client->requestsSent() - before, 1);
    const QJsonObject connection = m_f->call("GET", u"/connections/"_s + id).object();
    QCOMPARE(connection.value(u"configurations"_s).toObject().value(u"streams"_s).toArray().size(), 1);
    // Nothing selected is refused, and the connection keeps its streams.
    for (qsizetype i = 0; i < streams.size(); ++i) {
        QJsonObject s = streams.at(i).toObject();
        QJsonObject config = s.value(u"config"_s).toObject();
        config.insert(u"selected"_s, false);
        s.insert(u"config"_s, config);
        streams.replace(i, s);
    }
    catalog.insert(u"streams"_s, streams);
    const auto none = await<QJsonObject>([&](auto cb) { m_service->replaceCatalog(id, catalog, &m_context, cb); });
    QCOMPARE(none.error.httpStatus, 422);
    QCOMPARE(m_f->call("GET", u"/connections/"_s + id).object().value(u"configurations"_s).toObject()
                 .value(u"streams"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ArtifactService)
#include "tst_ArtifactService.moc"

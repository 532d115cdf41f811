// DeclarativeDefinitionService against the sandbox: manifest pre-validation (nothing is sent
// for a bad manifest), duplicate names, versions on update, testing values stored masked and
// never logged, safe-mode deletes and the Connector Builder link.
#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include "api/services/DeclarativeDefinitionService.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;
using airdesk::api::ApiError;
using airdesk::api::DeclarativeDefinitionService;
using airdesk::domain::DeclarativeDefinition;
using airdesk::test::SandboxFixture;
using airdesk::test::await;
using airdesk::test::awaitDone;
using Options = airdesk::api::DeclarativeDefinitionService::PublishOptions;

namespace {

const QString kSecret = u"testing-secret-4711"_s;

QJsonObject retriever()
{
    return {{u"type"_s, u"SimpleRetriever"_s},
            {u"requester"_s, QJsonObject{{u"type"_s, u"HttpRequester"_s}, {u"url_base"_s, u"https://api.example.invalid"_s}}},
            {u"record_selector"_s,
             QJsonObject{{u"type"_s, u"RecordSelector"_s},
                         {u"extractor"_s, QJsonObject{{u"type"_s, u"DpathExtractor"_s}, {u"field_path"_s, QJsonArray()}}}}}};
}

QJsonObject sampleManifest(const QString &streamName = u"items"_s)
{
    const QJsonObject apiKey{{u"type"_s, u"string"_s}, {u"airbyte_secret"_s, true}};
    const QJsonObject schema{{u"type"_s, u"object"_s},
                             {u"required"_s, QJsonArray{u"api_key"_s}},
                             {u"properties"_s, QJsonObject{{u"api_key"_s, apiKey},
                                                           {u"region"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    return {{u"version"_s, u"6.44.0"_s},
            {u"type"_s, u"DeclarativeSource"_s},
            {u"check"_s, QJsonObject{{u"type"_s, u"CheckStream"_s}, {u"stream_names"_s, QJsonArray{streamName}}}},
            {u"streams"_s, QJsonArray{QJsonObject{{u"type"_s, u"DeclarativeStream"_s}, {u"name"_s, streamName},
                                                  {u"retriever"_s, retriever()}}}},
            {u"spec"_s, QJsonObject{{u"type"_s, u"Spec"_s},
                                    {u"documentation_url"_s, u"https://example.com/docs"_s},
                                    {u"connection_specification"_s, schema},
                                    {u"advanced_auth"_s, QJsonObject{{u"auth_flow_type"_s, u"oauth2.0"_s},
                                                                     {u"predicate_key"_s, QJsonArray{u"auth"_s}}}}}}};
}

/// Every log line of the process while alive, with the client's categories on.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(u"airdesk.api.*=true"_s);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const { return s_lines.join(u'\n'); }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines.append(message); }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class tst_DeclarativeDefinitionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateManifest_data();
    void validateManifest();
    void invalidManifestSendsNothing_data();
    void invalidManifestSendsNothing();
    void publishListGet();
    void duplicateNameRefused();
    void withoutPreValidationTheServerDecides();
    void fullValidationWhereTheSchemaIsSet();
    void updateMakesNewVersion();
    void testingValuesStoredMaskedAndNeverLogged();
    void builderSpecIsCamelCase();
    void safeModeDelete();
    void builderProjectUrl();
    void unknownDefinition();

private:
    DeclarativeDefinition publish(const QString &name, const Options &options = {});
    std::unique_ptr<SandboxFixture> m_f;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<DeclarativeDefinitionService> m_service;
    QObject m_context;
};

void tst_DeclarativeDefinitionService::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    m_client = test::makeClient(*m_f);
    m_service = std::make_unique<DeclarativeDefinitionService>(m_client.get(), m_f->workspaceId());
}

DeclarativeDefinition tst_DeclarativeDefinitionService::publish(const QString &name, const Options &options)
{
    const auto r = await<DeclarativeDefinition>([&](auto cb) {
        m_service->publish(name, sampleManifest(), options, &m_context, cb);
    });
    if (r.error.isError())
        qWarning("%s", qPrintable(r.error.message()));
    return r.value;
}

void tst_DeclarativeDefinitionService::validateManifest_data()
{
    QTest::addColumn<QJsonObject>("manifest");
    QTest::addColumn<QString>("mentions"); // empty: valid
    const QJsonObject good = sampleManifest();
    auto without = [&good](const QString &key) {
        QJsonObject m = good;
        m.remove(key);
        return m;
    };
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject m = good;
        m.insert(key, value);
        return m;
    };
    QJsonObject noConnectionSpec = good;
    noConnectionSpec.insert(u"spec"_s, QJsonObject{{u"type"_s, u"Spec"_s}});
    QJsonObject dynamicOnly = without(u"streams"_s);
    dynamicOnly.insert(u"dynamic_streams"_s, QJsonArray{});
    QTest::newRow("valid") << good << QString();
    QTest::newRow("dynamic streams") << dynamicOnly << QString();
    QTest::newRow("empty") << QJsonObject() << u"empty"_s;
    QTest::newRow("no version") << without(u"version"_s) << u"\"version\""_s;
    QTest::newRow("version not text") << with(u"version"_s, 6) << u"\"version\""_s;
    QTest::newRow("no type") << without(u"type"_s) << u"\"type\""_s;
    QTest::newRow("wrong type") << with(u"type"_s, u"DeclarativeDestination"_s) << u"DeclarativeDestination"_s;
    QTest::newRow("no spec") << without(u"spec"_s) << u"\"spec\""_s;
    QTest::newRow("no connection_specification") << noConnectionSpec << u"connection_specification"_s;
    QTest::newRow("no streams") << without(u"streams"_s) << u"dynamic_streams"_s;
    QTest::newRow("streams not a list") << with(u"streams"_s, QJsonObject()) << u"\"streams\""_s;
}

void tst_DeclarativeDefinitionService::validateManifest()
{
    QFETCH(QJsonObject, manifest);
    QFETCH(QString, mentions);
    const ApiError error = DeclarativeDefinitionService::validateManifest(manifest);
    if (mentions.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        return;
    }
    QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.detail.contains(mentions), qPrintable(error.detail));
}

void tst_DeclarativeDefinitionService::invalidManifestSendsNothing_data()
{
    validateManifest_data();
}

void tst_DeclarativeDefinitionService::invalidManifestSendsNothing()
{
    QFETCH(QJsonObject, manifest);
    QFETCH(QString, mentions);
    if (mentions.isEmpty())
        QSKIP("valid manifests are published elsewhere");
    const int before = m_client->requestsSent();
    bool answeredInsideTheCall = false;
    const auto r = await<DeclarativeDefinition>([&](auto cb) {
        auto answered = std::make_shared<bool>(false);
        m_service->publish(u"Bad manifest"_s, manifest, {}, &m_context,
                           [cb, answered](const DeclarativeDefinition &d, const ApiError &e) {
                               *answered = true;
                               cb(d, e);
                           });
        answeredInsideTheCall = *answered;
    });
    QVERIFY(r.done);
    QVERIFY(!answeredInsideTheCall); // like every answer, it comes on a later event-loop turn
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(r.value.id.isEmpty());
    const auto u = await<DeclarativeDefinition>([&](auto cb) {
        m_service->update(u"18dccc91-0ab1-4f72-9ed7-0b8fc27c5826"_s, manifest, &m_context, cb);
    });
    QCOMPARE(u.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(m_client->requestsSent(), before); // neither the list, nor a create, nor a PUT
}

void tst_DeclarativeDefinitionService::publishListGet()
{
    const DeclarativeDefinition d = publish(u"Items API"_s);
    QVERIFY(!d.id.isEmpty());
    QCOMPARE(d.name, u"Items API"_s);
    QCOMPARE(d.version, 1);
    QCOMPARE(d.manifest, sampleManifest());

    const auto list = await<QList<DeclarativeDefinition>>([&](auto cb) { m_service->list(&m_context, cb); });
    QVERIFY(!list.error.isError());
    QVERIFY(std::any_of(list.value.begin(), list.value.end(), [&d](const auto &x) { return x.id == d.id; }));
    const auto got = await<DeclarativeDefinition>([&](auto cb) { m_service->get(d.id, &m_context, cb); });
    QVERIFY(!got.error.isError());
    QCOMPARE(got.value.name, d.name);
    QCOMPARE(got.value.version, 1);

    // A name is required, and nothing is sent without one.
    const int before = m_client->requestsSent();
    const auto unnamed = await<DeclarativeDefinition>([&](auto cb) {
        m_service->publish(u"  "_s, sampleManifest(), {}, &m_context, cb);
    });
    QCOMPARE(unnamed.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(m_client->requestsSent(), before);
}

void tst_DeclarativeDefinitionService::duplicateNameRefused()
{
    QVERIFY(!publish(u"Twice"_s).id.isEmpty());
    const auto count = [this] {
        return await<QList<DeclarativeDefinition>>([&](auto cb) { m_service->list(&m_context, cb); }).value.size();
    };
    const qsizetype before = count();
    const int sent = m_client->requestsSent();
    const auto again = await<DeclarativeDefinition>([&](auto cb) {
        m_service->publish(u"Twice"_s, sampleManifest(), {}, &m_context, cb);
    });
    QCOMPARE(again.error.kind, ApiError::Kind::Conflict);
    QVERIFY(again.error.detail.contains(u"Twice"_s));
    QCOMPARE(m_client->requestsSent() - sent, 1); // the list only, no create
    QCOMPARE(count(), before);

    Options allowDuplicates;
    allowDuplicates.unique = false;
    QVERIFY(!publish(u"Twice"_s, allowDuplicates).id.isEmpty());
    QCOMPARE(count(), before + 1);
}

void tst_DeclarativeDefinitionService::withoutPreValidationTheServerDecides()
{
    QJsonObject noSpec = sampleManifest();
    noSpec.remove(u"spec"_s);
    Options options;
    options.preValidate = false;
    const int sent = m_client->requestsSent();
    const auto r = await<DeclarativeDefinition>([&](auto cb) {
        m_service->publish(u"No spec"_s, noSpec, options, &m_context, cb);
    });
    QCOMPARE(r.error.kind, ApiError::Kind::Server); // what the real server does without a spec
    QCOMPARE(m_client->requestsSent() - sent, 2);    // list + create, and the create is not repeated
}

void tst_DeclarativeDefinitionService::fullValidationWhereTheSchemaIsSet()
{
    const QString path = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
    if (!QFile::exists(path))
        QSKIP("No declarative component schema at " AIRDESK_SHARED_DIR "/airbyte");
    QString error;
    const auto schema = manifest::DeclarativeSchema::fromFile(path, &error);
    QVERIFY2(schema, qPrintable(error));
    // Passes the structural checks, fails the CDK's: a stream without a retriever.
    QJsonObject noRetriever = sampleManifest();
    QJsonArray streams = noRetriever.value(u"streams"_s).toArray();
    QJsonObject stream = streams.at(0).toObject();
    stream.remove(u"retriever"_s);
    streams[0] = stream;
    noRetriever.insert(u"streams"_s, streams);
    QVERIFY(!DeclarativeDefinitionService::validateManifest(noRetriever).isError());

    m_service->setManifestSchema(schema);
    const int before = m_client->requestsSent();
    const auto refused = await<DeclarativeDefinition>([&](auto cb) {
        m_service->publish(u"Schema checked"_s, noRetriever, {}, &m_context, cb);
    });
    QCOMPARE(refused.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(refused.error.detail.contains(u"streams[0]: missing required property 'retriever'"_s),
             qPrintable(refused.error.detail));
    const auto updateRefused = await<DeclarativeDefinition>([&](auto cb) {
        m_service->update(u"18dccc91-0ab1-4f72-9ed7-0b8fc27c5826"_s, noRetriever, &m_context, cb);
    });
    QCOMPARE(updateRefused.error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(m_client->requestsSent(), before); // nothing was sent
    const DeclarativeDefinition published = publish(u"Schema checked"_s);
    m_service->setManifestSchema(nullptr);
    QVERIFY(!published.id.isEmpty());
}

void tst_DeclarativeDefinitionService::updateMakesNewVersion()
{
    const DeclarativeDefinition d = publish(u"Versioned"_s);
    QCOMPARE(d.version, 1);
    const QJsonObject changed = sampleManifest(u"orders"_s);
    const auto v2 = await<DeclarativeDefinition>([&](auto cb) { m_service->update(d.id, changed, &m_context, cb); });
    QVERIFY2(!v2.error.isError(), qPrintable(v2.error.message()));
    QCOMPARE(v2.value.version, 2);
    QCOMPARE(v2.value.manifest, changed);
    const auto v3 = await<DeclarativeDefinition>([&](auto cb) { m_service->update(d.id, sampleManifest(), &m_context, cb); });
    QCOMPARE(v3.value.version, 3);
    const auto got = await<DeclarativeDefinition>([&](auto cb) { m_service->get(d.id, &m_context, cb); });
    QCOMPARE(got.value.version, 3);
}

void tst_DeclarativeDefinitionService::testingValuesStoredMaskedAndNeverLogged()
{
    LogCapture logs;
    Options options;
    options.testingValues = QJsonObject{{u"api_key"_s, kSecret}, {u"region"_s, u"eu"_s}};
    const DeclarativeDefinition d = publish(u"With testing values"_s, options);
    QVERIFY(!d.id.isEmpty());

    const QJsonObject project = m_f->config(u"/connector_builder_projects/get_for_definition_id"_s,
                                            {{u"actorDefinitionId"_s, d.id}, {u"workspaceId"_s, m_f->workspaceId()}})
                                    .object();
    const QJsonObject stored = m_f->config(u"/connector_builder_projects/get_with_manifest"_s,
                                           {{u"workspaceId"_s, project.value(u"workspaceId"_s)},
                                            {u"builderProjectId"_s, project.value(u"builderProjectId"_s)}})
                                   .object().value(u"testingValues"_s).toObject();
    QCOMPARE(stored.value(u"region"_s).toString(), u"eu"_s);
    QCOMPARE(stored.value(u"api_key"_s).toString(), u"**********"_s);

    // Replacing them later: the answer is masked too.
    const auto replaced = await<QJsonObject>([&](auto cb) {
        const QJsonObject values{{u"api_key"_s, QString(kSecret + u"-2"_s)}, {u"region"_s, u"us"_s}};
        m_service->setTestingValues(d.id, values, &m_context, cb);
    });
    QVERIFY2(!replaced.error.isError(), qPrintable(replaced.error.message()));
    QCOMPARE(replaced.value.value(u"region"_s).toString(), u"us"_s);
    QCOMPARE(replaced.value.value(u"api_key"_s).toString(), u"**********"_s);

    QVERIFY(logs.text().contains(d.id)); // logging was on
    QVERIFY2(!logs.text().contains(kSecret), qPrintable(logs.text()));
}

void tst_DeclarativeDefinitionService::builderSpecIsCamelCase()
{
    const QJsonObject spec = DeclarativeDefinitionService::builderSpec(sampleManifest());
    QCOMPARE(spec.value(u"documentationUrl"_s).toString(), u"https://example.com/docs"_s);
    QCOMPARE(spec.value(u"connectionSpecification"_s).toObject(),
             sampleManifest().value(u"spec"_s).toObject().value(u"connection_specification"_s).toObject());
    const QJsonObject auth = spec.value(u"advancedAuth"_s).toObject();
    QCOMPARE(auth.value(u"authFlowType"_s).toString(), u"oauth2.0"_s);
    QCOMPARE(auth.value(u"predicateKey"_s).toArray(), QJsonArray{u"auth"_s});
    QVERIFY(!spec.contains(u"documentation_url"_s));
    QJsonObject bare = sampleManifest();
    bare.insert(u"spec"_s, QJsonObject{{u"connection_specification"_s, QJsonObject{}}});
    QCOMPARE(DeclarativeDefinitionService::builderSpec(bare).keys(), QStringList{u"connectionSpecification"_s});
}

void tst_DeclarativeDefinitionService::safeModeDelete()
{
    const DeclarativeDefinition keep = publish(u"Production source"_s);
    const DeclarativeDefinition scratch = publish(u"scratch-DeleteMe"_s);
    QVERIFY(!keep.id.isEmpty() && !scratch.id.isEmpty());

    const ApiError refused = awaitDone([&](auto cb) { m_service->remove(keep.id, true, &m_context, cb); });
    QCOMPARE(refused.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(refused.message().contains(u"Production source"_s), qPrintable(refused.message()));
    QVERIFY(!await<DeclarativeDefinition>([&](auto cb) { m_service->get(keep.id, &m_context, cb); }).error.isError());

    const ApiError allowed = awaitDone([&](auto cb) { m_service->remove(scratch.id, true, &m_context, cb); });
    QVERIFY2(!allowed.isError(), qPrintable(allowed.message()));
    QCOMPARE(await<DeclarativeDefinition>([&](auto cb) { m_service->get(scratch.id, &m_context, cb); }).error.kind,
             ApiError::Kind::NotFound);

    const ApiError forced = awaitDone([&](auto cb) { m_service->remove(keep.id, false, &m_context, cb); });
    QVERIFY(!forced.isError());
    const ApiError gone = awaitDone([&](auto cb) { m_service->remove(keep.id, true, &m_context, cb); });
    QCOMPARE(gone.kind, ApiError::Kind::NotFound);
}

void tst_DeclarativeDefinitionService::builderProjectUrl()
{
    const DeclarativeDefinition d = publish(u"Builder link"_s);
    const auto id = await<QString>([&](auto cb) { m_service->builderProjectId(d.id, &m_context, cb); });
    QVERIFY2(!id.error.isError(), qPrintable(id.error.message()));
    const QString expected = m_f->config(u"/connector_builder_projects/get_for_definition_id"_s,
                                         {{u"actorDefinitionId"_s, d.id}, {u"workspaceId"_s, m_f->workspaceId()}})
                                 .object().value(u"builderProjectId"_s).toString();
    QCOMPARE(id.value, expected);
    const auto url = await<QUrl>([&](auto cb) { m_service->builderProjectUrl(d.id, &m_context, cb); });
    QVERIFY(!url.error.isError());
    QCOMPARE(url.value, m_client->roots().builderProjectUrl(m_f->workspaceId(), expected));
    QVERIFY(url.value.toString().endsWith(u"/workspaces/"_s + m_f->workspaceId() + u"/connector-builder/edit/"_s
                                          + expected));
}

void tst_DeclarativeDefinitionService::unknownDefinition()
{
    const QString unknown = u"00000000-0000-0000-0000-000000000000"_s;
    QCOMPARE(await<DeclarativeDefinition>([&](auto cb) { m_service->get(unknown, &m_context, cb); }).error.kind,
             ApiError::Kind::NotFound);
    QCOMPARE(await<QString>([&](auto cb) { m_service->builderProjectId(unknown, &m_context, cb); }).error.kind,
             ApiError::Kind::NotFound);
    QCOMPARE(await<QJsonObject>([&](auto cb) {
                 m_service->setTestingValues(unknown, QJsonObject{{u"api_key"_s, kSecret}}, &m_context, cb);
             }).error.kind,
             ApiError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(tst_DeclarativeDefinitionService)
#include "tst_DeclarativeDefinitionService.moc"

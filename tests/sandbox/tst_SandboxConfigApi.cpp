// Config API endpoints, custom declarative definitions and their builder projects,
// definitions lists, organizations and workspaces.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::test::HttpReply;
using airdesk::test::SandboxFixture;

namespace {
QJsonObject manifest(const QString &streamName)
{
    return {{u"version"_s, u"6.0.0"_s},
            {u"type"_s, u"DeclarativeSource"_s},
            {u"streams"_s, QJsonArray{QJsonObject{{u"type"_s, u"DeclarativeStream"_s}, {u"name"_s, streamName}}}},
            {u"spec"_s, QJsonObject{{u"type"_s, u"Spec"_s},
                                    {u"connection_specification"_s,
                                     QJsonObject{{u"type"_s, u"object"_s},
                                                 {u"required"_s, QJsonArray{u"api_key"_s}},
                                                 {u"properties"_s, QJsonObject{{u"api_key"_s, QJsonObject{
                                                                                    {u"type"_s, u"string"_s},
                                                                                    {u"airbyte_secret"_s, true}}}}}}}}}};
}
} // namespace

class tst_SandboxConfigApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workspacesAndOrganizations();
    void definitionsLists();
    void specifications();
    void checkConnection();
    void jobDetailsAttemptsAndLogs();
    void stateAfterSuccess();
    void webBackendConnection();
    void describeCron();
    void declarativeDefinitions();
    void builderProjects();
    void unknownPaths();

private:
    std::unique_ptr<SandboxFixture> m_f;
    QString firstConnectionId();
};

void tst_SandboxConfigApi::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--seed"_s, u"demo"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
}

QString tst_SandboxConfigApi::firstConnectionId()
{
    return m_f->call("GET", u"/connections?limit=1"_s).object().value(u"data"_s).toArray().first().toObject()
        .value(u"connectionId"_s).toString();
}

void tst_SandboxConfigApi::workspacesAndOrganizations()
{
    const QJsonObject list = m_f->call("GET", u"/workspaces"_s).object();
    QCOMPARE(list.value(u"data"_s).toArray().size(), 1);
    QCOMPARE(list.value(u"data"_s).toArray().first().toObject().value(u"workspaceId"_s).toString(), m_f->workspaceId());
    QCOMPARE(m_f->call("GET", u"/workspaces/"_s + m_f->workspaceId()).object().value(u"name"_s).toString(),
             u"Demo workspace"_s);
    QCOMPARE(m_f->call("GET", u"/workspaces/00000000-0000-0000-0000-000000000000"_s).status, 404);
    const QJsonArray orgs = m_f->call("GET", u"/organizations"_s).object().value(u"data"_s).toArray();
    QCOMPARE(orgs.size(), 1);
    const HttpReply info = m_f->config(u"/workspaces/get_organization_info"_s, {{u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(info.status, 200);
    QCOMPARE(info.object().value(u"organizationId"_s).toString(),
             orgs.first().toObject().value(u"organizationId"_s).toString());
    QCOMPARE(m_f->config(u"/workspaces/get_organization_info"_s,
                         {{u"workspaceId"_s, u"00000000-0000-0000-0000-000000000000"_s}}).status, 404);
    // Demo data: a dozen sources and connections.
    QCOMPARE(m_f->call("GET", u"/sources?limit=100"_s).object().value(u"data"_s).toArray().size(), 12);
    QCOMPARE(m_f->call("GET", u"/connections?limit=100"_s).object().value(u"data"_s).toArray().size(), 12);
}

void tst_SandboxConfigApi::definitionsLists()
{
    const HttpReply sources = m_f->config(u"/source_definitions/list_for_workspace"_s, {{u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(sources.status, 200);
    const QJsonArray defs = sources.object().value(u"sourceDefinitions"_s).toArray();
    QVERIFY(defs.size() >= 5);
    const QString icon = defs.first().toObject().value(u"icon"_s).toString();
    const HttpReply svg = m_f->send("GET", QUrl(icon));
    QCOMPARE(svg.status, 200);
    QVERIFY(svg.body.contains("<svg"));
    const HttpReply destinations = m_f->config(u"/destination_definitions/list_for_workspace"_s,
                                               {{u"workspaceId"_s, m_f->workspaceId()}});
    QVERIFY(!destinations.object().value(u"destinationDefinitions"_s).toArray().isEmpty());
    // The public list has the same definitions except custom YAML ones (the demo seeds one).
    qsizetype declarative = 0;
    for (const QJsonValue &d : defs)
        declarative += d.toObject().value(u"dockerRepository"_s).toString() == u"airbyte/source-declarative-manifest"_s;
    QCOMPARE(declarative, 1);
    QCOMPARE(m_f->call("GET", u"/workspaces/%1/definitions/sources"_s.arg(m_f->workspaceId())).object()
                 .value(u"data"_s).toArray().size(), defs.size() - declarative);
    QVERIFY(!m_f->call("GET", u"/workspaces/%1/definitions/destinations"_s.arg(m_f->workspaceId())).object()
                 .value(u"data"_s).toArray().isEmpty());
}

void tst_SandboxConfigApi::specifications()
{
    const HttpReply spec = m_f->config(u"/source_definition_specifications/get"_s,
                                       {{u"sourceDefinitionId"_s, u"decd338e-5647-4c0b-adf4-da0e75f5a750"_s},
                                        {u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(spec.status, 200);
    QVERIFY(spec.object().value(u"connectionSpecification"_s).toObject().contains(u"properties"_s));
    QVERIFY(spec.object().contains(u"jobInfo"_s));
    const HttpReply destination = m_f->config(u"/destination_definition_specifications/get"_s,
                                              {{u"destinationDefinitionId"_s, u"25c5221d-dce2-4163-ade9-739ef790f503"_s},
                                               {u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(destination.status, 200);
    QVERIFY(!destination.object().value(u"supportedDestinationSyncModes"_s).toArray().isEmpty());
    QCOMPARE(m_f->config(u"/source_definition_specifications/get"_s,
                         {{u"sourceDefinitionId"_s, u"00000000-0000-0000-0000-000000000000"_s},
                          {u"workspaceId"_s, m_f->workspaceId()}}).status, 404);
    QCOMPARE(m_f->config(u"/source_definition_specifications/get"_s, {}).status, 422);
}

void tst_SandboxConfigApi::checkConnection()
{
    const QString sourceId = m_f->call("POST", u"/sources"_s,
                                       {{u"name"_s, u"Rejected"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                                        {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"postgres"_s},
                                                                         {u"host"_s, u"invalid.example"_s}, {u"port"_s, 5432},
                                                                         {u"database"_s, u"d"_s}, {u"username"_s, u"u"_s}}}})
                                 .object().value(u"sourceId"_s).toString();
    const HttpReply failed = m_f->config(u"/sources/check_connection"_s, {{u"sourceId"_s, sourceId}});
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.object().value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(!failed.object().value(u"message"_s).toString().isEmpty());
    const QString goodId = m_f->call("GET", u"/sources?limit=1"_s).object().value(u"data"_s).toArray().first()
                               .toObject().value(u"sourceId"_s).toString();
    QCOMPARE(m_f->config(u"/sources/check_connection"_s, {{u"sourceId"_s, goodId}}).object()
                 .value(u"status"_s).toString(), u"succeeded"_s);
    const QString destinationId = m_f->call("GET", u"/destinations?limit=1"_s).object().value(u"data"_s).toArray()
                                      .first().toObject().value(u"destinationId"_s).toString();
    QCOMPARE(m_f->config(u"/destinations/check_connection"_s, {{u"destinationId"_s, destinationId}}).object()
                 .value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(m_f->config(u"/sources/check_connection"_s, {{u"sourceId"_s, u"nope"_s}}).status, 404);
}

void tst_SandboxConfigApi::jobDetailsAttemptsAndLogs()
{
    const QJsonArray jobs = m_f->call("GET", u"/jobs?connectionId=%1&orderBy=createdAt%7CDESC"_s.arg(firstConnectionId()))
                                .object().value(u"data"_s).toArray();
    QVERIFY(!jobs.isEmpty());
    const qint64 jobId = jobs.first().toObject().value(u"jobId"_s).toInteger();
    const HttpReply info = m_f->config(u"/jobs/get"_s, {{u"id"_s, jobId}});
    QCOMPARE(info.status, 200);
    const QJsonObject job = info.object().value(u"job"_s).toObject();
    QCOMPARE(job.value(u"id"_s).toInteger(), jobId);
    QCOMPARE(job.value(u"configType"_s).toString(), u"sync"_s);
    const QJsonArray attempts = info.object().value(u"attempts"_s).toArray();
    QVERIFY(!attempts.isEmpty());
    const QJsonObject first = attempts.first().toObject();
    QCOMPARE(first.value(u"logType"_s).toString(), u"structured"_s);
    const QJsonArray events = first.value(u"logs"_s).toObject().value(u"events"_s).toArray();
    QVERIFY(events.size() >= 40);
    const QJsonObject event = events.first().toObject();
    QVERIFY(event.value(u"timestamp"_s).toDouble() > 1.6e12); // epoch milliseconds
    QVERIFY(QStringList({u"info"_s, u"warn"_s, u"error"_s, u"debug"_s, u"trace"_s}).contains(event.value(u"level"_s).toString()));

    const HttpReply attempt = m_f->config(u"/attempt/get_for_job"_s, {{u"jobId"_s, jobId}, {u"attemptNumber"_s, 0}});
    QCOMPARE(attempt.status, 200);
    QCOMPARE(attempt.object().value(u"attempt"_s).toObject().value(u"id"_s).toInt(), 0);
    QCOMPARE(m_f->config(u"/attempt/get_for_job"_s, {{u"jobId"_s, jobId}, {u"attemptNumber"_s, 99}}).status, 404);
    QCOMPARE(m_f->config(u"/jobs/get"_s, {{u"id"_s, 424242424}}).status, 404);
    QCOMPARE(m_f->config(u"/jobs/get"_s, {{u"id"_s, u"abc"_s}}).status, 422);
    const HttpReply light = m_f->config(u"/jobs/get_without_logs"_s, {{u"id"_s, jobId}});
    QVERIFY(!light.object().value(u"attempts"_s).toArray().first().toObject().contains(u"logs"_s));
}

void tst_SandboxConfigApi::stateAfterSuccess()
{
    // A brand-new connection has no state; after a successful sync it has per-stream state.
    SandboxFixture f({u"--seed"_s, u"empty"_s, u"--job-failure-rate"_s, u"0"_s});
    QVERIFY(f.isRunning());
    const QString source = f.call("POST", u"/sources"_s, {{u"name"_s, u"s"_s}, {u"workspaceId"_s, f.workspaceId()},
                                                          {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}})
                               .object().value(u"sourceId"_s).toString();
    const QString destination = f.call("POST", u"/destinations"_s,
                                       {{u"name"_s, u"d"_s}, {u"workspaceId"_s, f.workspaceId()},
                                        {u"configuration"_s, QJsonObject{{u"destinationType"_s, u"duckdb"_s},
                                                                         {u"destination_path"_s, u"/local/a.duckdb"_s}}}})
                                    .object().value(u"destinationId"_s).toString();
    const QString connection = f.call("POST", u"/connections"_s, {{u"sourceId"_s, source}, {u"destinationId"_s, destination}})
                                   .object().value(u"connectionId"_s).toString();
    QCOMPARE(f.config(u"/state/get"_s, {{u"connectionId"_s, connection}}).object().value(u"stateType"_s).toString(),
             u"not_set"_s);
    f.call("POST", u"/jobs"_s, {{u"connectionId"_s, connection}, {u"jobType"_s, u"sync"_s}});
    f.advance(600);
    const QJsonObject state = f.config(u"/state/get"_s, {{u"connectionId"_s, connection}}).object();
    QCOMPARE(state.value(u"stateType"_s).toString(), u"stream"_s);
    QCOMPARE(state.value(u"streamState"_s).toArray().size(), 3);
    QCOMPARE(f.config(u"/state/get"_s, {{u"connectionId"_s, u"nope"_s}}).status, 404);
}

void tst_SandboxConfigApi::webBackendConnection()
{
    const HttpReply reply = m_f->config(u"/web_backend/connections/get"_s,
                                        {{u"connectionId"_s, firstConnectionId()}, {u"withRefreshedCatalog"_s, false}});
    QCOMPARE(reply.status, 200);
    const QJsonArray streams = reply.object().value(u"syncCatalog"_s).toObject().value(u"streams"_s).toArray();
    QVERIFY(!streams.isEmpty());
    QVERIFY(streams.first().toObject().value(u"config"_s).toObject().value(u"selected"_s).toBool());
    QVERIFY(reply.object().value(u"source"_s).toObject().contains(u"sourceName"_s));
    QCOMPARE(m_f->config(u"/web_backend/connections/get"_s, {{u"connectionId"_s, u"nope"_s}}).status, 404);
}

void tst_SandboxConfigApi::describeCron()
{
    const HttpReply ok = m_f->config(u"/web_backend/describe_cron_expression"_s, {{u"cronExpression"_s, u"0 0 12 * * ?"_s}});
    QCOMPARE(ok.status, 200);
    const QJsonArray next = ok.object().value(u"nextExecutions"_s).toArray();
    QCOMPARE(next.size(), 3);
    QCOMPARE(static_cast<qint64>(next.at(1).toDouble() - next.at(0).toDouble()), 86400);
    QCOMPARE(static_cast<qint64>(next.at(0).toDouble()) % 86400, 12 * 3600);
    const HttpReply bad = m_f->config(u"/web_backend/describe_cron_expression"_s, {{u"cronExpression"_s, u"0 0 * * *"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.object().value(u"type"_s).toString(), u"error:cron-validation/invalid-expression"_s);
    const HttpReply tooOften = m_f->config(u"/web_backend/describe_cron_expression"_s,
                                           {{u"cronExpression"_s, u"*/10 * * * * ?"_s}});
    QCOMPARE(tooOften.status, 400);
}

void tst_SandboxConfigApi::declarativeDefinitions()
{
    const QString base = u"/workspaces/%1/definitions/declarative_sources"_s.arg(m_f->workspaceId());
    // The demo seed brings one custom definition of its own, with its manifest's spec.
    const QJsonArray seeded = m_f->call("GET", base).object().value(u"data"_s).toArray();
    QCOMPARE(seeded.size(), 1);
    QCOMPARE(seeded.first().toObject().value(u"name"_s).toString(), u"Weather stations (demo)"_s);
    QCOMPARE(seeded.first().toObject().value(u"manifest"_s).toObject().value(u"streams"_s).toArray().size(), 2);
    QVERIFY(seeded.first().toObject().value(u"manifest"_s).toObject().value(u"spec"_s).toObject()
                .value(u"connection_specification"_s).isObject());
    const HttpReply created = m_f->call("POST", base, {{u"workspaceId"_s, m_f->workspaceId()}, {u"name"_s, u"My API"_s}, {u"manifest"_s, manifest(u"items"_s)}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(u"id"_s).toString();
    QCOMPARE(created.object().value(u"version"_s).toInt(), 1);
    const HttpReply updated = m_f->call("PUT", base + u'/' + id, {{u"manifest"_s, manifest(u"things"_s)}});
    QCOMPARE(updated.object().value(u"version"_s).toInt(), 2);
    QCOMPARE(m_f->call("GET", base + u'/' + id).object().value(u"manifest"_s).toObject().value(u"streams"_s).toArray()
                 .first().toObject().value(u"name"_s).toString(), u"things"_s);
    QCOMPARE(m_f->call("GET", base).object().value(u"data"_s).toArray().size(), 2);

    // A source can be deployed from the custom definition, its secret masked on read.
    const HttpReply source = m_f->call("POST", u"/sources"_s,
                                       {{u"name"_s, u"From YAML"_s}, {u"workspaceId"_s, m_f->workspaceId()},
                                        {u"definitionId"_s, id}, {u"configuration"_s, QJsonObject{{u"api_key"_s, u"k"_s}}}});
    QCOMPARE(source.status, 200);
    QCOMPARE(source.object().value(u"configuration"_s).toObject().value(u"api_key"_s).toString(), u"**********"_s);

    QJsonObject noSpec = manifest(u"x"_s);
    noSpec.remove(u"spec"_s);
    QCOMPARE(m_f->call("POST", base, {{u"workspaceId"_s, m_f->workspaceId()}, {u"name"_s, u"Broken"_s}, {u"manifest"_s, noSpec}}).status, 500);
    QCOMPARE(m_f->call("POST", base, {{u"workspaceId"_s, m_f->workspaceId()}, {u"name"_s, u"Broken"_s}, {u"manifest"_s, u"text"_s}}).status, 400);
    const HttpReply deleted = m_f->call("DELETE", base + u'/' + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(u"id"_s).toString(), id);
    QCOMPARE(m_f->call("GET", base + u'/' + id).status, 404);
}

void tst_SandboxConfigApi::builderProjects()
{
    const QString base = u"/workspaces/%1/definitions/declarative_sources"_s.arg(m_f->workspaceId());
    const QString id = m_f->call("POST", base, {{u"workspaceId"_s, m_f->workspaceId()}, {u"name"_s, u"Builder"_s}, {u"manifest"_s, manifest(u"a"_s)}})
                           .object().value(u"id"_s).toString();
    const HttpReply project = m_f->config(u"/connector_builder_projects/get_for_definition_id"_s,
                                          {{u"actorDefinitionId"_s, id}, {u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(project.status, 200);
    const QString projectId = project.object().value(u"builderProjectId"_s).toString();
    QVERIFY(!projectId.isEmpty());
    const QString ws = project.object().value(u"workspaceId"_s).toString();
    const HttpReply withManifest = m_f->config(u"/connector_builder_projects/get_with_manifest"_s,
                                               {{u"workspaceId"_s, ws}, {u"builderProjectId"_s, projectId}});
    QCOMPARE(withManifest.status, 200);
    QCOMPARE(withManifest.object().value(u"builderProject"_s).toObject().value(u"hasDraft"_s).toBool(), false);
    QCOMPARE(withManifest.object().value(u"declarativeManifest"_s).toObject().value(u"version"_s).toInt(), 1);
    const QJsonObject spec{{u"connectionSpecification"_s,
                            manifest(u"a"_s).value(u"spec"_s).toObject().value(u"connection_specification"_s)}};
    const HttpReply values = m_f->config(u"/connector_builder_projects/update_testing_values"_s,
                                         {{u"workspaceId"_s, ws}, {u"builderProjectId"_s, projectId},
                                          {u"testingValues"_s, QJsonObject{{u"api_key"_s, u"secret-value"_s}}},
                                          {u"spec"_s, spec}});
    QCOMPARE(values.status, 200);
    QCOMPARE(values.object().value(u"api_key"_s).toString(), u"**********"_s);
    QVERIFY(!values.body.contains("secret-value"));
    QCOMPARE(m_f->config(u"/connector_builder_projects/get_for_definition_id"_s,
                         {{u"actorDefinitionId"_s, u"00000000-0000-0000-0000-000000000000"_s},
                          {u"workspaceId"_s, m_f->workspaceId()}}).object().value(u"builderProjectId"_s).isNull(), true);
    QCOMPARE(m_f->config(u"/connector_builder_projects/get_with_manifest"_s,
                         {{u"workspaceId"_s, ws}, {u"builderProjectId"_s, u"nope"_s}}).status, 404);
}

void tst_SandboxConfigApi::unknownPaths()
{
    const HttpReply publicReply = m_f->call("GET", u"/no/such/path"_s);
    QCOMPARE(publicReply.status, 404);
    QCOMPARE(publicReply.object().value(u"status"_s).toInt(), 404);
    QCOMPARE(m_f->config(u"/no_such_call"_s, {}).status, 404);
    QCOMPARE(m_f->call("PATCH", u"/jobs"_s, {{u"a"_s, 1}}).status, 405);
}

QTEST_GUILESS_MAIN(tst_SandboxConfigApi)
#include "tst_SandboxConfigApi.moc"

// DockerDefinitionService against the sandbox: bad input is refused before anything is sent,
// with a message naming the field; a valid image is registered and listed; listCustom keeps
// only the workspace's custom Docker definitions (not the built-in ones, not the YAML ones);
// the tag is updated and the definition deleted (safe mode keeps ordinary names); a server
// without these routes, or Airbyte Cloud's refusal, becomes "Not supported by this server".
#include "api/services/DockerDefinitionService.h"

#include "api/ApiRoots.h"
#include "api/Credentials.h"

#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_DockerDefinitionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void createAndList();
    void invalidSendsNothing();
    void listCustomKeepsOnlyCustomDocker();
    void updateAndDelete();
    void explainUnsupported_data();
    void explainUnsupported();
    void serverWithoutTheRoutes();

private:
    std::unique_ptr<test::SandboxFixture> m_f;
    std::unique_ptr<api::ApiClient> m_client;
};

void tst_DockerDefinitionService::initTestCase()
{
    m_f = std::make_unique<test::SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
    m_client = test::makeClient(*m_f);
}

void tst_DockerDefinitionService::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error"); // a part of the message; empty: valid
    QTest::newRow("ok") << u"Orders"_s << u"acme/source-orders"_s << u"1.0.0"_s << QString() << QString();
    QTest::newRow("registry with port") << u"Orders"_s << u"registry.example.com:5000/acme/source-orders"_s
                                        << u"dev-1"_s << u"https://docs.example.com/x"_s << QString();
    QTest::newRow("no name") << u" "_s << u"acme/source-orders"_s << u"1"_s << QString() << u"name"_s;
    QTest::newRow("no repository") << u"Orders"_s << QString() << u"1"_s << QString() << u"repository"_s;
    QTest::newRow("upper case") << u"Orders"_s << u"Acme/Source"_s << u"1"_s << QString() << u"Acme/Source"_s;
    QTest::newRow("tag in repository") << u"Orders"_s << u"acme/source:1.0"_s << u"1"_s << QString()
                                       << u"acme/source:1.0"_s;
    QTest::newRow("no tag") << u"Orders"_s << u"acme/source"_s << QString() << QString() << u"tag"_s;
    QTest::newRow("bad tag") << u"Orders"_s << u"acme/source"_s << u"-latest"_s << QString() << u"-latest"_s;
    QTest::newRow("bad url") << u"Orders"_s << u"acme/source"_s << u"1"_s << u"docs page"_s << u"docs page"_s;
    QTest::newRow("ftp url") << u"Orders"_s << u"acme/source"_s << u"1"_s << u"ftp://x.example/y"_s
                             << u"ftp://x.example/y"_s;
}

void tst_DockerDefinitionService::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, repository);
    QFETCH(QString, tag);
    QFETCH(QString, url);
    QFETCH(QString, error);
    const api::ApiError result = api::DockerDefinitionService::validate({{}, name, repository, tag, url});
    QCOMPARE(result.isError(), !error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(result.detail.contains(error), qPrintable(result.detail));
}

void tst_DockerDefinitionService::createAndList()
{
    api::DockerDefinitionService service(m_client.get(), m_f->workspaceId(), domain::ActorKind::Source);
    QObject context;
    const auto created = test::await<domain::DockerDefinition>([&](auto cb) {
        service.create({{}, u"Orders"_s, u"ghcr.io/acme/source-orders"_s, u"2.0.1"_s, u"https://docs.example.com"_s},
                       &context, cb);
    });
    QVERIFY2(!created.error.isError(), qPrintable(created.error.message()));
    QVERIFY(!created.value.id.isEmpty());
    QCOMPARE(created.value.dockerImageTag, u"2.0.1"_s);
    const auto listed = test::await<QList<domain::DockerDefinition>>([&](auto cb) { service.list(&context, cb); });
    QVERIFY(!listed.error.isError());
    QVERIFY(std::any_of(listed.value.begin(), listed.value.end(), [&](const domain::DockerDefinition &d) {
        return d.id == created.value.id && d.documentationUrl == u"https://docs.example.com"_s;
    }));
}

void tst_DockerDefinitionService::invalidSendsNothing()
{
    api::DockerDefinitionService service(m_client.get(), m_f->workspaceId(), domain::ActorKind::Source);
    QObject context;
    const qsizetype before = m_f->server().context().store.customConnectors.ordered().size();
    const auto refused = test::await<domain::DockerDefinition>(
        [&](auto cb) { service.create({{}, u"X"_s, u"acme/x"_s, QString(), QString()}, &context, cb); });
    QVERIFY(refused.error.isError());
    QCOMPARE(refused.error.kind, api::ApiError::Kind::InvalidRequest);
    QCOMPARE(m_f->server().context().store.customConnectors.ordered().size(), before);
}

void tst_DockerDefinitionService::listCustomKeepsOnlyCustomDocker()
{
    test::SandboxFixture fresh({u"--seed"_s, u"empty"_s});
    QVERIFY2(fresh.isRunning(), qPrintable(fresh.startError()));
    auto client = test::makeClient(fresh);
    api::DockerDefinitionService service(client.get(), fresh.workspaceId(), domain::ActorKind::Source);
    QObject context;
    const auto none = test::await<QList<domain::DockerDefinition>>([&](auto cb) { service.listCustom(&context, cb); });
    QVERIFY2(!none.error.isError(), qPrintable(none.error.message()));
    QCOMPARE(none.value.size(), 0); // the built-in definitions are not custom
    const auto all = test::await<QList<domain::DockerDefinition>>([&](auto cb) { service.list(&context, cb); });
    QVERIFY(all.value.size() > 0);

    const auto created = test::await<domain::DockerDefinition>([&](auto cb) {
        service.create({{}, u"Orders"_s, u"acme/source-orders"_s, u"1.0.0"_s, {}}, &context, cb);
    });
    QVERIFY(!created.error.isError());
    // A custom YAML definition is custom too, but not a Docker one.
    const QJsonObject spec{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
    const test::HttpReply yaml = fresh.call(
        "POST", u"/workspaces/%1/definitions/declarative_sources"_s.arg(fresh.workspaceId()),
        {{u"workspaceId"_s, fresh.workspaceId()},
         {u"name"_s, u"YAML"_s},
         {u"manifest"_s, QJsonObject{{u"version"_s, u"6.0.0"_s}, {u"type"_s, u"DeclarativeSource"_s},
                                     {u"streams"_s, QJsonArray()},
                                     {u"spec"_s, QJsonObject{{u"connection_specification"_s, spec}}}}}});
    QCOMPARE(yaml.status, 200);

    const auto custom = test::await<QList<domain::DockerDefinition>>([&](auto cb) { service.listCustom(&context, cb); });
    QVERIFY2(!custom.error.isError(), qPrintable(custom.error.message()));
    QCOMPARE(custom.value.size(), 1);
    QCOMPARE(custom.value.first().id, created.value.id);
    QCOMPARE(custom.value.first().dockerRepository, u"acme/source-orders"_s);
    QCOMPARE(custom.value.first().dockerImageTag, u"1.0.0"_s);
    // Destinations have their own list.
    api::DockerDefinitionService destinations(client.get(), fresh.workspaceId(), domain::ActorKind::Destination);
    const auto noDestinations =
        test::await<QList<domain::DockerDefinition>>([&](auto cb) { destinations.listCustom(&context, cb); });
    QVERIFY2(!noDestinations.error.isError(), qPrintable(noDestinations.error.message()));
    QCOMPARE(noDestinations.value.size(), 0);
}

void tst_DockerDefinitionService::updateAndDelete()
{
    api::DockerDefinitionService service(m_client.get(), m_f->workspaceId(), domain::ActorKind::Source);
    QObject context;
    const auto created = test::await<domain::DockerDefinition>([&](auto cb) {
        service.create({{}, u"Tagged"_s, u"acme/source-tagged"_s, u"1.0.0"_s, {}}, &context, cb);
    });
    QVERIFY(!created.error.isError());
    const QString id = created.value.id;

    const auto badTag = test::await<domain::DockerDefinition>(
        [&](auto cb) { service.update(id, u"Tagged"_s, u"-bad"_s, &context, cb); });
    QVERIFY(badTag.error.isError());
    QVERIFY2(badTag.error.detail.contains(u"-bad"_s), qPrintable(badTag.error.detail));
    QCOMPARE(m_f->server().context().store.customConnectors.find(id)->definition.dockerImageTag, u"1.0.0"_s);

    const auto updated = test::await<domain::DockerDefinition>(
        [&](auto cb) { service.update(id, u"Tagged delete-me"_s, u"1.1.0"_s, &context, cb); });
    QVERIFY2(!updated.error.isError(), qPrintable(updated.error.message()));
    QCOMPARE(updated.value.dockerImageTag, u"1.1.0"_s);
    QCOMPARE(updated.value.name, u"Tagged delete-me"_s);
    QCOMPARE(m_f->server().context().store.customConnectors.find(id)->definition.dockerImageTag, u"1.1.0"_s);

    // Safe mode refuses an ordinary name without sending anything.
    const auto kept = test::await<bool>([&](auto cb) {
        service.remove(id, u"Tagged"_s, true, &context, [cb](const api::ApiError &e) { cb(true, e); });
    });
    QVERIFY(kept.error.isError());
    QVERIFY(m_f->server().context().store.customConnectors.find(id));
    const auto removed = test::await<bool>([&](auto cb) {
        service.remove(id, u"Tagged delete-me"_s, true, &context, [cb](const api::ApiError &e) { cb(true, e); });
    });
    QVERIFY2(!removed.error.isError(), qPrintable(removed.error.message()));
    QVERIFY(!m_f->server().context().store.customConnectors.find(id));
    // Gone: an item 404 is "not found", not "not supported".
    const auto again = test::await<bool>([&](auto cb) {
        service.remove(id, u"Tagged delete-me"_s, false, &context, [cb](const api::ApiError &e) { cb(true, e); });
    });
    QCOMPARE(again.error.httpStatus, 404);
    QVERIFY(again.error.title != u"Not supported by this server"_s);
}

void tst_DockerDefinitionService::explainUnsupported_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("collection");
    QTest::addColumn<bool>("unsupported");
    QTest::newRow("cloud refuses") << 400
                                   << u"Non-declarative definitions cannot be created or updated in Airbyte Cloud."_s
                                   << false << true;
    QTest::newRow("other 400") << 400 << u"name is required."_s << true << false;
    QTest::newRow("no route 405") << 405 << QString() << false << true;
    QTest::newRow("not implemented") << 501 << QString() << true << true;
    QTest::newRow("collection 404") << 404 << QString() << true << true;
    QTest::newRow("item 404 is not found") << 404 << QString() << false << false;
    QTest::newRow("server error") << 500 << QString() << true << false;
}

void tst_DockerDefinitionService::explainUnsupported()
{
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(bool, collection);
    QFETCH(bool, unsupported);
    api::ApiError error;
    error.kind = api::ApiError::Kind::Server;
    error.httpStatus = status;
    error.title = u"Original"_s;
    error.detail = detail;
    const api::ApiError shown = api::DockerDefinitionService::explainUnsupported(error, u"PUT"_s, collection);
    QCOMPARE(shown.title == u"Not supported by this server"_s, unsupported);
    QCOMPARE(shown.httpStatus, status);
    if (unsupported && !detail.isEmpty())
        QVERIFY2(shown.detail.contains(detail), qPrintable(shown.detail)); // what the server said is kept
    if (!unsupported)
        QCOMPARE(shown.title, u"Original"_s);
}

void tst_DockerDefinitionService::serverWithoutTheRoutes()
{
    // A server whose public API has no definitions routes (an older OSS): every path 404s.
    QString publicRoot = m_f->server().publicApiRoot().toString();
    publicRoot.replace(u"/v1"_s, u"/v0-without-definitions"_s);
    const auto roots = api::ApiRoots::make(publicRoot, m_f->server().configApiRoot().toString());
    QVERIFY(roots);
    api::ApiClient client(*roots, api::Credentials::bearer(m_f->token()));
    api::DockerDefinitionService service(&client, m_f->workspaceId(), domain::ActorKind::Source);
    QObject context;
    const auto listed = test::await<QList<domain::DockerDefinition>>([&](auto cb) { service.listCustom(&context, cb); });
    QVERIFY(listed.error.isError());
    QCOMPARE(listed.error.title, u"Not supported by this server"_s);
    QVERIFY2(listed.error.detail.contains(u"does not offer custom Docker definitions"_s),
             qPrintable(listed.error.detail));
    const auto created = test::await<domain::DockerDefinition>([&](auto cb) {
        service.create({{}, u"Orders"_s, u"acme/source-orders"_s, u"1"_s, {}}, &context, cb);
    });
    QCOMPARE(created.error.title, u"Not supported by this server"_s);

    // Public routes there, but no Config API list_for_workspace to tell custom ones apart.
    QString configRoot = m_f->server().configApiRoot().toString();
    configRoot.replace(u"/v1"_s, u"/v0-without-config"_s);
    const auto noConfig = api::ApiRoots::make(m_f->server().publicApiRoot().toString(), configRoot);
    QVERIFY(noConfig);
    api::ApiClient configless(*noConfig, api::Credentials::bearer(m_f->token()));
    api::DockerDefinitionService partial(&configless, m_f->workspaceId(), domain::ActorKind::Source);
    const auto unflagged = test::await<QList<domain::DockerDefinition>>([&](auto cb) { partial.listCustom(&context, cb); });
    QVERIFY(unflagged.error.isError());
    QCOMPARE(unflagged.error.title, u"Not supported by this server"_s);
    QVERIFY2(unflagged.error.detail.contains(u"list_for_workspace"_s), qPrintable(unflagged.error.detail));
}

QTEST_GUILESS_MAIN(tst_DockerDefinitionService)
#include "tst_DockerDefinitionService.moc"

// DockerDefinitionService against the sandbox: bad input is refused before anything is sent,
// with a message naming the field; a valid image is registered and listed.
#include "api/services/DockerDefinitionService.h"

#include "ApiTestUtil.h"
#include "ServiceTestUtil.h"

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

QTEST_GUILESS_MAIN(tst_DockerDefinitionService)
#include "tst_DockerDefinitionService.moc"

// The sandbox's custom Docker definitions (public API /workspaces/{id}/definitions/sources
// and /destinations): created per workspace, listed after the built-in ones, usable as a
// source's definitionId; read, updated (name + tag) and deleted through the item route, where a
// built-in definition is refused and a declarative one is not found; marked `custom` in the
// Config API's list_for_workspace. A request without a required field is refused. Every
// exchange is recorded for the contract test against the OpenAPI files.
#include "SandboxFixture.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::test;

namespace {

QJsonObject minimalManifest()
{
    const QJsonObject spec{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}};
    return {{u"version"_s, u"6.0.0"_s},
            {u"type"_s, u"DeclarativeSource"_s},
            {u"streams"_s, QJsonArray()},
            {u"spec"_s, QJsonObject{{u"type"_s, u"Spec"_s}, {u"connection_specification"_s, spec}}}};
}

} // namespace

class tst_SandboxDockerDefinitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createListAndDeploy();
    void refusesIncompleteRequests();
    void readUpdateDelete();
    void customFlagInConfigList();

private:
    std::unique_ptr<SandboxFixture> m_f;
};

void tst_SandboxDockerDefinitions::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(QStringList{u"--seed"_s, u"empty"_s});
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError()));
}

void tst_SandboxDockerDefinitions::createListAndDeploy()
{
    const QString base = u"/workspaces/%1/definitions/sources"_s.arg(m_f->workspaceId());
    const qsizetype builtIn = m_f->call("GET", base).object().value(u"data"_s).toArray().size();
    const HttpReply created = m_f->call("POST", base,
                                        {{u"name"_s, u"Orders (Docker)"_s},
                                         {u"dockerRepository"_s, u"ghcr.io/acme/source-orders"_s},
                                         {u"dockerImageTag"_s, u"1.2.0"_s},
                                         {u"documentationUrl"_s, u"https://docs.example.com/orders"_s}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.object().value(u"dockerImageTag"_s).toString(), u"1.2.0"_s);

    const QJsonArray listed = m_f->call("GET", base).object().value(u"data"_s).toArray();
    QCOMPARE(listed.size(), builtIn + 1);
    QCOMPARE(listed.last().toObject().value(u"id"_s).toString(), id);
    QCOMPARE(listed.last().toObject().value(u"dockerRepository"_s).toString(), u"ghcr.io/acme/source-orders"_s);
    // A source definition is not a destination definition.
    const QString destinations = u"/workspaces/%1/definitions/destinations"_s.arg(m_f->workspaceId());
    for (const QJsonValue &row : m_f->call("GET", destinations).object().value(u"data"_s).toArray())
        QVERIFY(row.toObject().value(u"id"_s).toString() != id);

    const HttpReply source = m_f->call("POST", u"/sources"_s,
                                       {{u"name"_s, u"Orders"_s},
                                        {u"workspaceId"_s, m_f->workspaceId()},
                                        {u"definitionId"_s, id},
                                        {u"configuration"_s, QJsonObject()}});
    QCOMPARE(source.status, 200);
    QCOMPARE(source.object().value(u"definitionId"_s).toString(), id);
}

void tst_SandboxDockerDefinitions::refusesIncompleteRequests()
{
    const QString base = u"/workspaces/%1/definitions/sources"_s.arg(m_f->workspaceId());
    const qsizetype before = m_f->call("GET", base).object().value(u"data"_s).toArray().size();
    QCOMPARE(m_f->call("POST", base, {{u"name"_s, u"No tag"_s}, {u"dockerRepository"_s, u"acme/source-x"_s}}).status,
             400);
    QCOMPARE(m_f->call("POST", base, {{u"dockerRepository"_s, u"acme/source-x"_s}, {u"dockerImageTag"_s, u"1"_s}})
                 .status,
             400);
    QCOMPARE(m_f->call("GET", base).object().value(u"data"_s).toArray().size(), before);
    QCOMPARE(m_f->call("POST", u"/workspaces/%1/definitions/sources"_s.arg(u"00000000-0000-0000-0000-000000000000"_s),
                       {{u"name"_s, u"X"_s}, {u"dockerRepository"_s, u"acme/source-x"_s}, {u"dockerImageTag"_s, u"1"_s}})
                 .status,
             404);
}

void tst_SandboxDockerDefinitions::readUpdateDelete()
{
    const QString base = u"/workspaces/%1/definitions/sources"_s.arg(m_f->workspaceId());
    const HttpReply created = m_f->call("POST", base,
                                        {{u"name"_s, u"Invoices"_s},
                                         {u"dockerRepository"_s, u"acme/source-invoices"_s},
                                         {u"dockerImageTag"_s, u"0.1.0"_s}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(u"id"_s).toString();
    const QString item = base + u'/' + id;

    const HttpReply read = m_f->call("GET", item);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.object(), created.object());

    // PUT needs both name and dockerImageTag (UpdateDefinitionRequest).
    QCOMPARE(m_f->call("PUT", item, {{u"dockerImageTag"_s, u"0.2.0"_s}}).status, 400);
    const HttpReply updated = m_f->call("PUT", item, {{u"name"_s, u"Invoices v2"_s}, {u"dockerImageTag"_s, u"0.2.0"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(u"name"_s).toString(), u"Invoices v2"_s);
    QCOMPARE(updated.object().value(u"dockerImageTag"_s).toString(), u"0.2.0"_s);
    QCOMPARE(updated.object().value(u"dockerRepository"_s).toString(), u"acme/source-invoices"_s);
    QCOMPARE(m_f->call("GET", item).object().value(u"dockerImageTag"_s).toString(), u"0.2.0"_s);
    // Not a destination definition.
    QCOMPARE(m_f->call("GET", u"/workspaces/%1/definitions/destinations/%2"_s.arg(m_f->workspaceId(), id)).status, 404);

    // A built-in definition is readable but only an instance admin may change or delete it.
    const QJsonObject builtIn = m_f->call("GET", base).object().value(u"data"_s).toArray().first().toObject();
    const QString builtInItem = base + u'/' + builtIn.value(u"id"_s).toString();
    QCOMPARE(m_f->call("GET", builtInItem).status, 200);
    QCOMPARE(m_f->call("PUT", builtInItem, {{u"name"_s, u"X"_s}, {u"dockerImageTag"_s, u"9"_s}}).status, 403);
    QCOMPARE(m_f->call("DELETE", builtInItem).status, 403);
    QCOMPARE(m_f->call("GET", builtInItem).object().value(u"dockerImageTag"_s), builtIn.value(u"dockerImageTag"_s));

    // A declarative definition is not served by this route.
    const HttpReply yaml = m_f->call("POST", u"/workspaces/%1/definitions/declarative_sources"_s.arg(m_f->workspaceId()),
                                     {{u"workspaceId"_s, m_f->workspaceId()}, {u"name"_s, u"YAML one"_s}, {u"manifest"_s, minimalManifest()}});
    QCOMPARE(yaml.status, 200);
    QCOMPARE(m_f->call("GET", base + u'/' + yaml.object().value(u"id"_s).toString()).status, 404);
    QCOMPARE(m_f->call("DELETE", base + u'/' + yaml.object().value(u"id"_s).toString()).status, 404);

    const HttpReply deleted = m_f->call("DELETE", item);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value(u"id"_s).toString(), id);
    QCOMPARE(m_f->call("GET", item).status, 404);
    QCOMPARE(m_f->call("DELETE", item).status, 404);
}

void tst_SandboxDockerDefinitions::customFlagInConfigList()
{
    const QString base = u"/workspaces/%1/definitions/sources"_s.arg(m_f->workspaceId());
    const QString docker = m_f->call("POST", base,
                                     {{u"name"_s, u"Flagged"_s},
                                      {u"dockerRepository"_s, u"acme/source-flagged"_s},
                                      {u"dockerImageTag"_s, u"1"_s}})
                               .object()
                               .value(u"id"_s)
                               .toString();
    const QString yaml = m_f->call("POST", u"/workspaces/%1/definitions/declarative_sources"_s.arg(m_f->workspaceId()),
                                   {{u"workspaceId"_s, m_f->workspaceId()}, {u"name"_s, u"Flagged YAML"_s},
                                    {u"manifest"_s, minimalManifest()}})
                             .object()
                             .value(u"id"_s)
                             .toString();
    const HttpReply list = m_f->config(u"/source_definitions/list_for_workspace"_s,
                                       {{u"workspaceId"_s, m_f->workspaceId()}});
    QCOMPARE(list.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &row : list.object().value(u"sourceDefinitions"_s).toArray())
        byId.insert(row.toObject().value(u"sourceDefinitionId"_s).toString(), row.toObject());
    QVERIFY(byId.contains(docker));
    QVERIFY(byId.contains(yaml));
    QCOMPARE(byId.value(docker).value(u"custom"_s).toBool(), true);
    QCOMPARE(byId.value(yaml).value(u"custom"_s).toBool(), true);
    QCOMPARE(byId.value(yaml).value(u"dockerRepository"_s).toString(), u"airbyte/source-declarative-manifest"_s);
    int builtIn = 0;
    for (const QJsonObject &row : std::as_const(byId))
        builtIn += row.value(u"custom"_s).toBool() ? 0 : 1;
    QVERIFY(builtIn > 0);
    // The public list has the Docker one and never the declarative one.
    QStringList publicIds;
    for (const QJsonValue &row : m_f->call("GET", base).object().value(u"data"_s).toArray())
        publicIds.append(row.toObject().value(u"id"_s).toString());
    QVERIFY(publicIds.contains(docker));
    QVERIFY(!publicIds.contains(yaml));
    // Another workspace's custom definitions are not listed.
    const QString other = m_f->call("POST", u"/workspaces"_s, {{u"name"_s, u"Other"_s}}).object()
                              .value(u"workspaceId"_s).toString();
    QVERIFY(!other.isEmpty());
    const HttpReply otherList = m_f->config(u"/source_definitions/list_for_workspace"_s, {{u"workspaceId"_s, other}});
    for (const QJsonValue &row : otherList.object().value(u"sourceDefinitions"_s).toArray())
        QVERIFY(!row.toObject().value(u"custom"_s).toBool());
}

QTEST_GUILESS_MAIN(tst_SandboxDockerDefinitions)
#include "tst_SandboxDockerDefinitions.moc"

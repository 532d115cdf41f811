// The sandbox's custom Docker definitions (public API /workspaces/{id}/definitions/sources
// and /destinations): created per workspace, listed after the built-in ones, usable as a
// source's definitionId; a request without a required field is refused. Every exchange is
// recorded for the contract test against the OpenAPI files.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::test;

class tst_SandboxDockerDefinitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createListAndDeploy();
    void refusesIncompleteRequests();

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

QTEST_GUILESS_MAIN(tst_SandboxDockerDefinitions)
#include "tst_SandboxDockerDefinitions.moc"

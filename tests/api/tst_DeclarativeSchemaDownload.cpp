// DeclarativeSchemaDownload against a local HTTP server: the schema lands in the cache where
// validation finds it; a failed or wrong download leaves the cache untouched and says why.
#include "api/DeclarativeSchemaDownload.h"
#include "core/manifest/DeclarativeSchemaSource.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk;

class tst_DeclarativeSchemaDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void downloadsIntoTheCache();
    void failuresLeaveNoCache_data();
    void failuresLeaveNoCache();

private:
    struct Outcome
    {
        bool done = false;
        QString path;
        QString error;
    };
    Outcome fetch(const QString &route);

    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_schema;
    QNetworkAccessManager m_network;
};

void tst_DeclarativeSchemaDownload::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("AIRDESK_DECLARATIVE_SCHEMA");
    QFile file(QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml"));
    if (file.open(QIODevice::ReadOnly))
        m_schema = file.readAll();
    m_server.route(u"/schema.yaml"_s, [this] { return QHttpServerResponse("text/plain", m_schema); });
    m_server.route(u"/other.yaml"_s, [] { return QHttpServerResponse("text/plain", "title: Something else\n"); });
    m_server.route(u"/gone.yaml"_s, [] { return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound); });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void tst_DeclarativeSchemaDownload::init()
{
    QFile::remove(manifest::DeclarativeSchemaSource::cacheFilePath());
}

tst_DeclarativeSchemaDownload::Outcome tst_DeclarativeSchemaDownload::fetch(const QString &route)
{
    qputenv("AIRDESK_DECLARATIVE_SCHEMA_URL", u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(route).toUtf8());
    api::DeclarativeSchemaDownload download(&m_network);
    download.setTimeoutMs(5000);
    Outcome outcome;
    QObject context;
    download.fetch(&context, [&outcome](const QString &path, const QString &error) {
        outcome = {true, path, error};
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.done; }, 10000);
    qunsetenv("AIRDESK_DECLARATIVE_SCHEMA_URL");
    return outcome;
}

void tst_DeclarativeSchemaDownload::downloadsIntoTheCache()
{
    if (m_schema.isEmpty())
        QSKIP("No declarative component schema at " AIRDESK_SHARED_DIR "/airbyte");
    const Outcome outcome = fetch(u"/schema.yaml"_s);
    QVERIFY(outcome.done);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.path, manifest::DeclarativeSchemaSource::cacheFilePath());
    QString error;
    const auto located = manifest::DeclarativeSchemaSource::locate(QString(), &error);
    QVERIFY(located);
    QCOMPARE(located->origin, manifest::DeclarativeSchemaSource::Origin::Cache);
    QVERIFY(manifest::DeclarativeSchemaSource::load(QString(), &error));
}

void tst_DeclarativeSchemaDownload::failuresLeaveNoCache_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("404") << u"/gone.yaml"_s << u"404"_s;
    QTest::newRow("not the schema") << u"/other.yaml"_s << u"not Airbyte's declarative component schema"_s;
}

void tst_DeclarativeSchemaDownload::failuresLeaveNoCache()
{
    QFETCH(QString, route);
    QFETCH(QString, mentions);
    const Outcome outcome = fetch(route);
    QVERIFY(outcome.done);
    QVERIFY(outcome.path.isEmpty());
    QVERIFY2(outcome.error.contains(mentions), qPrintable(outcome.error));
    QVERIFY(!QFile::exists(manifest::DeclarativeSchemaSource::cacheFilePath()));
}

QTEST_GUILESS_MAIN(tst_DeclarativeSchemaDownload)
#include "tst_DeclarativeSchemaDownload.moc"

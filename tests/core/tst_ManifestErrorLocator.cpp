// ManifestErrorLocator: a server message that names a JSON path or a stream points at the
// right line of the manifest; a message that names nothing in it points nowhere.
#include "core/manifest/ManifestErrorLocator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::manifest;

namespace {
const QByteArray kManifest = R"(version: 6.44.0
type: DeclarativeSource
streams:
  - type: DeclarativeStream
    name: pets
    retriever:
      type: SimpleRetriever
      requester:
        url_base: https://api.example.com
        path: /pets
  - type: DeclarativeStream
    name: pets_history
    retriever:
      type: SimpleRetriever
spec:
  connection_specification:
    type: object
)";
}

class tst_ManifestErrorLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
    void brokenYamlPointsNowhere();
};

void tst_ManifestErrorLocator::locate_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::newRow("json path") << u"$.streams[0].retriever.requester.url_base: does not match the regex"_s << 9
                               << u"streams[0].retriever.requester.url_base"_s;
    QTest::newRow("plain path") << u"Error at streams[1].retriever: unknown component"_s << 13
                                << u"streams[1].retriever"_s;
    QTest::newRow("deepest known prefix") << u"streams[0].retriever.paginator.page_size is required"_s << 6
                                          << u"streams[0].retriever"_s;
    QTest::newRow("json pointer") << u"#/spec/connection_specification/properties is missing"_s << 16
                                  << u"spec.connection_specification"_s;
    QTest::newRow("stream name, the longer wins") << u"Stream 'pets_history' failed to read"_s << 12
                                                  << u"streams[1].name"_s;
    QTest::newRow("stream name, whole word") << u"Stream \"pets\" returned HTTP 404"_s << 5 << u"streams[0].name"_s;
    QTest::newRow("nothing in the manifest") << u"Internal Server Error: connection refused"_s << 0 << QString();
    QTest::newRow("part of a word is no stream") << u"petstore is unreachable"_s << 0 << QString();
}

void tst_ManifestErrorLocator::locate()
{
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(QString, path);
    const ManifestErrorLocator::Location found = ManifestErrorLocator::locate(kManifest, message);
    QCOMPARE(found.position.line, line);
    QCOMPARE(found.path, path);
    QCOMPARE(found.isValid(), line > 0);
}

void tst_ManifestErrorLocator::brokenYamlPointsNowhere()
{
    QVERIFY(!ManifestErrorLocator::locate("streams: [\n", u"streams[0]"_s).isValid());
}

QTEST_GUILESS_MAIN(tst_ManifestErrorLocator)
#include "tst_ManifestErrorLocator.moc"

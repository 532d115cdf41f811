// YAML to JSON as manifests need it: scalar typing, quoting, anchors, errors with positions.
#include "core/manifest/YamlToJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::manifest;

class tst_YamlToJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalars_data();
    void scalars();
    void structure();
    void errors_data();
    void errors();
    void realManifests();
};

void tst_YamlToJson::scalars_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("int") << QByteArray("v: 42") << QJsonValue(42);
    QTest::newRow("negative") << QByteArray("v: -7") << QJsonValue(-7);
    QTest::newRow("float") << QByteArray("v: 1.5") << QJsonValue(1.5);
    QTest::newRow("exp") << QByteArray("v: 1e3") << QJsonValue(1000.0);
    QTest::newRow("true") << QByteArray("v: true") << QJsonValue(true);
    QTest::newRow("False") << QByteArray("v: False") << QJsonValue(false);
    QTest::newRow("null word") << QByteArray("v: null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("tilde") << QByteArray("v: ~") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty") << QByteArray("v:") << QJsonValue(QJsonValue::Null);
    QTest::newRow("quoted number") << QByteArray("v: \"42\"") << QJsonValue(u"42"_s);
    QTest::newRow("single quoted bool") << QByteArray("v: 'true'") << QJsonValue(u"true"_s);
    QTest::newRow("version string") << QByteArray("v: 6.5.0") << QJsonValue(u"6.5.0"_s);
    QTest::newRow("interpolation") << QByteArray("v: \"{{ config['api_key'] }}\"") << QJsonValue(u"{{ config['api_key'] }}"_s);
    QTest::newRow("block text") << QByteArray("v: |\n  a\n  b\n") << QJsonValue(u"a\nb\n"_s);
}

void tst_YamlToJson::scalars()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QJsonValue, expected);
    YamlError error;
    const auto value = YamlToJson::parse(yaml, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(value->toObject().value(u"v"_s), expected);
}

void tst_YamlToJson::structure()
{
    const QByteArray yaml = "base: &base\n  type: HttpRequester\n  url: https://x\nstreams:\n  - name: a\n    requester: *base\n"
                            "  - name: b\n";
    YamlError error;
    const auto value = YamlToJson::parse(yaml, &error);
    QVERIFY(value);
    const QJsonArray streams = value->toObject().value(u"streams"_s).toArray();
    QCOMPARE(streams.size(), 2);
    QCOMPARE(streams.at(0).toObject().value(u"requester"_s).toObject().value(u"type"_s).toString(), u"HttpRequester"_s);
}

void tst_YamlToJson::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::newRow("bad indent") << QByteArray("a: 1\nb:\n  - x\n - y\n") << 4;
    QTest::newRow("unclosed flow") << QByteArray("a: 1\nb: [1, 2\nc: 3\n") << 3;
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << 3;
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << 2;
}

void tst_YamlToJson::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    YamlError error;
    QVERIFY(!YamlToJson::parse(yaml, &error));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.line, line);
    QVERIFY(error.column >= 1);
}

void tst_YamlToJson::realManifests()
{
    const QDir dir(QStringLiteral(AIRDESK_SHARED_DIR "/connectors/manifests"));
    if (!dir.exists())
        QSKIP("No real manifests at " AIRDESK_SHARED_DIR "/connectors/manifests");
    int loaded = 0;
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files)) {
        YamlError error;
        const auto value = YamlToJson::parseFile(dir.filePath(name), &error);
        QVERIFY2(value, qPrintable(name + u": "_s + error.toString()));
        QVERIFY2(value->isObject() && !value->toObject().isEmpty(), qPrintable(name));
        ++loaded;
    }
    QVERIFY(loaded >= 100);
    qInfo("%d real manifests loaded", loaded);
}

QTEST_GUILESS_MAIN(tst_YamlToJson)
#include "tst_YamlToJson.moc"

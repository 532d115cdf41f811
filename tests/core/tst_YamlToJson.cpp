// YAML to JSON as manifests need it: scalar typing, quoting, anchors, errors with positions.
#include "core/manifest/JsonToYaml.h"
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
    void pyyamlTolerances();
    void positions();
    void realManifests();
    void writesYamlThatReadsBack();
};

void tst_YamlToJson::scalars_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("int") << QByteArray("v: 42") << QJsonValue(42);
    QTest::newRow("negative") << QByteArray("v: -7") << QJsonValue(-7);
    QTest::newRow("float") << QByteArray("v: 1.5") << QJsonValue(1.5);
    QTest::newRow("exp without dot stays text") << QByteArray("v: 1e3") << QJsonValue(u"1e3"_s);
    QTest::newRow("exp with dot and sign") << QByteArray("v: 1.5e+3") << QJsonValue(1500.0);
    QTest::newRow("yes") << QByteArray("v: yes") << QJsonValue(true);
    QTest::newRow("Off") << QByteArray("v: Off") << QJsonValue(false);
    QTest::newRow("octal") << QByteArray("v: 0777") << QJsonValue(511);
    QTest::newRow("hex") << QByteArray("v: 0x1F") << QJsonValue(31);
    QTest::newRow("underscores") << QByteArray("v: 1_000") << QJsonValue(1000);
    QTest::newRow("sexagesimal") << QByteArray("v: 1:30") << QJsonValue(90);
    // Base 60 past 64 bits (its multiplication used to overflow): not an integer, so text.
    QTest::newRow("sexagesimal too large") << QByteArray("v: 999999999999999999:59:59")
                                            << QJsonValue(u"999999999999999999:59:59"_s);
    QTest::newRow("tagged str") << QByteArray("v: !!str 12") << QJsonValue(u"12"_s);
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
    QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << 2;
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 2;
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

void tst_YamlToJson::pyyamlTolerances()
{
    // PyYAML keeps the last of repeated keys and resolves << merge keys (own keys win).
    const QByteArray yaml = "a: 1\nb: 2\na: 3\nbase: &b\n  x: 1\n  y: 2\nderived:\n  <<: *b\n  y: 5\n";
    YamlError error;
    const auto value = YamlToJson::parse(yaml, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    const QJsonObject root = value->toObject();
    QCOMPARE(root.value(u"a"_s), QJsonValue(3));
    const QJsonObject derived = root.value(u"derived"_s).toObject();
    QCOMPARE(derived.value(u"x"_s), QJsonValue(1));
    QCOMPARE(derived.value(u"y"_s), QJsonValue(5));
    QVERIFY(!derived.contains(u"<<"_s));
    QVERIFY(!YamlToJson::parse("m:\n  <<: 3\n", &error));
    QCOMPARE(error.line, 2);
}

void tst_YamlToJson::positions()
{
    const QByteArray yaml = "version: 1.0.0\nstreams:\n  - name: a\n    retriever:\n      requester:\n        url_base: x\n"
                            "weird.key:\n  - 1\n";
    PositionMap positions;
    YamlError error;
    QVERIFY(YamlToJson::parse(yaml, &error, &positions));
    QCOMPARE(positions.value(u"streams"_s).line, 2);
    QCOMPARE(positions.value(u"streams[0]"_s).line, 3);
    QCOMPARE(positions.value(u"streams[0]"_s).column, 5);
    QCOMPARE(positions.value(u"streams[0].name"_s).line, 3);
    QCOMPARE(positions.value(u"streams[0].name"_s).column, 5);
    QCOMPARE(positions.value(u"streams[0].retriever.requester.url_base"_s).line, 6);
    QCOMPARE(positions.value(u"streams[0].retriever.requester.url_base"_s).column, 9);
    QCOMPARE(positions.value(u"[\"weird.key\"][0]"_s).line, 8);
    QVERIFY(!positions.contains(u"streams[1]"_s));
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

void tst_YamlToJson::writesYamlThatReadsBack()
{
    const QJsonObject tricky{{u"yes"_s, u"yes"_s},          {u"octal"_s, u"0777"_s},   {u"empty"_s, QString()},
                             {u"null text"_s, u"null"_s},   {u"exp text"_s, u"1e5"_s}, {u"spaces"_s, u" padded "_s},
                             {u"ref"_s, u"#/definitions/x"_s}, {u"half"_s, 1.5},     {u"tiny"_s, 1e-5},
                             {u"int"_s, 3},                 {u"bool"_s, false},        {u"nothing"_s, QJsonValue::Null},
                             {u"list"_s, QJsonArray{1, u"2"_s, QJsonArray()}},      {u"map"_s, QJsonObject()},
                             {u"multi"_s, u"line one\nline two\n"_s}, {u"jinja"_s, u"{{ config['a'] }}"_s}};
    YamlError error;
    const QByteArray yaml = JsonToYaml::write(tricky);
    const auto back = YamlToJson::parse(yaml, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->toObject(), tricky);

    const QDir dir(QStringLiteral(AIRDESK_SHARED_DIR "/connectors/manifests"));
    if (!dir.exists())
        QSKIP("No real manifests at " AIRDESK_SHARED_DIR "/connectors/manifests");
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files)) {
        const auto original = YamlToJson::parseFile(dir.filePath(name), &error);
        QVERIFY(original);
        const auto again = YamlToJson::parse(JsonToYaml::write(*original), &error);
        QVERIFY2(again, qPrintable(name + u": "_s + error.toString()));
        QVERIFY2(*again == *original, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(tst_YamlToJson)
#include "tst_YamlToJson.moc"

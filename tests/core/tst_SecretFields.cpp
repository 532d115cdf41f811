#include "core/spec/SecretFields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
namespace SecretFields = airdesk::spec::SecretFields;

namespace {

QJsonObject object(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        qFatal("bad JSON in test table: %s", json.constData());
    return doc.object();
}

// A spec with secrets at the top, in a nested object, in each oneOf option, in an array of
// objects, in an array of strings and behind a $ref.
const QByteArray Spec = R"({
  "type": "object",
  "definitions": {"token": {"type": "string", "airbyte_secret": true}},
  "properties": {
    "host": {"type": "string"},
    "password": {"type": "string", "airbyte_secret": true},
    "ssl": {"type": "object", "properties": {
        "mode": {"type": "string"},
        "client_key": {"type": "string", "airbyte_secret": true, "multiline": true}}},
    "credentials": {"type": "object", "oneOf": [
        {"properties": {"auth_type": {"const": "oauth2"},
                        "client_id": {"type": "string"},
                        "client_secret": {"type": "string", "airbyte_secret": true},
                        "refresh_token": {"type": "string", "airbyte_secret": true}}},
        {"properties": {"auth_type": {"const": "api_key"},
                        "api_key": {"type": "string", "airbyte_secret": true}}}]},
    "accounts": {"type": "array", "items": {"type": "object", "properties": {
        "name": {"type": "string"}, "secret": {"type": "string", "airbyte_secret": true}}}},
    "keys": {"type": "array", "items": {"type": "string", "airbyte_secret": true}},
    "token": {"$ref": "#/definitions/token"},
    "port": {"type": "integer", "airbyte_secret": true}
  }
})";

} // namespace

class tst_SecretFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data();
    void mask();
    void restore_data();
    void restore();
    void roundTripRestoresEverything();
    void removeKeepsEverythingElse();
    void hostileSchemaDoesNotCrash();
};

void tst_SecretFields::mask_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QStringList>("paths");

    QTest::newRow("no secrets present") << QByteArray(R"({"host":"h"})") << QByteArray(R"({"host":"h"})")
                                        << QStringList();
    QTest::newRow("top level") << QByteArray(R"({"host":"h","password":"p"})")
                               << QByteArray(R"({"host":"h","password":"**********"})")
                               << QStringList{u"$.password"_s};
    QTest::newRow("empty string is still masked") << QByteArray(R"({"password":""})")
                                                  << QByteArray(R"({"password":"**********"})")
                                                  << QStringList{u"$.password"_s};
    QTest::newRow("null is left alone") << QByteArray(R"({"password":null})")
                                        << QByteArray(R"({"password":null})") << QStringList();
    QTest::newRow("non-string secret") << QByteArray(R"({"port":5432})")
                                       << QByteArray(R"({"port":"**********"})") << QStringList{u"$.port"_s};
    QTest::newRow("nested") << QByteArray(R"({"ssl":{"mode":"verify","client_key":"-----BEGIN"}})")
                            << QByteArray(R"({"ssl":{"mode":"verify","client_key":"**********"}})")
                            << QStringList{u"$.ssl.client_key"_s};
    QTest::newRow("oneOf oauth")
        << QByteArray(R"({"credentials":{"auth_type":"oauth2","client_id":"id","client_secret":"s","refresh_token":"r"}})")
        << QByteArray(R"({"credentials":{"auth_type":"oauth2","client_id":"id","client_secret":"**********","refresh_token":"**********"}})")
        << QStringList{u"$.credentials.client_secret"_s, u"$.credentials.refresh_token"_s};
    QTest::newRow("oneOf api key")
        << QByteArray(R"({"credentials":{"auth_type":"api_key","api_key":"k"}})")
        << QByteArray(R"({"credentials":{"auth_type":"api_key","api_key":"**********"}})")
        << QStringList{u"$.credentials.api_key"_s};
    QTest::newRow("array of objects")
        << QByteArray(R"({"accounts":[{"name":"a","secret":"1"},{"name":"b"},{"name":"c","secret":"3"}]})")
        << QByteArray(R"({"accounts":[{"name":"a","secret":"**********"},{"name":"b"},{"name":"c","secret":"**********"}]})")
        << QStringList{u"$.accounts[0].secret"_s, u"$.accounts[2].secret"_s};
    QTest::newRow("array of secret strings") << QByteArray(R"({"keys":["a","b"]})")
                                             << QByteArray(R"({"keys":["**********","**********"]})")
                                             << QStringList{u"$.keys[0]"_s, u"$.keys[1]"_s};
    QTest::newRow("$ref") << QByteArray(R"({"token":"t"})") << QByteArray(R"({"token":"**********"})")
                          << QStringList{u"$.token"_s};
    QTest::newRow("unknown keys untouched") << QByteArray(R"({"extra":{"password":"x"}})")
                                            << QByteArray(R"({"extra":{"password":"x"}})") << QStringList();
}

void tst_SecretFields::mask()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, paths);

    const QJsonObject spec = object(Spec);
    const QJsonObject masked = SecretFields::maskSecrets(spec, object(config));
    QCOMPARE(masked, object(expected));
    QStringList actualPaths = SecretFields::secretPaths(spec, object(config));
    actualPaths.sort();
    QCOMPARE(actualPaths, paths);
    // Masking is idempotent: masking the masked config changes nothing.
    QCOMPARE(SecretFields::maskSecrets(spec, masked), masked);
    const QByteArray text = QJsonDocument(masked).toJson();
    QVERIFY(!text.contains("\"client_secret\": \"s\""));
}

void tst_SecretFields::restore_data()
{
    QTest::addColumn<QByteArray>("incoming");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("mask restored") << QByteArray(R"({"host":"new","password":"**********"})")
                                   << QByteArray(R"({"host":"old","password":"hunter2"})")
                                   << QByteArray(R"({"host":"new","password":"hunter2"})");
    QTest::newRow("new secret wins") << QByteArray(R"({"password":"fresh"})")
                                     << QByteArray(R"({"password":"hunter2"})")
                                     << QByteArray(R"({"password":"fresh"})");
    QTest::newRow("nothing stored keeps mask") << QByteArray(R"({"password":"**********"})")
                                               << QByteArray("{}")
                                               << QByteArray(R"({"password":"**********"})");
    QTest::newRow("omitted secret stays omitted") << QByteArray(R"({"host":"h"})")
                                                  << QByteArray(R"({"password":"p"})")
                                                  << QByteArray(R"({"host":"h"})");
    QTest::newRow("mask in a non-secret field is data")
        << QByteArray(R"({"host":"**********"})") << QByteArray(R"({"host":"db"})")
        << QByteArray(R"({"host":"**********"})");
    QTest::newRow("oneOf option")
        << QByteArray(R"({"credentials":{"auth_type":"oauth2","client_id":"id2","client_secret":"**********","refresh_token":"new"}})")
        << QByteArray(R"({"credentials":{"auth_type":"oauth2","client_id":"id","client_secret":"cs","refresh_token":"old"}})")
        << QByteArray(R"({"credentials":{"auth_type":"oauth2","client_id":"id2","client_secret":"cs","refresh_token":"new"}})");
    QTest::newRow("array by index")
        << QByteArray(R"({"accounts":[{"name":"a","secret":"**********"},{"name":"b","secret":"**********"}]})")
        << QByteArray(R"({"accounts":[{"name":"a","secret":"1"}]})")
        << QByteArray(R"({"accounts":[{"name":"a","secret":"1"},{"name":"b","secret":"**********"}]})");
    QTest::newRow("nested")
        << QByteArray(R"({"ssl":{"mode":"x","client_key":"**********"}})")
        << QByteArray(R"({"ssl":{"mode":"y","client_key":"KEY"}})")
        << QByteArray(R"({"ssl":{"mode":"x","client_key":"KEY"}})");
}

void tst_SecretFields::restore()
{
    QFETCH(QByteArray, incoming);
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, expected);
    QCOMPARE(SecretFields::restoreMaskedSecrets(object(Spec), object(incoming), object(stored)),
             object(expected));
}

void tst_SecretFields::roundTripRestoresEverything()
{
    const QJsonObject spec = object(Spec);
    const QJsonObject stored = object(R"({"host":"h","password":"p","ssl":{"client_key":"k"},
        "credentials":{"auth_type":"api_key","api_key":"ak"},"accounts":[{"name":"n","secret":"s"}],
        "keys":["k1","k2"],"token":"t","port":1})");
    const QJsonObject masked = SecretFields::maskSecrets(spec, stored);
    QVERIFY(masked != stored);
    QCOMPARE(SecretFields::secretPaths(spec, stored).size(), 8);
    QCOMPARE(SecretFields::restoreMaskedSecrets(spec, masked, stored), stored);
    QCOMPARE(SecretFields::mask(), u"**********"_s);
}

void tst_SecretFields::removeKeepsEverythingElse()
{
    const QJsonObject config = object(R"({"host":"h","password":"p","ssl":{"mode":"require","client_key":"k"},
        "credentials":{"auth_type":"oauth2","client_id":"cid","client_secret":"cs","refresh_token":"rt"},
        "accounts":[{"name":"first","secret":"s1"},{"name":"second"}],
        "keys":["k1","k2"],"token":"t","port":1})");
    // Only the secret members go: entries of arrays of objects keep their other fields, the
    // chosen oneOf option keeps its discriminator and plain fields, arrays of secrets empty.
    QCOMPARE(SecretFields::removeSecrets(object(Spec), config),
             object(R"({"host":"h","ssl":{"mode":"require"},
                 "credentials":{"auth_type":"oauth2","client_id":"cid"},
                 "accounts":[{"name":"first"},{"name":"second"}],"keys":[]})"));
    // Unset secrets stay unset; null stays null.
    QCOMPARE(SecretFields::removeSecrets(object(Spec), object(R"({"host":"h","password":null})")),
             object(R"({"host":"h","password":null})"));
}

void tst_SecretFields::hostileSchemaDoesNotCrash()
{
    const QJsonObject cyclic = object(R"({"definitions":{"a":{"$ref":"#/definitions/a"}},
        "properties":{"x":{"$ref":"#/definitions/a"},"self":{"$ref":"#"},
                      "s":{"type":"string","airbyte_secret":true}}})");
    QJsonObject deep{{u"s"_s, u"secret"_s}};
    for (int i = 0; i < 200; ++i)
        deep = QJsonObject{{u"self"_s, deep}};
    const QJsonObject config{{u"x"_s, 1}, {u"self"_s, deep}, {u"s"_s, u"v"_s}};
    const QJsonObject masked = SecretFields::maskSecrets(cyclic, config);
    QCOMPARE(masked.value(u"s"_s).toString(), SecretFields::mask());
    QCOMPARE(masked.value(u"x"_s), QJsonValue(1));
}

QTEST_GUILESS_MAIN(tst_SecretFields)
#include "tst_SecretFields.moc"

#include "core/json/JsonMerge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using airdesk::json::deepMerge;

namespace {

QJsonObject object(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        qFatal("bad JSON in test table: %s", json.constData());
    return doc.object();
}

} // namespace

class tst_JsonMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merge_data();
    void merge();
};

void tst_JsonMerge::merge_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty patch") << QByteArray(R"({"a":1})") << QByteArray("{}") << QByteArray(R"({"a":1})");
    QTest::newRow("empty base") << QByteArray("{}") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})");
    QTest::newRow("scalar replaced") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":"x"})")
                                     << QByteArray(R"({"a":"x","b":2})");
    QTest::newRow("nested merged")
        << QByteArray(R"({"t":{"host":"h","port":22},"k":1})") << QByteArray(R"({"t":{"port":2222,"user":"u"}})")
        << QByteArray(R"({"t":{"host":"h","port":2222,"user":"u"},"k":1})");
    QTest::newRow("deeply nested")
        << QByteArray(R"({"a":{"b":{"c":{"d":1,"e":2}}}})") << QByteArray(R"({"a":{"b":{"c":{"e":3}}}})")
        << QByteArray(R"({"a":{"b":{"c":{"d":1,"e":3}}}})");
    QTest::newRow("array replaced, not concatenated")
        << QByteArray(R"({"repos":["a/b","c/d"]})") << QByteArray(R"({"repos":["e/f"]})")
        << QByteArray(R"({"repos":["e/f"]})");
    QTest::newRow("array of objects replaced")
        << QByteArray(R"({"l":[{"a":1,"b":2}]})") << QByteArray(R"({"l":[{"a":9}]})")
        << QByteArray(R"({"l":[{"a":9}]})");
    QTest::newRow("null stored, not removed") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":null})")
                                              << QByteArray(R"({"a":null})");
    QTest::newRow("scalar becomes object") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":{"x":1}})")
                                           << QByteArray(R"({"a":{"x":1}})");
    // Jackson's mergeNodes recurses into a stored object whatever the patch holds, so a scalar,
    // an array or null there leaves the stored object untouched.
    QTest::newRow("object kept against scalar") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":5})")
                                                << QByteArray(R"({"a":{"x":1}})");
    QTest::newRow("object kept against null") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":null})")
                                              << QByteArray(R"({"a":{"x":1}})");
    QTest::newRow("object kept against array") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":[1]})")
                                               << QByteArray(R"({"a":{"x":1}})");
    QTest::newRow("oneOf switch keeps old keys")
        << QByteArray(R"({"tunnel":{"tunnel_method":"SSH_KEY_AUTH","ssh_key":"k"}})")
        << QByteArray(R"({"tunnel":{"tunnel_method":"NO_TUNNEL"}})")
        << QByteArray(R"({"tunnel":{"tunnel_method":"NO_TUNNEL","ssh_key":"k"}})");
}

void tst_JsonMerge::merge()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    const QJsonObject baseObject = object(base);
    QCOMPARE(deepMerge(baseObject, object(patch)), object(expected));
    QCOMPARE(baseObject, object(base)); // inputs are values, never modified
}

QTEST_GUILESS_MAIN(tst_JsonMerge)
#include "tst_JsonMerge.moc"

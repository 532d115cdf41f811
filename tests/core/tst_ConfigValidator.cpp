#include "core/spec/ConfigValidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using airdesk::spec::ConfigValidator;
using airdesk::spec::ValidationIssue;

namespace {

QJsonValue parse(const QByteArray &json)
{
    // Wrapping lets scalars be written as config values too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    if (!doc.isArray())
        qFatal("bad JSON in test table: %s", json.constData());
    return doc.array().at(0);
}

QStringList messages(const QList<ValidationIssue> &issues)
{
    QStringList list;
    for (const ValidationIssue &issue : issues)
        list.append(issue.message);
    list.sort();
    return list;
}

// Collects every `pattern` in a schema with a readable location, following all sub-schemas.
void collectPatterns(const QJsonValue &node, const QString &where, QList<QPair<QString, QString>> &out,
                     int depth = 0)
{
    if (depth > 80)
        return;
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPatterns(array.at(i), where % u'/' % QString::number(i), out, depth + 1);
        return;
    }
    if (!node.isObject())
        return;
    const QJsonObject object = node.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"pattern" && it.value().isString())
            out.append({where, it.value().toString()});
        // Values of these keywords are data, not schemas: a property named "pattern" in an
        // `examples` object must not be taken for a keyword.
        if (it.key() == u"enum" || it.key() == u"const" || it.key() == u"default"
            || it.key() == u"examples")
            continue;
        collectPatterns(it.value(), where % u'/' % it.key(), out, depth + 1);
    }
}

} // namespace

class tst_ConfigValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void issuePaths();
    void summaryJoinsMessages();
    void invalidPatternIsIgnored();
    void deepNestingIsCappedAndReported();
    void refCycleTerminates();
    void combinatorBlowUpTerminates();
    void realSpecs();
};

void tst_ConfigValidator::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("expected");

    const QByteArray db = R"({"type":"object","required":["host","port"],
        "properties":{"host":{"type":"string"},"port":{"type":"integer","minimum":1,"maximum":65535},
                      "ssl":{"type":"boolean"}}})";
    QTest::newRow("valid") << db << QByteArray(R"({"host":"db","port":5432,"ssl":true})")
                           << QStringList();
    QTest::newRow("wrong type") << db << QByteArray(R"({"host":"db","port":"5432"})")
                                << QStringList{u"$.port: string found, integer expected"_s};
    QTest::newRow("fraction is no integer") << db << QByteArray(R"({"host":"db","port":5.5})")
                                            << QStringList{u"$.port: number found, integer expected"_s};
    QTest::newRow("missing") << db << QByteArray(R"({"port":1})")
                             << QStringList{u"$.host: is missing but it is required"_s};
    QTest::newRow("all missing") << db << QByteArray("{}")
                                 << QStringList{u"$.host: is missing but it is required"_s,
                                                u"$.port: is missing but it is required"_s};
    QTest::newRow("maximum") << db << QByteArray(R"({"host":"h","port":70000})")
                             << QStringList{u"$.port: must have a maximum value of 65535"_s};
    QTest::newRow("minimum") << db << QByteArray(R"({"host":"h","port":0})")
                             << QStringList{u"$.port: must have a minimum value of 1"_s};
    QTest::newRow("root type") << db << QByteArray(R"("text")")
                               << QStringList{u"$: string found, object expected"_s};
    QTest::newRow("extra allowed by default") << db << QByteArray(R"({"host":"h","port":1,"x":1})")
                                              << QStringList();

    QTest::newRow("type array accepts null")
        << QByteArray(R"({"properties":{"schema":{"type":["string","null"]}}})")
        << QByteArray(R"({"schema":null})") << QStringList();
    QTest::newRow("type array rejects number")
        << QByteArray(R"({"properties":{"schema":{"type":["string","null"]}}})")
        << QByteArray(R"({"schema":3})")
        << QStringList{u"$.schema: integer found, [string, null] expected"_s};
    QTest::newRow("number accepts integer")
        << QByteArray(R"({"properties":{"ratio":{"type":"number"}}})")
        << QByteArray(R"({"ratio":3})") << QStringList();

    const QByteArray ssl = R"({"properties":{"ssl_mode":{"type":"object","properties":{
        "mode":{"type":"string","enum":["disable","allow"]}}}}})";
    QTest::newRow("enum") << ssl << QByteArray(R"({"ssl_mode":{"mode":"verify-full"}})")
                          << QStringList{u"$.ssl_mode.mode: does not have a value in the enumeration [disable, allow]"_s};
    QTest::newRow("enum ok") << ssl << QByteArray(R"({"ssl_mode":{"mode":"allow"}})") << QStringList();
    QTest::newRow("numeric enum")
        << QByteArray(R"({"properties":{"v":{"enum":[1,2.5,null]}}})")
        << QByteArray(R"({"v":3})")
        << QStringList{u"$.v: does not have a value in the enumeration [1, 2.5, null]"_s};
    QTest::newRow("const")
        << QByteArray(R"({"properties":{"auth_type":{"const":"oauth2"}}})")
        << QByteArray(R"({"auth_type":"key"})")
        << QStringList{u"$.auth_type: must be a constant value oauth2"_s};

    const QByteArray date = R"({"properties":{"start_date":{"type":"string",
        "pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}})";
    QTest::newRow("pattern") << date << QByteArray(R"({"start_date":"2024/01/01"})")
                             << QStringList{u"$.start_date: does not match the regex pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s};
    QTest::newRow("pattern ok") << date << QByteArray(R"({"start_date":"2024-01-01"})") << QStringList();
    QTest::newRow("pattern is a search, not anchored")
        << QByteArray(R"({"properties":{"s":{"type":"string","pattern":"[0-9]"}}})")
        << QByteArray(R"({"s":"abc1def"})") << QStringList();
    // JavaScript-style look-behind, as real specs use it: no "www." right after the scheme.
    const QByteArray lookBehind = R"({"properties":{"url":{"type":"string",
        "pattern":"^https://(?!www\\.)[a-z.]+(?<!\\.)$"}}})";
    QTest::newRow("look-behind ok") << lookBehind << QByteArray(R"({"url":"https://example.com"})")
                                    << QStringList();
    QTest::newRow("look-behind rejects")
        << lookBehind << QByteArray(R"({"url":"https://example.com."})")
        << QStringList{u"$.url: does not match the regex pattern ^https://(?!www\\.)[a-z.]+(?<!\\.)$"_s};
    QTest::newRow("pattern skips non-strings") << date << QByteArray(R"({"start_date":5})")
                                               << QStringList{u"$.start_date: integer found, string expected"_s};

    const QByteArray lengths = R"({"properties":{"code":{"type":"string","minLength":2,"maxLength":3}}})";
    QTest::newRow("minLength") << lengths << QByteArray(R"({"code":"a"})")
                               << QStringList{u"$.code: must be at least 2 characters long"_s};
    QTest::newRow("maxLength") << lengths << QByteArray(R"({"code":"abcd"})")
                               << QStringList{u"$.code: may only be 3 characters long"_s};
    QTest::newRow("length counts code points") << lengths << QByteArray(R"({"code":"😀😀😀"})")
                                               << QStringList();

    QTest::newRow("exclusiveMinimum number")
        << QByteArray(R"({"properties":{"n":{"type":"number","exclusiveMinimum":0}}})")
        << QByteArray(R"({"n":0})") << QStringList{u"$.n: must have an exclusive minimum value of 0"_s};
    QTest::newRow("exclusiveMaximum draft 4")
        << QByteArray(R"({"properties":{"n":{"maximum":1.5,"exclusiveMaximum":true}}})")
        << QByteArray(R"({"n":1.5})") << QStringList{u"$.n: must have an exclusive maximum value of 1.5"_s};

    const QByteArray repos = R"({"properties":{"repositories":{"type":"array","minItems":1,"maxItems":3,
        "uniqueItems":true,"items":{"type":"string","pattern":"^[\\w.-]+/[\\w.-]+$"}}}})";
    QTest::newRow("items ok") << repos << QByteArray(R"({"repositories":["a/b","c/d"]})") << QStringList();
    QTest::newRow("items pattern") << repos << QByteArray(R"({"repositories":["a/b","nope"]})")
                                   << QStringList{u"$.repositories[1]: does not match the regex pattern ^[\\w.-]+/[\\w.-]+$"_s};
    QTest::newRow("minItems") << repos << QByteArray(R"({"repositories":[]})")
                              << QStringList{u"$.repositories: there must be a minimum of 1 items in the array"_s};
    QTest::newRow("maxItems") << repos << QByteArray(R"({"repositories":["a/b","a/c","a/d","a/e"]})")
                              << QStringList{u"$.repositories: there must be a maximum of 3 items in the array"_s};
    QTest::newRow("uniqueItems") << repos << QByteArray(R"({"repositories":["a/b","a/b"]})")
                                 << QStringList{u"$.repositories: the items in the array must be unique"_s};
    QTest::newRow("uniqueItems objects ignore key order")
        << QByteArray(R"({"properties":{"l":{"uniqueItems":true}}})")
        << QByteArray(R"({"l":[{"a":1,"b":2},{"b":2,"a":1}]})")
        << QStringList{u"$.l: the items in the array must be unique"_s};

    const QByteArray tunnel = R"({"properties":{"tunnel_method":{"type":"object","oneOf":[
        {"required":["tunnel_method"],"properties":{"tunnel_method":{"const":"NO_TUNNEL"}}},
        {"required":["tunnel_method","tunnel_host","tunnel_port"],"properties":{
            "tunnel_method":{"const":"SSH_KEY_AUTH"},"tunnel_host":{"type":"string"},
            "tunnel_port":{"type":"integer"}}}]}}})";
    QTest::newRow("oneOf first") << tunnel << QByteArray(R"({"tunnel_method":{"tunnel_method":"NO_TUNNEL"}})")
                                 << QStringList();
    QTest::newRow("oneOf discriminated errors")
        << tunnel << QByteArray(R"({"tunnel_method":{"tunnel_method":"SSH_KEY_AUTH","tunnel_port":"22"}})")
        << QStringList{u"$.tunnel_method.tunnel_host: is missing but it is required"_s,
                       u"$.tunnel_method.tunnel_port: string found, integer expected"_s};
    QTest::newRow("oneOf unknown discriminator")
        << tunnel << QByteArray(R"({"tunnel_method":{"tunnel_method":"VPN"}})")
        << QStringList{u"$.tunnel_method.tunnel_method: does not have a value in the enumeration [NO_TUNNEL, SSH_KEY_AUTH]"_s};
    QTest::newRow("oneOf missing discriminator")
        << tunnel << QByteArray(R"({"tunnel_method":{}})")
        << QStringList{u"$.tunnel_method.tunnel_method: is missing but it is required"_s};
    QTest::newRow("oneOf two valid")
        << QByteArray(R"({"oneOf":[{"type":"object"},{"required":[]}]})") << QByteArray("{}")
        << QStringList{u"$: should be valid to one and only one schema, but 2 are valid"_s};
    QTest::newRow("oneOf by type, closest option explains")
        << QByteArray(R"({"properties":{"v":{"oneOf":[{"type":"string","minLength":3},{"type":"integer"}]}}})")
        << QByteArray(R"({"v":"ab"})")
        << QStringList{u"$.v: should be valid to one and only one schema, but 0 are valid"_s,
                       u"$.v: must be at least 3 characters long"_s};

    const QByteArray any = R"({"properties":{"v":{"anyOf":[{"type":"string"},{"type":"integer"}]}}})";
    QTest::newRow("anyOf ok") << any << QByteArray(R"({"v":2})") << QStringList();
    QTest::newRow("anyOf fails") << any << QByteArray(R"({"v":true})")
                                 << QStringList{u"$.v: should be valid to any of the schemas"_s};
    QTest::newRow("allOf")
        << QByteArray(R"({"allOf":[{"required":["a"]},{"required":["b"]}]})") << QByteArray(R"({"a":1})")
        << QStringList{u"$.b: is missing but it is required"_s};

    QTest::newRow("additionalProperties false")
        << QByteArray(R"({"additionalProperties":false,"properties":{"a":{}}})")
        << QByteArray(R"({"a":1,"b":2})")
        << QStringList{u"$.b: is not defined in the schema and the schema does not allow additional properties"_s};
    QTest::newRow("additionalProperties schema")
        << QByteArray(R"({"additionalProperties":{"type":"string"}})") << QByteArray(R"({"b":2})")
        << QStringList{u"$.b: integer found, string expected"_s};

    const QByteArray refs = R"({"definitions":{"port":{"type":"integer","maximum":10},
        "alias":{"$ref":"#/definitions/port"}},
        "properties":{"p":{"$ref":"#/definitions/port"},"q":{"$ref":"#/definitions/alias"},
                      "r":{"$ref":"#/definitions/missing"},"s":{"$ref":"https://example.com/x.json"}}})";
    QTest::newRow("$ref") << refs << QByteArray(R"({"p":"x","q":11,"r":1,"s":1})")
                          << QStringList{u"$.p: string found, integer expected"_s,
                                         u"$.q: must have a maximum value of 10"_s};

    QTest::newRow("unknown keywords ignored")
        << QByteArray(R"({"properties":{"a":{"type":"string","airbyte_secret":true,"order":0,"tittle":"x","format":"date"}}})")
        << QByteArray(R"({"a":"nope"})") << QStringList();
    QTest::newRow("duplicate required reported once")
        << QByteArray(R"({"required":["a","a"]})") << QByteArray("{}")
        << QStringList{u"$.a: is missing but it is required"_s};
    QTest::newRow("false schema")
        << QByteArray(R"({"properties":{"a":false}})") << QByteArray(R"({"a":1})")
        << QStringList{u"$.a: is not allowed by a false schema"_s};
}

void tst_ConfigValidator::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expected);

    const QJsonObject schemaObject = parse(schema).toObject();
    QVERIFY(!schemaObject.isEmpty());
    expected.sort();
    QCOMPARE(messages(ConfigValidator(schemaObject).validate(parse(config))), expected);
    // The static entry point must agree with the instance one.
    QCOMPARE(messages(ConfigValidator::validate(schemaObject, parse(config))), expected);
}

void tst_ConfigValidator::issuePaths()
{
    const QJsonObject schema = parse(R"({"properties":{"a b":{"type":"object","required":["x"]},
        "list":{"items":{"type":"object","properties":{"n":{"type":"integer"}}}}}})").toObject();
    const auto issues = ConfigValidator::validate(schema, parse(R"({"a b":{},"list":[{"n":1},{"n":"2"}]})"));
    QCOMPARE(issues.size(), 2);
    QStringList paths{issues.at(0).path, issues.at(1).path};
    paths.sort();
    QCOMPARE(paths, (QStringList{u"$.a b.x"_s, u"$.list[1].n"_s}));
}

void tst_ConfigValidator::summaryJoinsMessages()
{
    const QList<ValidationIssue> issues{{u"$.a"_s, u"$.a: one"_s}, {u"$.b"_s, u"$.b: two"_s}};
    QCOMPARE(ConfigValidator::summary(issues), u"$.a: one, $.b: two"_s);
    QCOMPARE(ConfigValidator::summary({}), QString());
}

void tst_ConfigValidator::invalidPatternIsIgnored()
{
    QVERIFY(!ConfigValidator::compiledPattern(u"([a-z"_s));
    QVERIFY(ConfigValidator::compiledPattern(u"(?<=a)b"_s));
    // Cached answers stay correct.
    QVERIFY(!ConfigValidator::compiledPattern(u"([a-z"_s));
    const QJsonObject schema = parse(R"({"properties":{"a":{"type":"string","pattern":"([a-z"}}})").toObject();
    QVERIFY(ConfigValidator::validate(schema, parse(R"({"a":"ZZZ"})")).isEmpty());
}

void tst_ConfigValidator::deepNestingIsCappedAndReported()
{
    // 500 nested objects, far past the cap; each level requires the next.
    QJsonObject schema{{u"type"_s, u"string"_s}};
    QJsonValue config = u"leaf"_s;
    for (int i = 0; i < 500; ++i) {
        schema = QJsonObject{{u"type"_s, u"object"_s},
                             {u"properties"_s, QJsonObject{{u"n"_s, schema}}}};
        config = QJsonObject{{u"n"_s, config}};
    }
    const auto issues = ConfigValidator::validate(schema, config);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.at(0).message.contains(u"maximum depth of 64"_s), qPrintable(issues.at(0).message));
    QCOMPARE(issues.at(0).path.count(u".n"_s), ConfigValidator::MaxDepth + 1);
}

void tst_ConfigValidator::refCycleTerminates()
{
    const QJsonObject schema = parse(R"({"definitions":{"a":{"$ref":"#/definitions/b"},
        "b":{"$ref":"#/definitions/a"}},"properties":{"x":{"$ref":"#/definitions/a"},"y":{"$ref":"#"}}})").toObject();
    const auto issues = ConfigValidator::validate(schema, parse(R"({"x":1})"));
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.at(0).message.contains(u"maximum depth"_s));
    // "#" recursion is fine as long as the config ends.
    QVERIFY(ConfigValidator::validate(schema, parse(R"({"y":{"y":{}}})")).isEmpty());
}

void tst_ConfigValidator::combinatorBlowUpTerminates()
{
    // Ten options nested 30 deep would be 10^30 visits without the work budget.
    QJsonObject schema{{u"type"_s, u"integer"_s}};
    for (int i = 0; i < 30; ++i) {
        QJsonArray options;
        for (int j = 0; j < 10; ++j)
            options.append(schema);
        schema = QJsonObject{{u"oneOf"_s, options}};
    }
    QElapsedTimer timer;
    timer.start();
    const auto issues = ConfigValidator::validate(schema, u"x"_s);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.last().message, u"$: schema is too complex, validation stopped"_s);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void tst_ConfigValidator::realSpecs()
{
    const QDir dir(QStringLiteral(AIRDESK_SHARED_DIR "/connectors/specs"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("No real connector specs at " AIRDESK_SHARED_DIR "/connectors/specs");

    int patterns = 0;
    QStringList badPatterns;
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QVERIFY2(doc.isObject(), qPrintable(file % u": "_s % error.errorString()));
        const QJsonObject schema = doc.object();

        QSet<QString> expected;
        for (const QJsonValue &name : schema.value(u"required").toArray())
            expected.insert(u"$."_s % name.toString() % u": is missing but it is required"_s);

        const auto issues = ConfigValidator::validate(schema, QJsonObject());
        QSet<QString> missing;
        QStringList other;
        for (const ValidationIssue &issue : issues) {
            if (issue.message.endsWith(u": is missing but it is required"_s)
                && expected.contains(issue.message))
                missing.insert(issue.message);
            else
                other.append(issue.message);
        }
        QCOMPARE(missing.size(), issues.size() - other.size()); // no duplicates
        QVERIFY2(missing == expected, qPrintable(file));
        // A top-level oneOf (the e2e-test sources) may add its own complaint; nothing else may.
        if (!schema.contains(u"oneOf"))
            QVERIFY2(other.isEmpty(), qPrintable(file % u": "_s % other.join(u"; "_s)));

        QList<QPair<QString, QString>> found;
        collectPatterns(schema, u"#"_s, found);
        for (const auto &[where, pattern] : std::as_const(found)) {
            ++patterns;
            if (!ConfigValidator::compiledPattern(pattern)) {
                const QRegularExpression re(pattern);
                badPatterns.append(file % u' ' % where % u": "_s % pattern % u" ("_s
                                   % re.errorString() % u')');
            }
        }
    }
    qInfo("%lld real specs validated; %d patterns, %lld do not compile with QRegularExpression:",
          static_cast<long long>(files.size()), patterns, static_cast<long long>(badPatterns.size()));
    for (const QString &bad : std::as_const(badPatterns))
        qInfo("  %s", qPrintable(bad));
    QCOMPARE(files.size(), 675);
    QVERIFY(patterns > 300);
}

QTEST_GUILESS_MAIN(tst_ConfigValidator)
#include "tst_ConfigValidator.moc"

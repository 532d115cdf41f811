// The manifest validator against Airbyte's real manifests (no false errors), hand-written broken
// manifests (the expected error at the expected path and line) and its fallbacks.
#include "core/manifest/DeclarativeSchema.h"
#include "core/manifest/DeclarativeSchemaSource.h"
#include "core/manifest/ManifestComponents.h"
#include "core/manifest/ManifestReferences.h"
#include "core/manifest/ManifestValidator.h"
#include "core/manifest/SchemaErrorFinder.h"
#include "core/manifest/YamlToJson.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace airdesk::manifest;

namespace {

const QString kSchemaPath = QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
const QString kManifestDir = QStringLiteral(AIRDESK_SHARED_DIR "/connectors/manifests");
const QString kDataDir = QStringLiteral(AIRDESK_SOURCE_DIR "/tests/data/manifests");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const ManifestIssues &issues)
{
    QStringList lines;
    for (const ManifestIssue &i : issues)
        lines.append(u"%1:%2: %3"_s.arg(i.line).arg(i.column).arg(i.toString()));
    return lines.join(u"\n"_s);
}

} // namespace

class tst_ManifestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realManifests();
    void explanationAgreesWithValijson();
    void validSample();
    void broken_data();
    void broken();
    void parametersFillRequiredFields();
    void publishRequirements();
    void jsonInputHasPathsOnly();
    void structuralFallback();
    void schemaSource();

private:
    bool haveSchema() const { return m_schema != nullptr; }
    std::shared_ptr<const DeclarativeSchema> m_schema;
};

#define REQUIRE_SCHEMA()                                                                                          \
    if (!haveSchema())                                                                                            \
    QSKIP("No declarative component schema at " AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml")

void tst_ManifestValidator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("AIRDESK_DECLARATIVE_SCHEMA");
    QFile::remove(DeclarativeSchemaSource::cacheFilePath());
    QString error;
    if (QFile::exists(kSchemaPath)) {
        m_schema = DeclarativeSchema::fromFile(kSchemaPath, &error);
        QVERIFY2(m_schema, qPrintable(error));
        qInfo("schema compiled in %.1f ms", m_schema->compileMilliseconds());
    }
}

void tst_ManifestValidator::realManifests()
{
    REQUIRE_SCHEMA();
    if (!QDir(kManifestDir).exists())
        QSKIP("No real manifests at " AIRDESK_SHARED_DIR "/connectors/manifests");
    // Invalid for CDK 7.28.2 too (checked against Python's jsonschema after the CDK's own
    // preprocessing): destination manifests have another root shape, and CustomIncrementalSync
    // is no longer in the schema. The first issue each must give:
    struct Expected
    {
        QString path;
        QString message;
        int line;
    };
    const QHash<QString, Expected> knownInvalid{
        {u"destination-customer-io.yaml"_s, {QString(), u"missing required property 'check'"_s, 1}},
        {u"destination-hubspot.yaml"_s, {QString(), u"missing required property 'check'"_s, 1}},
        {u"source-posthog.yaml"_s,
         {u"streams[4].incremental_sync"_s,
          u"unknown component type 'CustomIncrementalSync'; expected one of: DatetimeBasedCursor, IncrementingCountCursor"_s,
          102}},
        {u"source-recharge.yaml"_s,
         {u"streams[0].incremental_sync"_s,
          u"unknown component type 'CustomIncrementalSync'; expected one of: DatetimeBasedCursor, IncrementingCountCursor"_s,
          145}},
    };
    // Fine for the CDK, but the server needs more to publish them: t = no explicit type,
    // s = no spec.connection_specification.
    const QHash<QString, QString> publishGaps{
        {u"destination-customer-io.yaml"_s, u"t"_s}, {u"destination-hubspot.yaml"_s, u"t"_s},
        {u"source-asana.yaml"_s, u"t"_s},            {u"source-facebook-pages.yaml"_s, u"ts"_s},
        {u"source-google-ads.yaml"_s, u"s"_s},       {u"source-marketo.yaml"_s, u"s"_s},
        {u"source-mixpanel.yaml"_s, u"s"_s},         {u"source-posthog.yaml"_s, u"ts"_s},
        {u"source-public-apis.yaml"_s, u"ts"_s},     {u"source-recharge.yaml"_s, u"ts"_s},
        {u"source-zenloop.yaml"_s, u"ts"_s},
    };
    const ManifestValidator validator(m_schema);
    const QDir dir(kManifestDir);
    int clean = 0;
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files)) {
        const ManifestValidation result = validator.validateText(readAll(dir.filePath(name)));
        QVERIFY(result.schemaChecked);
        if (const auto expected = knownInvalid.constFind(name); expected != knownInvalid.constEnd()) {
            QVERIFY2(!result.issues.isEmpty(), qPrintable(name));
            const ManifestIssue &first = result.issues.first();
            QCOMPARE(first.path, expected->path);
            QCOMPARE(first.message, expected->message);
            QCOMPARE(first.line, expected->line);
        } else {
            QVERIFY2(result.issues.isEmpty(), qPrintable(name + u"\n"_s + describe(result.issues)));
            ++clean;
        }
        QString gaps;
        for (const ManifestIssue &issue : result.publishIssues)
            gaps += issue.message.contains(u"'type: DeclarativeSource'"_s) ? u"t"_s : u"s"_s;
        QCOMPARE(gaps, publishGaps.value(name));
    }
    QCOMPARE(clean, 111);
}

void tst_ManifestValidator::explanationAgreesWithValijson()
{
    REQUIRE_SCHEMA();
    // The readable explanation walks the schema itself; it must find nothing exactly where
    // valijson accepts, on every real and hand-written manifest.
    QStringList files;
    for (const QString &folder : QStringList{kManifestDir, kDataDir + u"/valid"_s, kDataDir + u"/broken"_s}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files))
            files.append(dir.filePath(name));
    }
    const SchemaErrorFinder finder(m_schema->json());
    int accepted = 0;
    int rejected = 0;
    for (const QString &file : std::as_const(files)) {
        YamlError error;
        const auto value = YamlToJson::parse(readAll(file), &error);
        if (!value)
            continue; // the YAML itself is broken
        QJsonObject manifest = value->toObject();
        if (!manifest.contains(u"type"_s))
            manifest.insert(u"type"_s, u"DeclarativeSource"_s);
        QList<ManifestReferences::Problem> problems;
        manifest = ManifestReferences::resolve(manifest, &problems);
        if (!problems.isEmpty())
            continue; // the CDK stops before the schema
        manifest = ManifestComponents::propagate(manifest);
        const bool accepts = m_schema->accepts(manifest);
        const auto failures = finder.find(manifest);
        const QString why = failures.isEmpty() ? u": valijson rejects, nothing explained"_s
                                               : u": explained failures valijson does not see: "_s + failures.first().message;
        QVERIFY2(accepts == failures.isEmpty(), qPrintable(file + why));
        ++(accepts ? accepted : rejected);
    }
    QCOMPARE(accepted, 112); // 111 real + pets.yaml
    QVERIFY(rejected >= 10);
}

void tst_ManifestValidator::validSample()
{
    REQUIRE_SCHEMA();
    const ManifestValidation result =
        ManifestValidator(m_schema).validateText(readAll(kDataDir + u"/valid/pets.yaml"_s));
    QVERIFY(result.schemaChecked);
    QVERIFY(result.note.isEmpty());
    QVERIFY2(result.canPublish(), qPrintable(describe(result.all())));
}

void tst_ManifestValidator::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "line:column: path: message", in order
    QTest::newRow("version as a number") << u"version_number.yaml"_s
                                         << QStringList{u"2:1: version: expected string, found number"_s};
    QTest::newRow("extractor without field_path")
        << u"missing_field_path.yaml"_s
        << QStringList{u"16:9: streams[0].retriever.record_selector.extractor: missing required property 'field_path'"_s};
    QTest::newRow("unknown paginator type")
        << u"unknown_paginator.yaml"_s
        << QStringList{u"13:7: streams[0].retriever.paginator: unknown component type 'PagePaginator'; expected one of: "
                       u"DefaultPaginator, NoPagination"_s};
    QTest::newRow("http method not in enum")
        << u"bad_http_method.yaml"_s
        << QStringList{u"10:9: streams[0].retriever.requester.http_method: 'FETCH' is not one of: GET, POST"_s};
    QTest::newRow("undefined reference")
        << u"undefined_reference.yaml"_s
        << QStringList{u"12:9: streams[0].retriever.requester.$ref: undefined reference '#/definitions/requestor'"_s};
    QTest::newRow("circular reference")
        << u"circular_reference.yaml"_s
        << QStringList{u"5:5: definitions.a.$ref: circular reference '#/definitions/b' (#/definitions/b -> "
                       u"#/definitions/a -> #/definitions/b)"_s,
                       u"7:5: definitions.b.nested: circular reference '#/definitions/a' (#/definitions/a -> "
                       u"#/definitions/b -> #/definitions/a)"_s};
    // The path is the stream's; the line is where the faulty authenticator is written.
    QTest::newRow("error behind a reference")
        << u"error_behind_reference.yaml"_s
        << QStringList{u"5:3: streams[0].retriever.requester.authenticator: missing required property 'api_token'"_s};
    QTest::newRow("streams misspelt")
        << u"streams_typo.yaml"_s
        << QStringList{u"1:1: matches none of the allowed forms: an object with 'streams'; an object with "
                       u"'dynamic_streams'"_s,
                       u"5:1: stream: unknown property 'stream'"_s};
    QTest::newRow("values neither text nor list")
        << u"list_partition_values.yaml"_s
        << QStringList{u"16:9: streams[0].retriever.partition_router.values: expected string or array, found integer"_s};
    QTest::newRow("YAML indentation") << u"bad_indentation.yaml"_s << QStringList{u"8:6: end of map not found"_s};
}

void tst_ManifestValidator::broken()
{
    REQUIRE_SCHEMA();
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QByteArray text = readAll(kDataDir + u"/broken/"_s + file);
    QVERIFY(!text.isEmpty());
    const ManifestValidation result = ManifestValidator(m_schema).validateText(text);
    QVERIFY(!result.isValid());
    ManifestIssues issues = result.issues;
    std::stable_sort(issues.begin(), issues.end(),
                     [](const ManifestIssue &a, const ManifestIssue &b) { return a.line < b.line; });
    QStringList actual;
    for (const ManifestIssue &i : std::as_const(issues))
        actual.append(u"%1:%2: %3"_s.arg(i.line).arg(i.column).arg(i.toString()));
    QCOMPARE(actual, expected);
}

void tst_ManifestValidator::parametersFillRequiredFields()
{
    REQUIRE_SCHEMA();
    // pets.yaml's extractor gets field_path only from the streams' $parameters.
    QByteArray text = readAll(kDataDir + u"/valid/pets.yaml"_s);
    text.replace("      field_path: [\"data\"]\n", "");
    const ManifestValidation result = ManifestValidator(m_schema).validateText(text);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().path, u"streams[0].retriever.record_selector.extractor"_s);
    QCOMPARE(result.issues.first().message, u"missing required property 'field_path'"_s);
    QCOMPARE(result.issues.first().line, 23); // in definitions.base_stream, where it is written
}

void tst_ManifestValidator::publishRequirements()
{
    REQUIRE_SCHEMA();
    // A spec reached through a reference is fine for the CDK, not for the server, which reads
    // the manifest as sent; and the server wants the type written out.
    const QByteArray text = "version: 6.44.0\n"
                            "definitions:\n"
                            "  spec:\n"
                            "    connection_specification:\n"
                            "      type: object\n"
                            "check:\n"
                            "  stream_names: [x]\n"
                            "streams:\n"
                            "  - name: x\n"
                            "    retriever:\n"
                            "      requester:\n"
                            "        url_base: https://api.example.invalid\n"
                            "      record_selector:\n"
                            "        extractor:\n"
                            "          field_path: []\n"
                            "spec:\n"
                            "  $ref: \"#/definitions/spec\"\n";
    const ManifestValidation result = ManifestValidator(m_schema).validateText(text);
    QVERIFY2(result.isValid(), qPrintable(describe(result.issues)));
    QVERIFY(!result.canPublish());
    QCOMPARE(result.publishIssues.size(), 2);
    QCOMPARE(result.publishIssues.at(0).path, QString());
    QVERIFY(result.publishIssues.at(0).message.contains(u"'type: DeclarativeSource'"_s));
    QCOMPARE(result.publishIssues.at(1).path, u"spec"_s);
    QVERIFY(result.publishIssues.at(1).message.contains(u"connection_specification"_s));
    QCOMPARE(result.publishIssues.at(1).line, 16);
}

void tst_ManifestValidator::jsonInputHasPathsOnly()
{
    REQUIRE_SCHEMA();
    const QJsonObject manifest{{u"version"_s, u"6.44.0"_s},
                               {u"type"_s, u"DeclarativeSource"_s},
                               {u"check"_s, QJsonObject{{u"stream_names"_s, QJsonArray{u"x"_s}}}},
                               {u"streams"_s, QJsonArray{QJsonObject{{u"name"_s, u"x"_s}}}}};
    const ManifestValidation result = ManifestValidator(m_schema).validate(manifest);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().toString(), u"streams[0]: missing required property 'retriever'"_s);
    QCOMPARE(result.issues.first().line, 0);
}

void tst_ManifestValidator::structuralFallback()
{
    const ManifestValidator validator; // no schema
    QVERIFY(!validator.hasSchema());
    const ManifestValidation sample = validator.validateText(readAll(kDataDir + u"/valid/pets.yaml"_s));
    QVERIFY(!sample.schemaChecked);
    QCOMPARE(sample.note, u"schema not available: structural checks only"_s);
    QVERIFY2(sample.canPublish(), qPrintable(describe(sample.all())));
    // Schema-level mistakes pass unnoticed; structure and references do not.
    QVERIFY(validator.validateText(readAll(kDataDir + u"/broken/bad_http_method.yaml"_s)).isValid());
    const ManifestValidation typo = validator.validateText(readAll(kDataDir + u"/broken/streams_typo.yaml"_s));
    QCOMPARE(typo.issues.size(), 1);
    QCOMPARE(typo.issues.first().message, u"needs a 'streams' or 'dynamic_streams' list"_s);
    const ManifestValidation version = validator.validateText(readAll(kDataDir + u"/broken/version_number.yaml"_s));
    QCOMPARE(version.issues.size(), 1);
    QCOMPARE(version.issues.first().toString(), u"version: expected string, found number"_s);
    QCOMPARE(version.issues.first().line, 2);
    const ManifestValidation undefined = validator.validateText(readAll(kDataDir + u"/broken/undefined_reference.yaml"_s));
    QCOMPARE(undefined.issues.size(), 1);
    QCOMPARE(undefined.issues.first().line, 12);
}

void tst_ManifestValidator::schemaSource()
{
    QString error;
    // An explicit path that does not exist is an error, not a silent fallback.
    QVERIFY(!DeclarativeSchemaSource::locate(u"/nonexistent/schema.yaml"_s, &error));
    QVERIFY(error.contains(u"/nonexistent/schema.yaml"_s));
    qputenv("AIRDESK_DECLARATIVE_SCHEMA", "/nonexistent/env-schema.yaml");
    QVERIFY(!DeclarativeSchemaSource::locate(QString(), &error));
    QVERIFY(error.contains(u"AIRDESK_DECLARATIVE_SCHEMA"_s));
    qunsetenv("AIRDESK_DECLARATIVE_SCHEMA");
    // Nothing cached yet: no schema, and no error either.
    QVERIFY(!DeclarativeSchemaSource::locate(QString(), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(DeclarativeSchemaSource::publishedUrl().toString().startsWith(
        u"https://raw.githubusercontent.com/airbytehq/airbyte-python-cdk/v7.28.2/"_s));
    // The cache only takes the real thing.
    QVERIFY(!DeclarativeSchemaSource::storeInCache("title: Something else\ntype: object\n", &error));
    QVERIFY(error.contains(u"not Airbyte's declarative component schema"_s));
    QVERIFY(!QFile::exists(DeclarativeSchemaSource::cacheFilePath()));
    REQUIRE_SCHEMA();
    QVERIFY2(DeclarativeSchemaSource::storeInCache(readAll(kSchemaPath), &error), qPrintable(error));
    const auto cached = DeclarativeSchemaSource::locate(QString(), &error);
    QVERIFY(cached);
    QCOMPARE(cached->origin, DeclarativeSchemaSource::Origin::Cache);
    qputenv("AIRDESK_DECLARATIVE_SCHEMA", kSchemaPath.toUtf8());
    QCOMPARE(DeclarativeSchemaSource::locate(QString(), &error)->origin, DeclarativeSchemaSource::Origin::Environment);
    // Compiled once per file: the same object comes back.
    QCOMPARE(DeclarativeSchemaSource::load(QString(), &error).get(), m_schema.get());
    qunsetenv("AIRDESK_DECLARATIVE_SCHEMA");
    QVERIFY(QFile::remove(DeclarativeSchemaSource::cacheFilePath()));
}

QTEST_GUILESS_MAIN(tst_ManifestValidator)
#include "tst_ManifestValidator.moc"

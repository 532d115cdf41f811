#include "sandbox/ConnectorCatalog.h"

#include "core/spec/ConfigValidator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using airdesk::sandbox::ConnectorCatalog;
using airdesk::sandbox::ConnectorDefinition;
using airdesk::sandbox::ConnectorKind;
using airdesk::spec::ConfigValidator;

namespace {

// A config a user would get by accepting every default: default, else const, else the first
// example, else the first enum value; required fields without any hint get a typed placeholder.
QJsonValue sampleValue(const QJsonObject &schema, bool required);

QJsonObject sampleObject(const QJsonObject &schema)
{
    QJsonObject config;
    const QJsonObject properties = schema.value(u"properties").toObject();
    const QJsonArray required = schema.value(u"required").toArray();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonValue value = sampleValue(it.value().toObject(), required.contains(it.key()));
        if (!value.isUndefined())
            config.insert(it.key(), value);
    }
    // The first oneOf option is what a form shows pre-selected.
    const QJsonArray options = schema.value(u"oneOf").toArray();
    if (!options.isEmpty()) {
        const QJsonObject chosen = sampleObject(options.first().toObject());
        for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it)
            config.insert(it.key(), it.value());
    }
    return config;
}

QJsonValue sampleValue(const QJsonObject &schema, bool required)
{
    const QString type = schema.value(u"type").toString();
    if (schema.contains(u"default"))
        return schema.value(u"default");
    if (schema.contains(u"const"))
        return schema.value(u"const");
    const QJsonArray examples = schema.value(u"examples").toArray();
    if (type == u"array") {
        // Airbyte writes array examples as sample items, not as whole arrays.
        if (!examples.isEmpty())
            return examples.first().isArray() ? examples.first() : QJsonArray{examples.first()};
        return required ? QJsonValue(QJsonArray{}) : QJsonValue(QJsonValue::Undefined);
    }
    if (!examples.isEmpty()) {
        const QJsonValue first = examples.first();
        // Integer examples are often written as strings ("5432").
        if ((type == u"integer" || type == u"number") && first.isString())
            return first.toString().toDouble();
        return first;
    }
    if (schema.value(u"enum").isArray())
        return schema.value(u"enum").toArray().first();
    if (type == u"object" || schema.contains(u"oneOf"))
        return sampleObject(schema);
    if (!required)
        return QJsonValue(QJsonValue::Undefined);
    if (type == u"integer" || type == u"number")
        return schema.value(u"minimum").toDouble(1);
    if (type == u"boolean")
        return false;
    return u"sample"_s;
}

// Every key used on any schema object of a spec, plus markers for features worth guarding.
void collectFeatures(const QJsonValue &node, QSet<QString> &features, int depth = 0)
{
    if (depth > 64 || !node.isObject())
        return;
    const QJsonObject schema = node.toObject();
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it)
        features.insert(it.key());
    if (schema.value(u"pattern").toString().contains(u"(?<"_s))
        features.insert(u"#look-behind"_s);
    const QJsonObject items = schema.value(u"items").toObject();
    if (schema.value(u"type") == u"array"_s)
        features.insert(items.value(u"type") == u"object"_s ? u"#array-of-objects"_s : u"#array-of-strings"_s);
    for (const QJsonValue &option : schema.value(u"oneOf").toArray()) {
        const QJsonObject properties = option.toObject().value(u"properties").toObject();
        for (const QJsonValue &p : properties) {
            if (p.toObject().contains(u"const"))
                features.insert(u"#oneOf-const-discriminator"_s);
        }
        collectFeatures(option, features, depth + 1);
    }
    if (schema.value(u"description").toString().contains(u"<a href="_s))
        features.insert(u"#link"_s);
    for (const QJsonValue &p : schema.value(u"properties").toObject())
        collectFeatures(p, features, depth + 1);
    collectFeatures(items, features, depth + 1);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class tst_ConnectorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInShape();
    void builtInLookups_data();
    void builtInLookups();
    void builtInSpecsAcceptTheirOwnSamples_data();
    void builtInSpecsAcceptTheirOwnSamples();
    void builtInSpecsCoverTheFormFeatures();
    void builtInGitHubLookBehindPattern_data();
    void builtInGitHubLookBehindPattern();
    void loadErrors_data();
    void loadErrors();
    void entryWithoutSandboxKeyGetsDefaults();
    void sharedCatalog();
};

void tst_ConnectorCatalog::builtInShape()
{
    const ConnectorCatalog catalog = ConnectorCatalog::builtIn();
    QCOMPARE(catalog.sources().size(), 7);
    QCOMPARE(catalog.destinations().size(), 5);
    QCOMPARE(catalog.definitions().size(), 12);

    QSet<QString> typeNames;
    for (const ConnectorDefinition &d : catalog.definitions()) {
        const QByteArray who = d.name.toUtf8();
        QVERIFY2(!QUuid::fromString(d.id).isNull(), who);
        QVERIFY2(!d.name.isEmpty(), who);
        // Only dev-null is outside the server's name map (reachable by definition id only).
        QVERIFY2(!d.typeName.isEmpty() || d.id == u"a7bcc9d8-13b3-4e49-b80d-d020b90045e3"_s, who);
        QVERIFY2(d.dockerRepository.startsWith(u"airbyte/"_s), who);
        QVERIFY2(!d.dockerImageTag.isEmpty(), who);
        QVERIFY2(d.documentationUrl.startsWith(u"https://"_s), who);
        QVERIFY2(QStringList({u"alpha"_s, u"beta"_s, u"generally_available"_s}).contains(d.releaseStage), who);
        QVERIFY2(QStringList({u"community"_s, u"certified"_s}).contains(d.supportLevel), who);
        QCOMPARE(d.spec.value(u"type"_s).toString(), u"object"_s);
        QVERIFY2(!d.spec.value(u"properties"_s).toObject().isEmpty(), who);
        // Type names are unique per kind: "postgres" is both a source and a destination.
        const QString typeKey = (d.kind == ConnectorKind::Source ? u"s:"_s : u"d:"_s) % d.typeName;
        QVERIFY2(!typeNames.contains(typeKey), who);
        typeNames.insert(typeKey);

        QVERIFY2(d.iconPath.startsWith(u":/sandbox/connectors/icons/"_s), who);
        QFile icon(d.iconPath);
        QVERIFY2(icon.open(QIODevice::ReadOnly), qPrintable(d.iconPath));
        QVERIFY2(icon.readAll().contains("<svg"), who);

        if (d.kind == ConnectorKind::Source) {
            QVERIFY2(d.streams.size() >= 3 && d.streams.size() <= 6, who);
            QVERIFY(d.supportedDestinationSyncModes.isEmpty());
            for (const QJsonValue &s : d.streams) {
                const QJsonObject stream = s.toObject();
                QVERIFY2(!stream.value(u"name"_s).toString().isEmpty(), who);
                QCOMPARE(stream.value(u"jsonSchema"_s).toObject().value(u"type"_s).toString(), u"object"_s);
                QVERIFY2(stream.value(u"supportedSyncModes"_s).toArray().contains(u"full_refresh"_s), who);
                QVERIFY(stream.value(u"sourceDefinedCursor"_s).isBool());
                QVERIFY(stream.value(u"defaultCursorField"_s).isArray());
                QVERIFY(stream.value(u"sourceDefinedPrimaryKey"_s).isArray());
                // A primary key must name columns the stream has.
                const QJsonObject columns = stream.value(u"jsonSchema"_s).toObject().value(u"properties"_s).toObject();
                for (const QJsonValue &key : stream.value(u"sourceDefinedPrimaryKey"_s).toArray())
                    QVERIFY2(columns.contains(key.toArray().first().toString()), who);
            }
        } else {
            QVERIFY(d.streams.isEmpty());
            QVERIFY2(d.supportedDestinationSyncModes.contains(u"overwrite"_s), who);
        }
    }
}

void tst_ConnectorCatalog::builtInLookups_data()
{
    QTest::addColumn<ConnectorKind>("kind");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("definitionId");

    QTest::newRow("faker") << ConnectorKind::Source << u"faker"_s << u"dfd88b22-b603-4c3d-aad7-3701784586b1"_s;
    QTest::newRow("postgres source") << ConnectorKind::Source << u"postgres"_s << u"decd338e-5647-4c0b-adf4-da0e75f5a750"_s;
    QTest::newRow("postgres destination") << ConnectorKind::Destination << u"postgres"_s << u"25c5221d-dce2-4163-ade9-739ef790f503"_s;
    QTest::newRow("github") << ConnectorKind::Source << u"github"_s << u"ef69ef6e-aa7f-4af1-a01d-ef775033524e"_s;
    QTest::newRow("stripe") << ConnectorKind::Source << u"stripe"_s << u"e094cb9a-26de-4645-8761-65c0c425d1de"_s;
    QTest::newRow("bigquery") << ConnectorKind::Destination << u"bigquery"_s << u"22f6c74f-5699-40ff-833c-4a879ea40133"_s;
    // The server's name map has no dev-null (PyAirbyte sends its definition id instead, issue
    // #743) and its responses carry destinationType "": the sandbox behaves the same way.
    QTest::newRow("dev-null by empty name") << ConnectorKind::Destination << QString() << QString();
    QTest::newRow("dev-null unknown") << ConnectorKind::Destination << u"dev-null"_s << QString();
    QTest::newRow("kind matters") << ConnectorKind::Destination << u"faker"_s << QString();
    QTest::newRow("unknown") << ConnectorKind::Source << u"nope"_s << QString();
}

void tst_ConnectorCatalog::builtInLookups()
{
    QFETCH(ConnectorKind, kind);
    QFETCH(QString, typeName);
    QFETCH(QString, definitionId);

    const ConnectorCatalog catalog = ConnectorCatalog::builtIn();
    const ConnectorDefinition *byName = catalog.findByTypeName(kind, typeName);
    if (definitionId.isEmpty()) {
        QVERIFY(!byName);
        return;
    }
    QVERIFY(byName);
    QCOMPARE(byName->id, definitionId);
    QCOMPARE(byName->kind, kind);
    const ConnectorDefinition *byId = catalog.find(definitionId);
    QCOMPARE(byId, byName);
    QVERIFY(!catalog.find(u"00000000-0000-0000-0000-000000000000"_s));
}

void tst_ConnectorCatalog::builtInSpecsAcceptTheirOwnSamples_data()
{
    QTest::addColumn<QJsonObject>("spec");
    const ConnectorCatalog catalog = ConnectorCatalog::builtIn();
    for (const ConnectorDefinition &d : catalog.definitions())
        QTest::newRow(qPrintable(d.dockerRepository)) << d.spec;
}

void tst_ConnectorCatalog::builtInSpecsAcceptTheirOwnSamples()
{
    QFETCH(QJsonObject, spec);
    const QJsonObject sample = sampleObject(spec);
    const auto issues = ConfigValidator::validate(spec, sample);
    QVERIFY2(issues.isEmpty(), qPrintable(ConfigValidator::summary(issues) % u"\nsample: "_s
                                          % QString::fromUtf8(QJsonDocument(sample).toJson(QJsonDocument::Compact))));

    // Dropping any required field must be caught, with the server's wording.
    for (const QJsonValue &name : spec.value(u"required"_s).toArray()) {
        QJsonObject broken = sample;
        broken.remove(name.toString());
        const auto missing = ConfigValidator::validate(spec, broken);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().message, u"$."_s % name.toString() % u": is missing but it is required"_s);
    }
}

void tst_ConnectorCatalog::builtInSpecsCoverTheFormFeatures()
{
    QSet<QString> features;
    for (const ConnectorDefinition &d : ConnectorCatalog::builtIn().definitions()) {
        collectFeatures(d.spec, features);
        if (d.spec.contains(u"groups"_s))
            features.insert(u"#top-level-groups"_s);
    }
    const QStringList wanted{u"title"_s, u"description"_s, u"default"_s, u"examples"_s, u"enum"_s, u"const"_s,
                             u"pattern"_s, u"pattern_descriptor"_s, u"airbyte_secret"_s, u"oneOf"_s,
                             u"order"_s, u"group"_s, u"always_show"_s, u"airbyte_hidden"_s, u"multiline"_s,
                             u"minimum"_s, u"maximum"_s, u"minItems"_s, u"uniqueItems"_s, u"#look-behind"_s,
                             u"#array-of-objects"_s, u"#array-of-strings"_s, u"#oneOf-const-discriminator"_s,
                             u"#link"_s, u"#top-level-groups"_s};
    for (const QString &feature : wanted)
        QVERIFY2(features.contains(feature), qPrintable(feature));
}

void tst_ConnectorCatalog::builtInGitHubLookBehindPattern_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<bool>("valid");
    QTest::newRow("owner/repo") << u"airbytehq/airbyte"_s << true;
    QTest::newRow("owner/*") << u"kde/*"_s << true;
    QTest::newRow("dots inside") << u"qt/qt5.base"_s << true;
    QTest::newRow(".git suffix") << u"airbytehq/airbyte.git"_s << false;
    QTest::newRow("no owner") << u"airbyte"_s << false;
}

void tst_ConnectorCatalog::builtInGitHubLookBehindPattern()
{
    QFETCH(QString, repository);
    QFETCH(bool, valid);
    const ConnectorCatalog catalog = ConnectorCatalog::builtIn();
    const ConnectorDefinition *github = catalog.findByTypeName(ConnectorKind::Source, u"github"_s);
    QVERIFY(github);
    QJsonObject config = sampleObject(github->spec);
    config.insert(u"repositories"_s, QJsonArray{repository});
    const auto issues = ConfigValidator::validate(github->spec, config);
    QCOMPARE(issues.isEmpty(), valid);
    if (!valid) {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().path, u"$.repositories[0]"_s);
        QVERIFY(issues.first().message.contains(u"does not match the regex pattern"_s));
    }
}

void tst_ConnectorCatalog::loadErrors_data()
{
    QTest::addColumn<QByteArray>("catalogJson");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("no catalog") << QByteArray() << u"catalog.json"_s;
    QTest::newRow("broken JSON") << QByteArray("[{") << u"catalog.json"_s;
    QTest::newRow("not an array") << QByteArray("{}") << u"not a JSON array"_s;
    QTest::newRow("no connector") << QByteArray(R"([{"connectorType":"source"}])") << u"entry 0"_s;
    QTest::newRow("missing spec file")
        << QByteArray(R"([{"connector":"source-x","connectorType":"source","spec":{"file":"specs/source-x.json"}}])")
        << u"source-x.json"_s;
}

void tst_ConnectorCatalog::loadErrors()
{
    QFETCH(QByteArray, catalogJson);
    QFETCH(QString, errorPart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!catalogJson.isNull())
        writeFile(dir.filePath(u"catalog.json"_s), catalogJson);
    QString error;
    QVERIFY(!ConnectorCatalog::load(dir.path(), &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!ConnectorCatalog::load(dir.path())); // a null error pointer is allowed
}

void tst_ConnectorCatalog::entryWithoutSandboxKeyGetsDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(u"catalog.json"_s), R"([
        {"connector":"source-acme","connectorType":"source","definitionId":"11111111-2222-3333-4444-555555555555",
         "name":"Acme","iconFile":"icons/source-acme.svg","spec":{"file":"specs/source-acme.json"}},
        {"connector":"destination-acme-dw","definitionId":"11111111-2222-3333-4444-666666666666","name":"Acme DW"},
        {"connector":"source-acme-strict-encrypt","connectorType":"source","definitionId":"11111111-2222-3333-4444-555555555555"},
        {"connector":"source-tutorial"}
    ])");
    QVERIFY(QDir(dir.path()).mkpath(u"specs"_s));
    writeFile(dir.filePath(u"specs/source-acme.json"_s), R"({"type":"object","required":["key"]})");

    QString error;
    const auto catalog = ConnectorCatalog::load(dir.path(), &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->definitions().size(), 3); // the duplicate id is dropped

    const ConnectorDefinition *acme = catalog->findByTypeName(ConnectorKind::Source, u"acme"_s);
    QVERIFY(acme);
    QCOMPARE(acme->name, u"Acme"_s);
    QCOMPARE(acme->dockerRepository, u"airbyte/source-acme"_s);
    QCOMPARE(acme->spec.value(u"required"_s).toArray().first().toString(), u"key"_s);
    QCOMPARE(acme->iconPath, dir.filePath(u"icons/source-acme.svg"_s));
    QCOMPARE(acme->streams.size(), 3);
    for (const QJsonValue &stream : acme->streams)
        QVERIFY(!stream.toObject().value(u"jsonSchema"_s).toObject().isEmpty());

    // The kind comes from the name when connectorType is missing.
    const ConnectorDefinition *dw = catalog->findByTypeName(ConnectorKind::Destination, u"acme-dw"_s);
    QVERIFY(dw);
    QVERIFY(!dw->supportedDestinationSyncModes.isEmpty());
    QVERIFY(dw->spec.isEmpty());

    // No definitionId: a stable one is made up.
    const ConnectorDefinition *tutorial = catalog->findByTypeName(ConnectorKind::Source, u"tutorial"_s);
    QVERIFY(tutorial);
    QVERIFY(!QUuid::fromString(tutorial->id).isNull());
    QCOMPARE(ConnectorCatalog::load(dir.path())->findByTypeName(ConnectorKind::Source, u"tutorial"_s)->id,
             tutorial->id);
}

void tst_ConnectorCatalog::sharedCatalog()
{
    const QString directory = QStringLiteral(AIRDESK_SHARED_DIR "/connectors");
    QFile index(directory + u"/catalog.json"_s);
    if (!index.open(QIODevice::ReadOnly))
        QSKIP("No shared connector catalog at " AIRDESK_SHARED_DIR "/connectors");
    QSet<QString> distinctIds;
    const QJsonArray entries = QJsonDocument::fromJson(index.readAll()).array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject e = entry.toObject();
        distinctIds.insert(e.value(u"definitionId"_s).toString(e.value(u"connector"_s).toString()));
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto catalog = ConnectorCatalog::load(directory, &error);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(catalog, qPrintable(error));
    qInfo("loaded %lld of %lld shared catalog entries in %lld ms",
          static_cast<long long>(catalog->definitions().size()), static_cast<long long>(entries.size()),
          static_cast<long long>(elapsed));
    QCOMPARE(catalog->definitions().size(), distinctIds.size());
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));

    const ConnectorDefinition *faker = catalog->findByTypeName(ConnectorKind::Source, u"faker"_s);
    QVERIFY(faker);
    QCOMPARE(faker->id, u"dfd88b22-b603-4c3d-aad7-3701784586b1"_s);
    QCOMPARE(faker->streams.size(), 3);
    QVERIFY(faker->spec.contains(u"properties"_s));
    QVERIFY(QFile::exists(faker->iconPath));
    const ConnectorDefinition *s3 = catalog->findByTypeName(ConnectorKind::Destination, u"s3"_s);
    QVERIFY(s3);
    QCOMPARE(s3->name, u"S3"_s);
    QVERIFY(catalog->find(u"4816b78f-1489-44c1-9060-4b19d5fa9362"_s) == s3);
    // Entries sharing an id (the -strict-encrypt variants) resolve to the first one.
    QCOMPARE(catalog->find(u"ca81ee7c-3163-4246-af40-094cc31e5e42"_s)->typeName, u"mysql"_s);
    QVERIFY(catalog->sources().size() > 500);
    QVERIFY(catalog->destinations().size() > 50);
}

QTEST_GUILESS_MAIN(tst_ConnectorCatalog)
#include "tst_ConnectorCatalog.moc"

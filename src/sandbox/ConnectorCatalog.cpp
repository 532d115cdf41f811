#include "ConnectorCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcCatalog, "airdesk.sandbox.catalog")

std::optional<QJsonDocument> readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: %2 at offset %3"_s.arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}

std::optional<ConnectorKind> kindOf(const QJsonObject &entry, const QString &connector)
{
    const QString type = entry.value(u"connectorType").toString();
    if (type == u"source")
        return ConnectorKind::Source;
    if (type == u"destination")
        return ConnectorKind::Destination;
    // Entries without metadata (tutorial connectors, third-party images) only have a name.
    if (connector.startsWith(u"source-") || connector.endsWith(u"-source"))
        return ConnectorKind::Source;
    if (connector.startsWith(u"destination-") || connector.endsWith(u"-destination"))
        return ConnectorKind::Destination;
    return std::nullopt;
}

// The short name the server's NameToDefinitionMapper would use: "source-faker" -> "faker".
QString derivedTypeName(const QString &connector)
{
    QString name = connector.section(u'/', -1);
    for (const QString &affix : {u"source-"_s, u"destination-"_s, u"airbyte-"_s}) {
        if (name.startsWith(affix))
            name.remove(0, affix.size());
    }
    for (const QString &affix : {u"-source"_s, u"-destination"_s}) {
        if (name.endsWith(affix))
            name.chop(affix.size());
    }
    return name;
}

QJsonObject genericStream(const QString &name, const QJsonObject &extraProperties)
{
    QJsonObject properties{{u"id"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                           {u"updated_at"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                         {u"format"_s, u"date-time"_s}}}};
    for (auto it = extraProperties.constBegin(); it != extraProperties.constEnd(); ++it)
        properties.insert(it.key(), it.value());
    return QJsonObject{
        {u"name"_s, name},
        {u"jsonSchema"_s, QJsonObject{{u"$schema"_s, u"http://json-schema.org/draft-07/schema#"_s},
                                      {u"type"_s, u"object"_s},
                                      {u"properties"_s, properties}}},
        {u"supportedSyncModes"_s, QJsonArray{u"full_refresh"_s, u"incremental"_s}},
        {u"sourceDefinedCursor"_s, true},
        {u"defaultCursorField"_s, QJsonArray{u"updated_at"_s}},
        {u"sourceDefinedPrimaryKey"_s, QJsonArray{QJsonArray{u"id"_s}}},
    };
}

// Real catalog entries carry no discover output; three plausible streams let the sandbox
// create connections for any of them.
QJsonArray genericStreams()
{
    const QJsonObject str{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}}};
    const QJsonObject num{{u"type"_s, QJsonArray{u"number"_s, u"null"_s}}};
    return QJsonArray{
        genericStream(u"accounts"_s, {{u"name"_s, str}, {u"email"_s, str}}),
        genericStream(u"events"_s, {{u"account_id"_s, str}, {u"kind"_s, str}}),
        genericStream(u"invoices"_s, {{u"account_id"_s, str}, {u"amount"_s, num}}),
    };
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString typeKey(ConnectorKind kind, const QString &name)
{
    return (kind == ConnectorKind::Source ? u"s:"_s : u"d:"_s) % name;
}

} // namespace

std::optional<ConnectorCatalog> ConnectorCatalog::load(const QString &directory, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const QDir dir(directory);
    const auto index = readJson(dir.filePath(u"catalog.json"_s), &why);
    if (!index)
        return std::nullopt;
    if (!index->isArray()) {
        why = u"%1: catalog.json is not a JSON array"_s.arg(directory);
        return std::nullopt;
    }

    ConnectorCatalog catalog;
    const QJsonArray entries = index->array();
    catalog.m_definitions.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString connector = entry.value(u"connector").toString();
        const auto kind = kindOf(entry, connector);
        if (connector.isEmpty() || !kind) {
            why = u"%1: catalog entry %2 has no connector name or type"_s.arg(directory).arg(i);
            return std::nullopt;
        }

        ConnectorDefinition d;
        d.kind = *kind;
        d.id = entry.value(u"definitionId").toString();
        if (d.id.isEmpty() || QUuid::fromString(d.id).isNull()) {
            // A stable made-up id keeps entries without a (usable) id addressable across restarts;
            // the server only ever hands out UUIDs.
            d.id = QUuid::createUuidV5(QUuid(u"6f0b7a3e-2b1c-4c9e-9f57-0a1d2c3b4e5f"_s), connector)
                       .toString(QUuid::WithoutBraces);
        }
        d.name = entry.value(u"name").toString(connector);
        d.dockerRepository = entry.value(u"dockerRepository").toString(u"airbyte/"_s % connector);
        d.dockerImageTag = entry.value(u"dockerImageTag").toString(u"latest"_s);
        d.documentationUrl = entry.value(u"documentationUrl").toString();
        d.releaseStage = entry.value(u"releaseStage").toString(u"alpha"_s);
        d.supportLevel = entry.value(u"supportLevel").toString(u"community"_s);
        if (const QString icon = entry.value(u"iconFile").toString(); !icon.isEmpty())
            d.iconPath = dir.filePath(icon);

        const QJsonObject spec = entry.value(u"spec").toObject();
        if (spec.value(u"connectionSpecification").isObject()) {
            d.spec = spec.value(u"connectionSpecification").toObject();
        } else if (const QString file = spec.value(u"file").toString(); !file.isEmpty()) {
            const auto doc = readJson(dir.filePath(file), &why);
            if (!doc)
                return std::nullopt;
            d.spec = doc->object();
        }

        const QJsonObject sandbox = entry.value(u"sandbox").toObject();
        if (d.kind == ConnectorKind::Source) {
            d.typeName = sandbox.value(u"sourceType").toString(derivedTypeName(connector));
            d.streams = sandbox.contains(u"streams") ? sandbox.value(u"streams").toArray()
                                                     : genericStreams();
        } else {
            d.typeName = sandbox.value(u"destinationType").toString(derivedTypeName(connector));
            d.supportedDestinationSyncModes =
                sandbox.contains(u"supportedDestinationSyncModes")
                    ? stringList(sandbox.value(u"supportedDestinationSyncModes"))
                    : QStringList{u"overwrite"_s, u"append"_s, u"append_dedup"_s};
        }

        if (catalog.m_byId.contains(d.id)) {
            // The real registry reuses ids for "-strict-encrypt" variants; first one wins.
            qCDebug(lcCatalog) << "skipping" << connector << "- definition id" << d.id
                               << "already used";
            continue;
        }
        catalog.add(std::move(d));
    }
    return catalog;
}

ConnectorCatalog ConnectorCatalog::builtIn()
{
    QString error;
    if (auto catalog = load(u":/sandbox/connectors"_s, &error))
        return *std::move(catalog);
    // Only a broken build gets here; an empty catalog keeps the sandbox serving the rest.
    qCCritical(lcCatalog) << "built-in connector catalog unusable:" << error;
    return {};
}

void ConnectorCatalog::add(ConnectorDefinition definition)
{
    const qsizetype index = m_definitions.size();
    m_byId.insert(definition.id, index);
    // A definition outside the server's name map (empty type name) is reachable by id only.
    const QString key = typeKey(definition.kind, definition.typeName);
    if (!definition.typeName.isEmpty() && !m_byTypeName.contains(key))
        m_byTypeName.insert(key, index);
    m_definitions.append(std::move(definition));
}

QList<ConnectorDefinition> ConnectorCatalog::sources() const
{
    QList<ConnectorDefinition> list;
    for (const ConnectorDefinition &d : m_definitions) {
        if (d.kind == ConnectorKind::Source)
            list.append(d);
    }
    return list;
}

QList<ConnectorDefinition> ConnectorCatalog::destinations() const
{
    QList<ConnectorDefinition> list;
    for (const ConnectorDefinition &d : m_definitions) {
        if (d.kind == ConnectorKind::Destination)
            list.append(d);
    }
    return list;
}

const ConnectorDefinition *ConnectorCatalog::find(const QString &definitionId) const
{
    const auto it = m_byId.constFind(definitionId);
    return it == m_byId.constEnd() ? nullptr : &m_definitions.at(*it);
}

const ConnectorDefinition *ConnectorCatalog::findByTypeName(ConnectorKind kind,
                                                            const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    const auto it = m_byTypeName.constFind(typeKey(kind, name));
    return it == m_byTypeName.constEnd() ? nullptr : &m_definitions.at(*it);
}

} // namespace airdesk::sandbox

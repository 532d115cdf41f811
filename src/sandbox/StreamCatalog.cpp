#include "StreamCatalog.h"

#include "Problems.h"
#include "RouteHelpers.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox::StreamCatalog {

namespace {

struct ModePair
{
    QString connectionMode;
    QString sourceMode;
    QString destinationMode;
};

// The public API's ConnectionSyncModeEnum and what it means (api-notes §8.2).
const QList<ModePair> &modePairs()
{
    static const QList<ModePair> pairs = {
        {u"full_refresh_overwrite"_s, u"full_refresh"_s, u"overwrite"_s},
        {u"full_refresh_append"_s, u"full_refresh"_s, u"append"_s},
        {u"full_refresh_overwrite_deduped"_s, u"full_refresh"_s, u"overwrite_dedup"_s},
        {u"full_refresh_update"_s, u"full_refresh"_s, u"update"_s},
        {u"full_refresh_soft_delete"_s, u"full_refresh"_s, u"soft_delete"_s},
        {u"incremental_append"_s, u"incremental"_s, u"append"_s},
        {u"incremental_deduped_history"_s, u"incremental"_s, u"append_dedup"_s},
        {u"incremental_update"_s, u"incremental"_s, u"update"_s},
        {u"incremental_soft_delete"_s, u"incremental"_s, u"soft_delete"_s},
    };
    return pairs;
}

const ModePair *findMode(const QString &connectionMode)
{
    for (const ModePair &pair : modePairs())
        if (pair.connectionMode == connectionMode)
            return &pair;
    return nullptr;
}

QStringList toStringList(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QJsonArray propertyFields(const QJsonObject &stream)
{
    QJsonArray fields;
    const QJsonObject props = stream.value(u"jsonSchema"_s).toObject().value(u"properties"_s).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        fields.append(QJsonArray{it.key()});
    return fields;
}

} // namespace

QJsonArray discovered(const SandboxContext &context, const ActorRecord &source)
{
    const auto definition = RouteHelpers::resolveDefinition(context, source.definitionId);
    return definition ? definition->streams : QJsonArray{};
}

std::optional<QJsonArray> configure(const QJsonArray &discoveredStreams, const QJsonArray &requested,
                                    SandboxResponse *error)
{
    QJsonArray configured;
    if (requested.isEmpty()) {
        for (const QJsonValue &v : discoveredStreams)
            configured.append(QJsonObject{{u"name"_s, v.toObject().value(u"name"_s)},
                                          {u"syncMode"_s, u"full_refresh_overwrite"_s},
                                          {u"cursorField"_s, QJsonArray{}},
                                          {u"primaryKey"_s, v.toObject().value(u"sourceDefinedPrimaryKey"_s).toArray()}});
        return configured;
    }
    QSet<QString> seen;
    for (const QJsonValue &value : requested) {
        const QJsonObject request = value.toObject();
        const QString name = request.value(u"name"_s).toString();
        const QString key = request.value(u"namespace"_s).toString() + u'/' + name;
        QJsonObject stream;
        for (const QJsonValue &d : discoveredStreams)
            if (d.toObject().value(u"name"_s).toString() == name)
                stream = d.toObject();
        if (stream.isEmpty()) {
            *error = Problems::badRequest(u"Invalid stream found. The list of available streams is: "_s
                                          + [&] {
                                                QStringList names;
                                                for (const QJsonValue &d : discoveredStreams)
                                                    names.append(d.toObject().value(u"name"_s).toString());
                                                return names.join(u", "_s);
                                            }());
            return std::nullopt;
        }
        if (seen.contains(key)) {
            *error = Problems::badRequest(u"Duplicate stream found in configuration for: "_s + name);
            return std::nullopt;
        }
        seen.insert(key);
        const QString mode = request.value(u"syncMode"_s).toString(u"full_refresh_overwrite"_s);
        const ModePair *pair = findMode(mode);
        if (!pair) {
            *error = Problems::badRequest(u"Unknown sync mode: "_s + mode);
            return std::nullopt;
        }
        const QStringList supported = toStringList(stream.value(u"supportedSyncModes"_s).toArray());
        if (!supported.contains(pair->sourceMode)) {
            *error = Problems::badRequest(u"Cannot set sync mode to %1 for stream %2"_s.arg(mode, name));
            return std::nullopt;
        }
        QJsonArray cursor = request.value(u"cursorField"_s).toArray();
        if (cursor.isEmpty())
            cursor = stream.value(u"defaultCursorField"_s).toArray();
        QJsonArray primaryKey = request.value(u"primaryKey"_s).toArray();
        if (primaryKey.isEmpty())
            primaryKey = stream.value(u"sourceDefinedPrimaryKey"_s).toArray();
        if (pair->sourceMode == u"incremental"_s && cursor.isEmpty()) {
            *error = Problems::badRequest(u"No default cursor field for stream %1; a cursorField is required for %2"_s
                                              .arg(name, mode));
            return std::nullopt;
        }
        if (pair->destinationMode.contains(u"dedup"_s) && primaryKey.isEmpty()) {
            *error = Problems::badRequest(u"No default primary key for stream %1; a primaryKey is required for %2"_s
                                              .arg(name, mode));
            return std::nullopt;
        }
        QJsonObject out{{u"name"_s, name}, {u"syncMode"_s, mode},
                        {u"cursorField"_s, pair->sourceMode == u"incremental"_s ? cursor : QJsonArray{}},
                        {u"primaryKey"_s, primaryKey}};
        if (request.contains(u"namespace"_s))
            out.insert(u"namespace"_s, request.value(u"namespace"_s));
        configured.append(out);
    }
    return configured;
}

std::optional<QJsonArray> fromSyncCatalog(const QJsonArray &discoveredStreams, const QJsonObject &syncCatalog,
                                          SandboxResponse *error)
{
    QJsonArray requested;
    for (const QJsonValue &value : syncCatalog.value(u"streams"_s).toArray()) {
        const QJsonObject stream = value.toObject().value(u"stream"_s).toObject();
        const QJsonObject config = value.toObject().value(u"config"_s).toObject();
        if (!config.value(u"selected"_s).toBool())
            continue;
        const QString sourceMode = config.value(u"syncMode"_s).toString(u"full_refresh"_s);
        const QString destinationMode = config.value(u"destinationSyncMode"_s).toString(u"overwrite"_s);
        QString mode;
        for (const ModePair &pair : modePairs())
            if (pair.sourceMode == sourceMode && pair.destinationMode == destinationMode)
                mode = pair.connectionMode;
        if (mode.isEmpty()) {
            *error = Problems::configInvalidInput(u"Unsupported sync mode %1/%2 for stream %3"_s
                                                      .arg(sourceMode, destinationMode,
                                                           stream.value(u"name"_s).toString()),
                                                  u"syncCatalog"_s);
            return std::nullopt;
        }
        QJsonObject r{{u"name"_s, stream.value(u"name"_s)}, {u"syncMode"_s, mode},
                      {u"cursorField"_s, config.value(u"cursorField"_s).toArray()},
                      {u"primaryKey"_s, config.value(u"primaryKey"_s).toArray()}};
        if (stream.contains(u"namespace"_s))
            r.insert(u"namespace"_s, stream.value(u"namespace"_s));
        requested.append(r);
    }
    if (requested.isEmpty()) {
        *error = Problems::configInvalidInput(u"At least one stream must be selected."_s, u"syncCatalog"_s);
        return std::nullopt;
    }
    SandboxResponse problem;
    auto configured = configure(discoveredStreams, requested, &problem);
    if (!configured) {
        // Same rules as the public API, reported the Config API's way.
        const QJsonObject o = QJsonDocument::fromJson(problem.body).object();
        *error = Problems::configInvalidInput(o.value(u"detail"_s).toString(), u"syncCatalog"_s);
    }
    return configured;
}

QJsonArray properties(const QJsonArray &discoveredStreams, const QStringList &destinationModes)
{
    QJsonArray rows;
    for (const QJsonValue &value : discoveredStreams) {
        const QJsonObject stream = value.toObject();
        const QStringList sourceModes = toStringList(stream.value(u"supportedSyncModes"_s).toArray());
        QJsonArray modes;
        for (const ModePair &pair : modePairs())
            if (sourceModes.contains(pair.sourceMode) && destinationModes.contains(pair.destinationMode))
                modes.append(pair.connectionMode);
        QJsonObject row{{u"streamName"_s, stream.value(u"name"_s)},
                        {u"syncModes"_s, modes},
                        {u"defaultCursorField"_s, stream.value(u"defaultCursorField"_s).toArray()},
                        {u"sourceDefinedCursorField"_s, stream.value(u"sourceDefinedCursor"_s).toBool()},
                        {u"sourceDefinedPrimaryKey"_s, stream.value(u"sourceDefinedPrimaryKey"_s).toArray()},
                        {u"propertyFields"_s, propertyFields(stream)}};
        if (stream.contains(u"namespace"_s))
            row.insert(u"streamnamespace"_s, stream.value(u"namespace"_s));
        rows.append(row);
    }
    return rows;
}

QJsonObject syncCatalog(const QJsonArray &discoveredStreams, const QJsonArray &configuredStreams)
{
    QJsonArray streams;
    for (const QJsonValue &value : discoveredStreams) {
        const QJsonObject stream = value.toObject();
        const QString name = stream.value(u"name"_s).toString();
        QJsonObject configured;
        for (const QJsonValue &c : configuredStreams)
            if (c.toObject().value(u"name"_s).toString() == name)
                configured = c.toObject();
        const ModePair *pair = findMode(configured.value(u"syncMode"_s).toString(u"full_refresh_overwrite"_s));
        QJsonObject streamJson{{u"name"_s, name},
                               {u"jsonSchema"_s, stream.value(u"jsonSchema"_s).toObject()},
                               {u"supportedSyncModes"_s, stream.value(u"supportedSyncModes"_s).toArray()},
                               {u"sourceDefinedCursor"_s, stream.value(u"sourceDefinedCursor"_s).toBool()},
                               {u"defaultCursorField"_s, stream.value(u"defaultCursorField"_s).toArray()},
                               {u"sourceDefinedPrimaryKey"_s, stream.value(u"sourceDefinedPrimaryKey"_s).toArray()}};
        if (stream.contains(u"namespace"_s))
            streamJson.insert(u"namespace"_s, stream.value(u"namespace"_s));
        QJsonObject config{{u"syncMode"_s, pair ? pair->sourceMode : u"full_refresh"_s},
                           {u"destinationSyncMode"_s, pair ? pair->destinationMode : u"overwrite"_s},
                           {u"cursorField"_s, configured.value(u"cursorField"_s).toArray()},
                           {u"primaryKey"_s, configured.value(u"primaryKey"_s).toArray()},
                           {u"aliasName"_s, name},
                           {u"selected"_s, !configured.isEmpty()},
                           {u"fieldSelectionEnabled"_s, false}};
        streams.append(QJsonObject{{u"stream"_s, streamJson}, {u"config"_s, config}});
    }
    return {{u"streams"_s, streams}};
}

} // namespace airdesk::sandbox::StreamCatalog

#include "core/domain/Connection.h"

#include "core/domain/JsonFieldReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

Connection::Status Connection::statusFromString(const QString &text)
{
    if (text == u"active"_s)
        return Status::Active;
    if (text == u"inactive"_s)
        return Status::Inactive;
    if (text == u"deprecated"_s)
        return Status::Deprecated;
    if (text == u"locked"_s)
        return Status::Locked;
    return Status::Unknown;
}

QString Connection::toString(Status status)
{
    switch (status) {
    case Status::Active:
        return u"active"_s;
    case Status::Inactive:
        return u"inactive"_s;
    case Status::Deprecated:
        return u"deprecated"_s;
    case Status::Locked:
        return u"locked"_s;
    case Status::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<Connection> Connection::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"Connection"_s);
    Connection connection;
    if (!reader.requireString(u"connectionId"_s, connection.connectionId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    connection.name = reader.string(u"name"_s);
    connection.sourceId = reader.string(u"sourceId"_s);
    connection.destinationId = reader.string(u"destinationId"_s);
    connection.workspaceId = reader.string(u"workspaceId"_s);
    connection.statusText = reader.string(u"status"_s);
    connection.status = statusFromString(connection.statusText);
    if (const auto schedule = reader.object(u"schedule"_s))
        connection.schedule = ConnectionSchedule::fromJson(*schedule).value_or(ConnectionSchedule::manual());
    else
        connection.schedule = ConnectionSchedule::manual();

    // Streams that cannot be read are skipped, and then `configurations` stays in raw as sent
    // so toJson() does not drop them.
    const QJsonObject configurations = object.value(u"configurations"_s).toObject();
    bool allStreamsRead = object.value(u"configurations"_s).isObject();
    const QJsonValue streams = configurations.value(u"streams"_s);
    if (streams.isArray()) {
        for (const QJsonValue stream : streams.toArray()) {
            const auto parsed = stream.isObject() ? StreamConfiguration::fromJson(stream.toObject()) : std::nullopt;
            if (parsed)
                connection.streams.append(*parsed);
            else
                allStreamsRead = false;
        }
    } else if (configurations.contains(u"streams"_s)) {
        allStreamsRead = false;
    }
    if (allStreamsRead && configurations.size() == (configurations.contains(u"streams"_s) ? 1 : 0))
        reader.object(u"configurations"_s);

    connection.prefix = reader.string(u"prefix"_s);
    connection.namespaceDefinition = reader.string(u"namespaceDefinition"_s);
    connection.namespaceFormat = reader.string(u"namespaceFormat"_s);
    connection.nonBreakingSchemaUpdatesBehavior = reader.string(u"nonBreakingSchemaUpdatesBehavior"_s);
    connection.createdAt = reader.epochSeconds(u"createdAt"_s).value_or(QDateTime());
    connection.statusReason = reader.string(u"statusReason"_s);
    // The names are what people filter by; the tag objects (ids, colours) stay in raw.
    for (const QJsonValue tag : object.value(u"tags"_s).toArray()) {
        const QString tagName = tag.isObject() ? tag.toObject().value(u"name"_s).toString()
                                               : tag.toString();
        if (!tagName.isEmpty())
            connection.tags.append(tagName);
    }
    connection.raw = reader.rest();
    return connection;
}

QJsonObject Connection::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"connectionId"_s, connectionId);
    JsonFieldReader::put(out, u"name"_s, name, true);
    JsonFieldReader::put(out, u"sourceId"_s, sourceId, true);
    JsonFieldReader::put(out, u"destinationId"_s, destinationId, true);
    JsonFieldReader::put(out, u"workspaceId"_s, workspaceId, true);
    JsonFieldReader::put(out, u"status"_s, status == Status::Unknown ? statusText : toString(status), true);
    if (!out.contains(u"schedule"_s))
        out.insert(u"schedule"_s, schedule.toJson());
    if (!out.contains(u"configurations"_s)) {
        QJsonArray streamArray;
        for (const StreamConfiguration &stream : streams)
            streamArray.append(stream.toJson());
        out.insert(u"configurations"_s, QJsonObject{{u"streams"_s, streamArray}});
    }
    JsonFieldReader::put(out, u"prefix"_s, prefix, false);
    JsonFieldReader::put(out, u"namespaceDefinition"_s, namespaceDefinition, false);
    JsonFieldReader::put(out, u"namespaceFormat"_s, namespaceFormat, false);
    JsonFieldReader::put(out, u"nonBreakingSchemaUpdatesBehavior"_s, nonBreakingSchemaUpdatesBehavior, false);
    JsonFieldReader::putEpochSeconds(out, u"createdAt"_s, createdAt);
    JsonFieldReader::put(out, u"statusReason"_s, statusReason, false);
    if (!out.contains(u"tags"_s)) {
        QJsonArray tagArray;
        for (const QString &tag : tags)
            tagArray.append(QJsonObject{{u"name"_s, tag}});
        out.insert(u"tags"_s, tagArray);
    }
    return out;
}

QStringList Connection::streamNames() const
{
    QStringList names;
    names.reserve(streams.size());
    for (const StreamConfiguration &stream : streams)
        names.append(stream.name);
    return names;
}

} // namespace airdesk::domain

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// Airbyte calls sources and destinations "actors"; the two responses differ only in key names.
enum class ActorKind { Source, Destination };

/// A deployed source or destination (public API SourceResponse / DestinationResponse).
struct Actor
{
    ActorKind kind = ActorKind::Source;
    QString id;            // sourceId or destinationId
    QString name;
    QString typeName;      // sourceType / destinationType; "" for definitions the server cannot name
    QString definitionId;
    QString workspaceId;
    QJsonObject configuration; // as stored; secrets arrive masked as "**********" and stay so
    QDateTime createdAt;       // from epoch seconds, UTC; invalid when absent
    QJsonObject raw;           // fields not modeled here (resourceAllocation, ...)

    /// Tells the kind from which id key is present (sourceId wins when both are).
    static std::optional<Actor> fromJson(const QJsonObject &object, QString *error = nullptr);
    /// Fails only when the kind's id (sourceId or destinationId) is missing or not a string.
    static std::optional<Actor> fromJson(const QJsonObject &object, ActorKind kind, QString *error = nullptr);
    QJsonObject toJson() const;

    static QString idKey(ActorKind kind);
    static QString typeKey(ActorKind kind);
};

} // namespace airdesk::domain

#pragma once

#include "core/domain/Actor.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// One connector catalog entry, merged from whichever API gave it: the Config API's
/// SourceDefinitionRead / DestinationDefinitionRead (with icon, support level, release stage)
/// or the public API's DefinitionResponse ({id, name, dockerRepository, dockerImageTag,
/// documentationUrl}, no icon). toJson() gives back the shape it was read from.
struct ConnectorDefinitionInfo
{
    ActorKind kind = ActorKind::Source;
    QString id;
    QString name;
    QString dockerRepository;
    QString dockerImageTag;   // also taken from `version` (GET /connector_definitions)
    QString documentationUrl;
    QString iconUrl;          // Config API `icon`: an https URL to an SVG; empty from the public API
    QString supportLevel;     // community|certified|archived|none
    QString releaseStage;     // alpha|beta|generally_available|custom
    bool custom = false;
    QString idKey;            // the key the id came from: sourceDefinitionId, destinationDefinitionId or id
    QJsonObject raw;

    /// Reads the Config shape when sourceDefinitionId / destinationDefinitionId is present
    /// (which also gives the kind), else the public shape with the given kind.
    /// Fails only when none of those id keys holds a string.
    static std::optional<ConnectorDefinitionInfo> fromJson(const QJsonObject &object, ActorKind kind,
                                                           QString *error = nullptr);
    static std::optional<ConnectorDefinitionInfo> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

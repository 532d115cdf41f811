#pragma once

#include "core/domain/Actor.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::domain {

/// What a connector's config form is built from: the Config API's
/// SourceDefinitionSpecificationRead / DestinationDefinitionSpecificationRead
/// (/source_definition_specifications/get and the destination twin).
struct ConnectorSpecification
{
    ActorKind kind = ActorKind::Source;
    QString definitionId;                // sourceDefinitionId / destinationDefinitionId
    QString documentationUrl;
    QJsonObject connectionSpecification; // JSON Schema with airbyte_secret, order, group, ...
    QJsonObject advancedAuth;            // OAuth flow description; empty when none
    QStringList supportedDestinationSyncModes; // destinations only
    QJsonObject raw;                     // jobInfo, advancedAuthGlobalCredentialsAvailable, ...

    /// The kind comes from which definition id key is present.
    /// Fails only when neither sourceDefinitionId nor destinationDefinitionId holds a string.
    static std::optional<ConnectorSpecification> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

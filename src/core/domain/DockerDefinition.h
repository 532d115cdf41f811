#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// A connector definition as the public API's /workspaces/{id}/definitions/sources (or
/// destinations) lists it: the built-in ones and the workspace's custom Docker images alike.
struct DockerDefinition
{
    QString id;
    QString name;
    QString dockerRepository; ///< e.g. "airbyte/source-faker" or "ghcr.io/acme/source-x"
    QString dockerImageTag;   ///< e.g. "6.2.1"
    QString documentationUrl; ///< empty when not given

    /// Fails when id is missing or not a string.
    static std::optional<DockerDefinition> fromJson(const QJsonObject &object, QString *error = nullptr);
    /// The create request body: {name, dockerRepository, dockerImageTag, documentationUrl?}.
    QJsonObject createRequest() const;
};

} // namespace airdesk::domain

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// A workspace as the public API's WorkspaceResponse (and the Config API's WorkspaceRead) gives it.
struct Workspace
{
    QString workspaceId;
    QString name;
    QString dataResidency;
    QString organizationId; // empty when the server does not say (the public API usually does not)
    QJsonObject raw;        // fields not modeled here (notifications, slug, ...), re-emitted by toJson()

    /// Fails only when workspaceId is missing or not a string.
    static std::optional<Workspace> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// A custom YAML (low-code) source definition of a workspace
/// (public API DeclarativeSourceDefinitionResponse, servers from v1.6.0).
struct DeclarativeDefinition
{
    QString id;
    QString name;
    QJsonObject manifest; // the manifest as a JSON object (the API never takes YAML text)
    qint64 version = 0;   // the active manifest version; each update makes max+1
    QJsonObject raw;

    /// Fails only when id is missing or not a string.
    static std::optional<DeclarativeDefinition> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

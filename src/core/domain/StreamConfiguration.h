#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::domain {

/// One configured stream of a connection (public API StreamConfiguration).
struct StreamConfiguration
{
    QString name;
    QString streamNamespace;         // `namespace` on the wire (a C++ keyword)
    QString syncMode;                // kept as text: the server adds modes over time
    QStringList cursorField;         // a path
    QList<QStringList> primaryKey;   // a list of paths
    QJsonObject raw;                 // selectedFields, mappers, includeFiles, ...

    /// Fails only when name is missing or not a string.
    static std::optional<StreamConfiguration> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

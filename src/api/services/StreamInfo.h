#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::api {

/// One stream a source offers, for a stream picker: the public API's StreamProperties
/// (GET /streams), which the server gets from a discover of the source.
struct StreamInfo
{
    QString name;                               // streamName
    QString streamNamespace;                    // `streamnamespace` on the wire (sic, lowercase)
    QStringList syncModes;                      // connection sync modes, e.g. "incremental_append"
    QStringList defaultCursorField;             // a path
    bool sourceDefinedCursor = false;           // sourceDefinedCursorField
    QList<QStringList> sourceDefinedPrimaryKey; // a list of paths
    QList<QStringList> propertyFields;          // every top-level field, as paths

    /// Fails only when streamName is missing or not a string.
    static std::optional<StreamInfo> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace airdesk::api

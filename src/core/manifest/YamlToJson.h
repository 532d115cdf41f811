#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace airdesk::manifest {

/// Where and why YAML could not be read (line and column are 1-based).
struct YamlError
{
    QString message;
    int line = 0;
    int column = 0;
    QString toString() const;
};

/// A 1-based line and column in the YAML text.
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

/// Where each entry of a document starts (a mapping entry at its key, a list item at the item),
/// keyed by its readable path (ManifestPath::toString, the empty string for the root).
using PositionMap = QHash<QString, SourcePosition>;

/// Reads YAML (a manifest, testing values) into JSON the way the Airbyte CDK and PyAirbyte
/// read it with PyYAML's `safe_load` (YAML 1.1): plain scalars become null, booleans
/// (also yes/no/on/off), integers (also 0o/0x/0b/sexagesimal forms) or numbers when they look
/// like them (`1e5` stays text, as there), quoted scalars stay strings; anchors, aliases and
/// `<<` merge keys are resolved; a repeated key keeps its last value. Known difference:
/// unquoted dates stay text here where PyYAML makes a date object.
/// yaml-cpp stays inside the .cpp.
namespace YamlToJson {

std::optional<QJsonValue> parse(const QByteArray &text, YamlError *error, PositionMap *positions = nullptr);
std::optional<QJsonValue> parseFile(const QString &path, YamlError *error, PositionMap *positions = nullptr);
/// What an unquoted (plain) scalar with this text reads as: null, a boolean, a number or the text.
QJsonValue plainScalar(const QString &text);

} // namespace YamlToJson
} // namespace airdesk::manifest

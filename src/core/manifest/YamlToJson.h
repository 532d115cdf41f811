#pragma once

#include <QByteArray>
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

/// Reads YAML (a manifest, testing values) into JSON the way PyAirbyte's yaml.safe_load does
/// for the values manifests use: plain scalars become null, booleans, integers or numbers
/// when they look like them, quoted scalars stay strings; anchors and aliases are resolved.
/// yaml-cpp stays inside the .cpp.
namespace YamlToJson {

std::optional<QJsonValue> parse(const QByteArray &text, YamlError *error);
std::optional<QJsonValue> parseFile(const QString &path, YamlError *error);

} // namespace YamlToJson
} // namespace airdesk::manifest

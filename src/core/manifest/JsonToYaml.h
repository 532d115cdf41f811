#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace airdesk::manifest {

/// Writes JSON as block-style YAML that YamlToJson (and PyYAML) read back to the same JSON:
/// text that would read as something else unquoted ("yes", "0777", "null", "") is quoted.
/// For showing a published manifest (the server keeps JSON) in the editor.
namespace JsonToYaml {

[[nodiscard]] QByteArray write(const QJsonValue &value);

} // namespace JsonToYaml
} // namespace airdesk::manifest

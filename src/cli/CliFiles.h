#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::cli {

/// Reads a JSON or YAML file holding one object (a connector configuration, a manifest,
/// testing values); nullopt and a message naming the file (and line) on failure.
std::optional<QJsonObject> readObjectFile(const QString &path, QString *error);

} // namespace airdesk::cli

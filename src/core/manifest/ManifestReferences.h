#pragma once

#include "ManifestPath.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace airdesk::manifest {

/// Resolves a manifest's references the way the CDK's ManifestReferenceResolver does before
/// validation: any string value starting with `#/` is replaced by the value it points at;
/// a mapping with `$ref` becomes the referenced mapping overlaid with its own keys (or the
/// target itself when that is not a mapping); values under `config_overrides` are kept as
/// written; undefined and circular references are reported where they are made.
namespace ManifestReferences {

/// An undefined or circular reference, at the place (in the manifest as written) that makes it.
struct Problem
{
    ManifestPath path;
    QString message;
};

/// The manifest with every reference replaced; problems appended to @p problems.
[[nodiscard]] QJsonObject resolve(const QJsonObject &manifest, QList<Problem> *problems);

/// The value `#/a/b/0` points at, and where it is. A path step is first tried whole as a key
/// (`#/a/b` may name a key "a/b"), then split at each `/`, as the CDK does.
struct Target
{
    QJsonValue value;
    ManifestPath path;
};
[[nodiscard]] std::optional<Target> lookup(const QJsonObject &manifest, const QString &reference);

/// Where in the manifest as written the value at @p resolvedPath of the resolved manifest
/// comes from, as deep as it can be followed through references; for line numbers.
[[nodiscard]] ManifestPath origin(const QJsonObject &manifest, const ManifestPath &resolvedPath);

} // namespace ManifestReferences
} // namespace airdesk::manifest

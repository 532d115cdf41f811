#pragma once

#include <QJsonObject>

namespace airdesk::manifest {

/// What the CDK's ManifestComponentTransformer does to a resolved manifest before validating
/// it: sub-components written without `type` get their field's default type (a stream's
/// `retriever` is a SimpleRetriever, ...; `class_name` picks the Custom* type), and
/// `$parameters` flow from each component to its typed sub-components, filling fields that
/// are absent or falsy in Python's sense. Inline JSON schemas (`type: object`) are left alone.
namespace ManifestComponents {

[[nodiscard]] QJsonObject propagate(const QJsonObject &resolvedManifest);

} // namespace ManifestComponents
} // namespace airdesk::manifest

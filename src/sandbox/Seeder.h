#pragma once

#include <QJsonObject>
#include <QString>

namespace airdesk::sandbox {

struct SandboxContext;

/// Fills a fresh store: `demo` (a believable workspace with a history), `empty`, or a
/// large workspace built from --scale for load and performance work.
namespace Seeder {

bool seed(SandboxContext &context, QString *error);

/// A configuration that satisfies `spec`: defaults, then examples, first enum values, the
/// first oneOf option; used for seeded sources and destinations.
QJsonObject sampleConfig(const QJsonObject &spec);

} // namespace Seeder
} // namespace airdesk::sandbox

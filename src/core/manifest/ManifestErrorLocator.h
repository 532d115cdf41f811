#pragma once

#include "core/manifest/YamlToJson.h"

#include <QByteArray>
#include <QString>

namespace airdesk::manifest {

/// Finds the part of a manifest a server error message is about, best effort: a JSON path
/// (`$.streams[0].retriever`, `streams[1].name`, `/spec/connection_specification`) that
/// exists in the manifest, else the name of one of its streams quoted or named in the text.
/// Server messages do not follow one format, so no match is a normal answer.
namespace ManifestErrorLocator {

struct Location
{
    QString path;          ///< the manifest path found, in ManifestPath's readable form
    SourcePosition position; ///< line 0 when nothing in the message points into the manifest
    bool isValid() const { return position.line > 0; }
};

[[nodiscard]] Location locate(const QByteArray &yaml, const QString &message);

} // namespace ManifestErrorLocator

} // namespace airdesk::manifest

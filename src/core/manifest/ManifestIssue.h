#pragma once

#include <QList>
#include <QString>

namespace airdesk::manifest {

/// One problem found in a manifest: where (a readable JSON path and, when the YAML gives one,
/// a 1-based line and column) and what, in words a person can act on.
struct ManifestIssue
{
    QString path;    ///< e.g. `streams[0].retriever.requester`; empty for the whole manifest
    QString message; ///< e.g. `missing required property 'url_base'`
    int line = 0;    ///< 0 when unknown
    int column = 0;

    /// `path: message`, or the message alone at the root.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const ManifestIssue &, const ManifestIssue &) = default;
};

using ManifestIssues = QList<ManifestIssue>;

} // namespace airdesk::manifest

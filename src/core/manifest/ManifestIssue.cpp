#include "ManifestIssue.h"

using namespace Qt::StringLiterals;

namespace airdesk::manifest {

QString ManifestIssue::toString() const
{
    return path.isEmpty() ? message : QString(path % u": "_s % message);
}

} // namespace airdesk::manifest

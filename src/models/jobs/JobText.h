#pragma once

#include "core/domain/JobStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

/// How jobs read to a person, shared by the job tables, charts and detail views: a status's
/// words, colour and icon, a duration, a byte count.
namespace airdesk::models::JobText {

/// "Succeeded", "Running", ... (translated).
QString statusText(domain::JobStatus status);
/// Green for succeeded, red for failed, grey for cancelled, blue while running, ...
QColor statusColour(domain::JobStatus status);
/// A small round icon in the status colour with a glyph (check, cross, slash, ...), so the
/// status reads without colour too. Needs a QGuiApplication.
QIcon statusIcon(domain::JobStatus status);
/// "1h 02m 03s", "2m 05s", "45s"; "" for a negative value.
QString duration(qint64 seconds);
/// "12.3 MB" in the user's locale.
QString bytes(qint64 bytes);

} // namespace airdesk::models::JobText

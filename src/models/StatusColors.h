#pragma once

#include "core/domain/Connection.h"
#include "core/domain/JobStatus.h"

#include <QColor>

namespace airdesk::models {

/// The colour each status is shown with (a swatch beside the text, chart markers): green for
/// success and enabled, red for failure, amber for partial or locked, blue for work in
/// progress, grey for the rest. Chosen to read on light and dark backgrounds alike; the text
/// beside it always says the same thing, so colour is never the only signal.
namespace StatusColors {

QColor forJob(domain::JobStatus status);
QColor forConnection(domain::Connection::Status status);

} // namespace StatusColors
} // namespace airdesk::models

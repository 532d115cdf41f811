#pragma once

#include <QString>

namespace airdesk::app {

/// `airdesk --screenshot FILE --form SPEC.json`: renders the deploy form for a connector spec
/// (a connectionSpecification, or a whole spec object holding one) offscreen-capable, saves it
/// as PNG and returns the exit code: 0 saved, 1 the image could not be written, 3 the spec
/// cannot be read or used (with the reason on stderr). Runs the application's event loop.
int runFormScreenshot(const QString &specPath, const QString &imagePath);

} // namespace airdesk::app

#pragma once

#include <QByteArray>
#include <QIcon>

namespace airdesk::gui::ConnectorIcon {

/// A connector's SVG logo as an icon (rendered at 24 and 48 px); the placeholder when the
/// SVG does not render.
[[nodiscard]] QIcon fromSvg(const QByteArray &svg);
/// A neutral square for connectors whose logo has not arrived (yet).
[[nodiscard]] QIcon placeholder();

} // namespace airdesk::gui::ConnectorIcon

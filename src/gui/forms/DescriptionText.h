#pragma once

#include <QString>

namespace airdesk::gui::DescriptionText {

/// Turns a spec's `description` (plain text with some HTML and Markdown links, written by third
/// parties) into safe rich text for a QLabel: every tag is escaped or dropped except a few
/// inline ones (b, i, em, strong, code, br, p, ul/ol/li), `<a href>` and Markdown `[text](url)`
/// links survive only with http(s)/mailto targets, and bare URLs become links. Nothing that
/// could load content (img, iframe, style, script) is kept, so showing it never reaches out.
[[nodiscard]] QString toHtml(const QString &description);

} // namespace airdesk::gui::DescriptionText

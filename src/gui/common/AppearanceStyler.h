#pragma once

#include "UiPreferences.h"

#include <QPalette>

namespace airdesk::gui {

/// Light and dark appearance. Qt 6.4 cannot ask the platform for a colour scheme
/// (QStyleHints::colorScheme is 6.5), so "System" leaves style and palette to the platform
/// theme, and an explicit Light or Dark switches to Fusion with a palette of our own.
class AppearanceStyler final
{
public:
    /// Applies `appearance` to the running application (call after QApplication exists).
    static void apply(UiPreferences::Appearance appearance);
    static QPalette darkPalette();
    static QPalette lightPalette();
    /// True when `palette` has light text on a dark window (a dark appearance).
    static bool isDark(const QPalette &palette);
};

} // namespace airdesk::gui

#pragma once

#include <functional>

class QMessageBox;
class QWidget;

namespace airdesk::gui {

/// Asks "Discard unsaved changes?" as a window-modal message box opened with open() (no
/// nested event loop); `discard` runs only when the user chooses Discard. The box is deleted
/// when it closes; its object name is "discardChangesBox" so tests can answer it.
QMessageBox *askToDiscardChanges(QWidget *parent, std::function<void()> discard);

} // namespace airdesk::gui

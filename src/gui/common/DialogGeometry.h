#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace airdesk::gui {

/// Dialogs remember their size: saved under "geometry/<name>" when they close, restored
/// when they open. A dialog passes the settings it was given, so tests use a temporary file.
class DialogGeometry final
{
public:
    static void restore(QWidget *widget, QSettings &settings, const QString &name);
    static void save(const QWidget *widget, QSettings &settings, const QString &name);
    static QString key(const QString &name);
};

} // namespace airdesk::gui

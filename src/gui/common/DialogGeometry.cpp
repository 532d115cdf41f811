#include "DialogGeometry.h"

#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

QString DialogGeometry::key(const QString &name)
{
    return u"geometry/"_s + name;
}

void DialogGeometry::restore(QWidget *widget, QSettings &settings, const QString &name)
{
    const QByteArray geometry = settings.value(key(name)).toByteArray();
    if (!geometry.isEmpty())
        widget->restoreGeometry(geometry);
}

void DialogGeometry::save(const QWidget *widget, QSettings &settings, const QString &name)
{
    settings.setValue(key(name), widget->saveGeometry());
}

} // namespace airdesk::gui

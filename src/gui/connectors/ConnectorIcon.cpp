#include "ConnectorIcon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace airdesk::gui::ConnectorIcon {

QIcon fromSvg(const QByteArray &svg)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return placeholder();
    QIcon icon;
    for (int size : {24, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.setAspectRatioMode(Qt::KeepAspectRatio);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon placeholder()
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc8, 0xcc, 0xd2));
    painter.drawRoundedRect(QRectF(3, 3, 18, 18), 4, 4);
    return QIcon(pixmap);
}

} // namespace airdesk::gui::ConnectorIcon

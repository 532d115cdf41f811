#include "ConnectorIconDelegate.h"

#include "models/roles.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace airdesk::gui {

ConnectorIconDelegate::ConnectorIconDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool ConnectorIconDelegate::setIcon(const QString &key, const QByteArray &svg)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return false;
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        // Keep the icon's proportions inside the square.
        QSizeF target = renderer.defaultSize().isValid() ? QSizeF(renderer.defaultSize()) : QSizeF(size, size);
        target.scale(size, size, Qt::KeepAspectRatio);
        renderer.render(&painter, QRectF(QPointF((size - target.width()) / 2, (size - target.height()) / 2), target));
        painter.end();
        icon.addPixmap(pixmap);
    }
    m_icons.insert(key, icon);
    return true;
}

void ConnectorIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0 || m_icons.isEmpty())
        return;
    const auto it = m_icons.constFind(index.data(models::IconKeyRole).toString());
    if (it == m_icons.cend())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = *it;
    option->decorationSize = QSize(16, 16);
}

} // namespace airdesk::gui

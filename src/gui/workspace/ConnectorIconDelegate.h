#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace airdesk::gui {

/// Draws each row's connector icon before its name: the icon is picked by the row's
/// IconKeyRole (the definition id) among the SVG icons handed in so far. Rows whose icon has
/// not arrived show their name alone.
class ConnectorIconDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorIconDelegate)

public:
    explicit ConnectorIconDelegate(QObject *parent = nullptr);

    /// Renders `svg` once (crisp at 1x and 2x); false when it is not a usable SVG.
    bool setIcon(const QString &key, const QByteArray &svg);
    QIcon icon(const QString &key) const { return m_icons.value(key); }
    int iconCount() const { return int(m_icons.size()); }
    void clear() { m_icons.clear(); }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<QString, QIcon> m_icons;
};

} // namespace airdesk::gui

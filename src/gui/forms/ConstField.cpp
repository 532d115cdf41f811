#include "ConstField.h"

#include "SchemaKeys.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace airdesk::gui {

ConstField::ConstField(const QJsonObject &schema, const QString &path, QWidget *parent)
    : FieldWidget(schema, path, parent)
    , m_value(SchemaKeys::constValue(schema))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QLineEdit(SchemaKeys::displayText(m_value), this);
    line->setReadOnly(true);
    layout->addWidget(line);
    setFocusProxy(line);
}

void ConstField::setAccessibleTitle(const QString &title)
{
    focusProxy()->setAccessibleName(title);
}

} // namespace airdesk::gui

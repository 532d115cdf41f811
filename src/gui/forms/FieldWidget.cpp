#include "FieldWidget.h"

#include "SchemaKeys.h"

namespace airdesk::gui {

FieldWidget::FieldWidget(const QJsonObject &schema, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_schema(schema)
    , m_path(path)
{
}

FieldWidget *FieldWidget::find(const QString &path)
{
    return path == m_path ? this : nullptr;
}

QJsonValue FieldWidget::valueWithoutSecrets() const
{
    return SchemaKeys::isSecret(schema()) ? QJsonValue(QJsonValue::Undefined) : value();
}

} // namespace airdesk::gui

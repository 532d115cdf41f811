#include "BooleanField.h"

#include "SchemaKeys.h"

#include <QCheckBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

BooleanField::BooleanField(const QJsonObject &schema, const QString &path, const QString &title, bool required,
                           QWidget *parent)
    : FieldWidget(schema, path, parent)
    , m_required(required)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_box = new QCheckBox(required ? QString(title + u" *"_s) : title, this);
    m_box->setEnabled(!SchemaKeys::isReadOnly(schema));
    layout->addWidget(m_box);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::clicked, this, [this] {
        m_set = true;
        Q_EMIT edited();
    });
    setValue(schema.value(u"default"_s));
}

QJsonValue BooleanField::value() const
{
    if (!m_set && !m_required)
        return QJsonValue(QJsonValue::Undefined);
    return m_box->isChecked();
}

void BooleanField::setValue(const QJsonValue &value)
{
    m_set = value.isBool();
    m_box->setChecked(value.toBool());
}

void BooleanField::setAccessibleTitle(const QString &title)
{
    m_box->setAccessibleName(title);
}

} // namespace airdesk::gui

#pragma once

#include "FieldWidget.h"

namespace airdesk::gui {

/// A `const` property (a oneOf discriminator, a fixed type tag): not shown in the form (its row
/// is kept hidden), always sent with its constant value.
class ConstField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConstField)

public:
    ConstField(const QJsonObject &schema, const QString &path, QWidget *parent = nullptr);

    QJsonValue value() const override { return m_value; }
    void setValue(const QJsonValue &value) override { Q_UNUSED(value); }
    void setAccessibleTitle(const QString &title) override;

private:
    QJsonValue m_value;
};

} // namespace airdesk::gui

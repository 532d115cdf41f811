#pragma once

#include "FieldWidget.h"

class QCheckBox;

namespace airdesk::gui {

/// A boolean as a check box carrying the title. The key is sent once it has a value: from
/// `default`, a loaded configuration or a click; a required boolean is always sent.
class BooleanField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BooleanField)

public:
    BooleanField(const QJsonObject &schema, const QString &path, const QString &title, bool required,
                 QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    bool showsOwnTitle() const override { return true; }
    void setAccessibleTitle(const QString &title) override;
    QCheckBox *checkBox() const { return m_box; }

private:
    QCheckBox *m_box;
    bool m_required;
    bool m_set = false;
};

} // namespace airdesk::gui

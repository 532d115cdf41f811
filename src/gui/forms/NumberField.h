#pragma once

#include "FieldWidget.h"

class QLineEdit;

namespace airdesk::gui {

/// An integer or a number. Typing is limited to numeric text; the default is filled in and
/// also shown as placeholder; minimum/maximum are checked by the validator.
class NumberField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberField)

public:
    NumberField(const QJsonObject &schema, const QString &path, bool integer, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<spec::ValidationIssue> localIssues() const override;
    void setAccessibleTitle(const QString &title) override;
    QLineEdit *lineEdit() const { return m_line; }

private:
    std::optional<double> parsed() const;

    QLineEdit *m_line;
    bool m_integer;
};

} // namespace airdesk::gui

#pragma once

#include "FieldWidget.h"

class QLineEdit;
class QPlainTextEdit;

namespace airdesk::gui {

/// A string: one line, or a text area with `multiline`. Examples become the placeholder;
/// `format` (date, date-time, email, uri) is checked as the user types; text is trimmed.
class TextField final : public FieldWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextField)

public:
    TextField(const QJsonObject &schema, const QString &path, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QList<spec::ValidationIssue> localIssues() const override;
    void setAccessibleTitle(const QString &title) override;
    QString text() const;

private:
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_area = nullptr;
};

} // namespace airdesk::gui

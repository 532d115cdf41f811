#pragma once

#include "FieldWidget.h"

#include "core/spec/DateFieldFormat.h"

class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace airdesk::gui {

class DatePickerPopup;

/// A string: one line, or a text area with `multiline`. Examples become the placeholder;
/// `format` (date, date-time, email, uri) is checked as the user types; text is trimmed.
/// Date fields (by format or by a date-shaped pattern) get a Calendar button whose popup
/// writes the date in the layout the pattern requires; the text stays editable.
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

    /// The Calendar button of a date field; null for other fields.
    QToolButton *calendarButton() const { return m_calendarButton; }
    /// The open (or last) calendar popup; null until the button was first used.
    DatePickerPopup *calendarPopup() const { return m_popup; }
    const spec::DateFieldFormat &dateFormat() const { return m_dateFormat; }

private:
    void openCalendar();

    spec::DateFieldFormat m_dateFormat;
    QToolButton *m_calendarButton = nullptr;
    DatePickerPopup *m_popup = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_area = nullptr;
};

} // namespace airdesk::gui

#pragma once

#include "core/spec/ConfigValidator.h"

#include <QWidget>

class QLabel;

namespace airdesk::gui {

class FieldWidget;

/// One property in the form: title (with a mark when required), the input, the description
/// (sanitised, links clickable), a format hint and the validation messages that belong here.
/// A "missing" message shows only once the input was touched or the form asks to reveal all.
class FieldRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldRow)

public:
    FieldRow(const QString &key, FieldWidget *field, bool required, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    FieldWidget *field() const { return m_field; }
    bool isRequired() const { return m_required; }
    /// Shows the issues under this row's path; returns how many it showed (also those
    /// passed on to nested rows).
    int showIssues(const QList<spec::ValidationIssue> &issues, bool reveal);
    QString errorText() const;

private:
    QString m_key;
    FieldWidget *m_field;
    bool m_required;
    bool m_touched = false;
    QLabel *m_error;
};

} // namespace airdesk::gui

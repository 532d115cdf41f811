#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace airdesk::gui {

/// Asks for a new name: OK only when the name is not blank and differs from the old one.
/// Opened with open(); the caller reads newName() on accepted().
class RenameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameDialog)

public:
    RenameDialog(const QString &kind, const QString &currentName, QWidget *parent = nullptr);

    QString newName() const;
    QLineEdit *nameField() const { return m_field; }
    QPushButton *okButton() const { return m_ok; }

private:
    QString m_current;
    QLineEdit *m_field;
    QPushButton *m_ok;
};

} // namespace airdesk::gui

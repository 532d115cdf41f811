#include "RenameDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace airdesk::gui {

RenameDialog::RenameDialog(const QString &kind, const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_current(currentName)
    , m_field(new QLineEdit(currentName, this))
{
    setWindowTitle(tr("Rename %1").arg(kind));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Rename"));
    m_ok->setEnabled(false);
    m_field->setAccessibleName(tr("New name"));
    m_field->selectAll();
    m_field->setMinimumWidth(320);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Name:"), m_field);
    layout->addRow(buttons);
    connect(m_field, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!newName().isEmpty() && newName() != m_current); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RenameDialog::newName() const
{
    return m_field->text().trimmed();
}

} // namespace airdesk::gui

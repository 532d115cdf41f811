#include "DeleteDefinitionDialog.h"

#include "core/domain/SafeMode.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DeleteDefinitionDialog::DeleteDefinitionDialog(const QString &name, int version, QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_text(new QLabel(this))
    , m_safeMode(new QCheckBox(tr("&Safe mode"), this))
    , m_safeModeNote(new QLabel(this))
{
    setObjectName(u"deleteDefinitionDialog"_s);
    setWindowTitle(tr("Delete custom source definition"));
    setWindowModality(Qt::WindowModal);
    m_text->setObjectName(u"textLabel"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(tr("Delete the custom source definition \"%1\" (all %n version(s)) and its Connector Builder "
                       "project on the server? Sources created from it stop working. This cannot be undone.",
                       nullptr, version)
                        .arg(name));
    m_safeMode->setObjectName(u"safeModeCheckBox"_s);
    m_safeMode->setChecked(true);
    m_safeModeNote->setObjectName(u"safeModeLabel"_s);
    m_safeModeNote->setWordWrap(true);
    m_safeModeNote->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deletePushButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_safeMode);
    layout->addWidget(m_safeModeNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 240);

    connect(m_safeMode, &QCheckBox::toggled, this, &DeleteDefinitionDialog::updateState);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void DeleteDefinitionDialog::describeDocker(const QString &image)
{
    m_text->setText(tr("Delete the custom Docker source definition \"%1\" (%2) on the server? Sources created "
                       "from it stop working. This cannot be undone.")
                        .arg(m_name, image));
}

bool DeleteDefinitionDialog::safeMode() const
{
    return m_safeMode->isChecked();
}

void DeleteDefinitionDialog::updateState()
{
    const bool allowed = domain::SafeMode::isDeletionAllowedName(m_name);
    QString note = tr("Safe mode follows PyAirbyte's rule: a definition is deleted only when its name contains "
                      "\"delete-me\" or \"deleteme\", so a real connector is not deleted by mistake.");
    if (m_safeMode->isChecked() && !allowed)
        note += u' ' + tr("\"%1\" does not, so nothing can be deleted with safe mode on; turn it off to delete "
                          "this definition.")
                           .arg(m_name);
    m_safeModeNote->setText(note);
    m_delete->setEnabled(!m_safeMode->isChecked() || allowed);
}

} // namespace airdesk::gui

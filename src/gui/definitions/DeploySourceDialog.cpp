#include "DeploySourceDialog.h"

#include "TestingValuesEditor.h"

#include "api/services/DeclarativeDefinitionService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DeploySourceDialog::DeploySourceDialog(api::DeclarativeDefinitionService *service, const QString &definitionId,
                                       const QString &definitionName, const QJsonObject &manifest, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_definitionId(definitionId)
    , m_name(new QLineEdit(this))
    , m_config(new TestingValuesEditor(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"deploySourceDialog"_s);
    setWindowTitle(tr("Deploy a source from \"%1\"").arg(definitionName));
    setWindowModality(Qt::WindowModal);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setAccessibleName(tr("Source name"));
    m_name->setText(definitionName);
    m_config->setObjectName(u"configurationEditor"_s);
    m_config->setSpec(manifest.value(u"spec"_s).toObject().value(u"connection_specification"_s).toObject());
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deploy = buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole);
    m_deploy->setObjectName(u"deployPushButton"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *configLabel = new QLabel(tr("Configuration (a form from the definition's specification):"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(configLabel);
    layout->addWidget(m_config, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(540, 520);

    connect(m_name, &QLineEdit::textChanged, this, &DeploySourceDialog::updateState);
    connect(m_config, &TestingValuesEditor::validityChanged, this, &DeploySourceDialog::updateState);
    connect(m_deploy, &QPushButton::clicked, this, &DeploySourceDialog::deploy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void DeploySourceDialog::updateState()
{
    const bool ready = !m_name->text().trimmed().isEmpty() && m_config->isValid();
    m_deploy->setEnabled(ready && !m_busy);
    if (!m_busy)
        m_message->setText(m_name->text().trimmed().isEmpty() ? tr("Give the source a name.") : QString());
}

void DeploySourceDialog::deploy()
{
    if (m_busy || !m_deploy->isEnabled())
        return;
    m_busy = true;
    m_deploy->setEnabled(false);
    m_message->setText(tr("Creating the source…"));
    m_service->deploySource(m_definitionId, m_name->text(), m_config->value(), this,
                            [this](const domain::Actor &source, const api::ApiError &error) {
                                m_busy = false;
                                if (error.isError()) {
                                    updateState();
                                    m_message->setText(tr("Not created: %1").arg(error.message()));
                                    return;
                                }
                                Q_EMIT deployed(source);
                                accept();
                            });
}

} // namespace airdesk::gui

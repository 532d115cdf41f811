#include "DockerDefinitionDialog.h"

#include "api/services/DockerDefinitionService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DockerDefinitionDialog::DockerDefinitionDialog(api::DockerDefinitionService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_name(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_documentation(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"dockerDefinitionDialog"_s);
    setWindowTitle(tr("New custom Docker source"));
    setWindowModality(Qt::WindowModal);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_repository->setObjectName(u"repositoryLineEdit"_s);
    m_repository->setPlaceholderText(tr("ghcr.io/acme/source-orders"));
    m_tag->setObjectName(u"tagLineEdit"_s);
    m_tag->setPlaceholderText(tr("1.0.0"));
    m_documentation->setObjectName(u"documentationLineEdit"_s);
    m_documentation->setPlaceholderText(tr("https://docs.example.com/source-orders (optional)"));
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createPushButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Image &repository:"), m_repository);
    form->addRow(tr("Image &tag:"), m_tag);
    form->addRow(tr("&Documentation URL:"), m_documentation);
    auto *note = new QLabel(tr("The server pulls the image and runs its spec command when the definition is "
                               "created."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(u"noteLabel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *field : {m_name, m_repository, m_tag, m_documentation})
        connect(field, &QLineEdit::textChanged, this, &DockerDefinitionDialog::updateState);
    connect(m_create, &QPushButton::clicked, this, &DockerDefinitionDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

DockerDefinitionDialog::DockerDefinitionDialog(api::DockerDefinitionService *service,
                                               const domain::DockerDefinition &existing, QWidget *parent)
    : DockerDefinitionDialog(service, parent)
{
    m_existingId = existing.id;
    setWindowTitle(tr("Update custom Docker source \"%1\"").arg(existing.name));
    m_name->setText(existing.name);
    m_repository->setText(existing.dockerRepository);
    m_repository->setReadOnly(true);
    m_tag->setText(existing.dockerImageTag);
    m_documentation->setText(existing.documentationUrl);
    // The update request takes only the name and the tag.
    m_documentation->setReadOnly(true);
    m_create->setText(tr("&Update"));
    if (auto *note = findChild<QLabel *>(u"noteLabel"_s))
        note->setText(tr("Only the name and the tag can change; the server pulls the new tag when you update."));
    resize(std::max(width(), 460), sizeHint().height());
    m_tag->setFocus();
    m_tag->selectAll();
    updateState();
}

domain::DockerDefinition DockerDefinitionDialog::definition() const
{
    domain::DockerDefinition d;
    d.id = m_existingId;
    d.name = m_name->text();
    d.dockerRepository = m_repository->text();
    d.dockerImageTag = m_tag->text();
    d.documentationUrl = m_documentation->text();
    return d;
}

void DockerDefinitionDialog::updateState()
{
    const api::ApiError problem = api::DockerDefinitionService::validate(definition());
    m_create->setEnabled(!problem.isError() && !m_busy);
    if (!m_busy)
        m_message->setText(problem.detail);
}

void DockerDefinitionDialog::create()
{
    if (m_busy || !m_create->isEnabled())
        return;
    m_busy = true;
    m_create->setEnabled(false);
    if (isUpdate()) {
        m_message->setText(tr("Updating…"));
        m_service->update(m_existingId, m_name->text(), m_tag->text(), this,
                          [this](const domain::DockerDefinition &d, const api::ApiError &error) {
                              m_busy = false;
                              if (error.isError()) {
                                  updateState();
                                  m_message->setText(tr("Not updated: %1").arg(error.message()));
                                  return;
                              }
                              Q_EMIT updated(d);
                              accept();
                          });
        return;
    }
    m_message->setText(tr("Creating…"));
    m_service->create(definition(), this, [this](const domain::DockerDefinition &d, const api::ApiError &error) {
        m_busy = false;
        if (error.isError()) {
            updateState();
            m_message->setText(tr("Not created: %1").arg(error.message()));
            return;
        }
        Q_EMIT created(d);
        accept();
    });
}

} // namespace airdesk::gui

#include "PublishDialog.h"

#include "ManifestValidationRunner.h"
#include "TestingValuesEditor.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "gui/common/DraftStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

PublishDialog::PublishDialog(api::DeclarativeDefinitionService *service, const QJsonObject &manifest,
                             const manifest::ManifestValidation &validation, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_drafts(std::make_unique<DraftStore>())
    , m_manifest(manifest)
    , m_name(new QLineEdit(this))
    , m_allowDuplicate(new QCheckBox(tr("Allow a &duplicate name"), this))
    , m_preValidate(new QCheckBox(tr("&Validate the manifest before sending it"), this))
    , m_problems(new QListWidget(this))
    , m_testingGroup(new QGroupBox(tr("Store &testing values in the Connector Builder project"), this))
    , m_testingValues(new TestingValuesEditor(m_testingGroup))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_validation(new ManifestValidationRunner(manifest::ManifestValidator(service->manifestSchema()), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_publish(m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(tr("Publish custom source definition"));
    setWindowModality(Qt::WindowModal);


    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setAccessibleName(tr("Definition name"));
    m_name->setPlaceholderText(tr("e.g. Pets API"));
    const QString title = manifest.value(u"metadata"_s).toObject().value(u"name"_s).toString();
    m_name->setText(title);
    m_allowDuplicate->setObjectName(u"allowDuplicateCheckBox"_s);
    m_allowDuplicate->setToolTip(tr("Without this, publishing stops when the workspace already has a custom "
                                    "definition with the same name."));
    m_preValidate->setObjectName(u"preValidateCheckBox"_s);
    m_preValidate->setChecked(true);
    m_preValidate->setToolTip(tr("Checks the manifest against the declarative component schema and the "
                                 "server's requirements before anything is sent."));
    m_problems->setObjectName(u"problemsListWidget"_s);
    m_problems->setAccessibleName(tr("Manifest problems"));
    m_problems->setMaximumHeight(110);
    // Problems pre-validation knows of: the editor's last validation plus the server's own needs.
    showProblems(validation);

    m_testingGroup->setObjectName(u"testingValuesGroupBox"_s);
    m_testingGroup->setCheckable(true);
    m_testingGroup->setChecked(false);
    m_testingValues->setObjectName(u"testingValuesEditor"_s);
    m_testingValues->setSpec(
        manifest.value(u"spec"_s).toObject().value(u"connection_specification"_s).toObject());
    auto *testingLayout = new QVBoxLayout(m_testingGroup);
    auto *testingHint = new QLabel(tr("A form generated from the manifest's spec.connection_specification. "
                                      "Secret fields are masked; their Show button reveals them."),
                                   m_testingGroup);
    testingHint->setWordWrap(true);
    testingLayout->addWidget(testingHint);
    testingLayout->addWidget(m_testingValues);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publish->setObjectName(u"publishPushButton"_s);
    m_progress->setObjectName(u"validationProgressBar"_s);
    m_progress->setRange(0, 0); // busy, no percentage
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Validating the manifest"));
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_allowDuplicate);
    form->addRow(QString(), m_preValidate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_testingGroup, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 560);

    connect(m_name, &QLineEdit::textChanged, this, &PublishDialog::updateState);
    connect(m_preValidate, &QCheckBox::toggled, this, &PublishDialog::updateState);
    connect(m_testingGroup, &QGroupBox::toggled, this, &PublishDialog::updateState);
    connect(m_testingValues, &TestingValuesEditor::validityChanged, this, &PublishDialog::updateState);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_validation, &ManifestValidationRunner::finished, this, &PublishDialog::validatedBeforeSending);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    restoreDraft();
    updateState();
}

PublishDialog::~PublishDialog()
{
    // A pending draft write is made now; the store goes away with the dialog.
    m_testingValues->writeDraftIfPending();
    m_testingValues->setDraft(nullptr, {});
}

QString PublishDialog::draftKey()
{
    return u"testing-values-new"_s;
}

void PublishDialog::setDraftDirectory(const QString &directory)
{
    m_testingValues->setDraft(nullptr, {});
    m_drafts = std::make_unique<DraftStore>(directory);
    restoreDraft();
    updateState();
}

void PublishDialog::restoreDraft()
{
    m_testingValues->setDraft(m_drafts.get(), draftKey());
    if (m_testingValues->restoreDraft())
        m_testingGroup->setChecked(true);
}

void PublishDialog::updateState()
{
    QString why;
    if (m_name->text().trimmed().isEmpty())
        why = tr("Give the definition a name.");
    else if (m_preValidate->isChecked() && !m_problemTexts.isEmpty())
        why = tr("The manifest has %n problem(s); fix them in the editor, or turn pre-validation off to let "
                 "the server decide.",
                 nullptr, int(m_problemTexts.size()));
    else if (m_testingGroup->isChecked() && !m_testingValues->hasForm())
        why = tr("The manifest has no usable specification to enter testing values with; untick the testing "
                 "values or add spec.connection_specification.");
    else if (m_testingGroup->isChecked() && !m_testingValues->isValid())
        why = tr("The testing values do not match the manifest's specification.");
    m_publish->setEnabled(why.isEmpty() && !m_busy);
    if (!m_busy)
        m_message->setText(why);
}

void PublishDialog::showProblems(const manifest::ManifestValidation &validation)
{
    m_problemTexts.clear();
    for (const manifest::ManifestIssue &issue : validation.all())
        m_problemTexts.append(issue.toString());
    if (const api::ApiError structural = api::DeclarativeDefinitionService::validateManifest(m_manifest);
        structural.isError() && m_problemTexts.isEmpty())
        m_problemTexts.append(structural.detail);
    m_problems->clear();
    m_problems->addItems(m_problemTexts);
    m_problems->setVisible(!m_problemTexts.isEmpty());
}

void PublishDialog::publish()
{
    if (m_busy || !m_publish->isEnabled())
        return;
    if (!m_preValidate->isChecked()) {
        send(false);
        return;
    }
    // The full validation takes long enough on a large manifest (~140 ms) to freeze the
    // window: it runs on a worker thread and the answer comes back to validatedBeforeSending().
    m_busy = true;
    m_validating = true;
    m_publish->setEnabled(false);
    m_progress->show();
    m_message->setText(tr("Validating the manifest before sending it…"));
    m_validation->validateManifest(m_manifest);
}

void PublishDialog::validatedBeforeSending(const manifest::ManifestValidation &validation)
{
    m_validating = false;
    m_busy = false;
    m_progress->hide();
    showProblems(validation);
    const bool canPublish = m_problemTexts.isEmpty();
    Q_EMIT validated(canPublish);
    if (!canPublish) {
        updateState(); // lists the problems and says why Publish is disabled
        return;
    }
    send(true);
}

void PublishDialog::send(bool schemaValidated)
{
    api::DeclarativeDefinitionService::PublishOptions options;
    options.unique = !m_allowDuplicate->isChecked();
    options.preValidate = m_preValidate->isChecked();
    options.schemaValidated = schemaValidated;
    if (m_testingGroup->isChecked())
        options.testingValues = m_testingValues->value();
    m_busy = true;
    m_publish->setEnabled(false);
    m_message->setText(tr("Publishing…"));
    m_service->publish(m_name->text(), m_manifest, options, this,
                       [this](const domain::DeclarativeDefinition &definition, const api::ApiError &error) {
                           m_busy = false;
                           if (error.isError()) {
                               showFailure(error);
                               return;
                           }
                           m_testingValues->discardDraft();
                           Q_EMIT published(definition);
                           accept();
                       });
}

void PublishDialog::showFailure(const api::ApiError &error)
{
    updateState();
    m_message->setText(tr("Not published: %1").arg(error.message()));
    Q_EMIT publishFailed(error.detail.isEmpty() ? error.message() : error.detail);
}

} // namespace airdesk::gui

#include "DeployConnectorDialog.h"

#include "gui/common/DraftStore.h"
#include "ConnectorEditorPane.h"
#include "ConnectorIcon.h"
#include "DiscardChangesBox.h"
#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectorCatalogService.h"
#include "api/services/ConnectorIconService.h"
#include "gui/forms/SpecForm.h"
#include "gui/common/DialogGeometry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {

constexpr int DefinitionIdRole = Qt::UserRole + 1;

QString kindKey(domain::ActorKind kind)
{
    return kind == domain::ActorKind::Source ? u"source"_s : u"destination"_s;
}

} // namespace

DeployConnectorDialog::DeployConnectorDialog(api::WorkspaceSession *session, domain::ActorKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_drafts(std::make_unique<DraftStore>())
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_editor(new ConnectorEditorPane(this))
    , m_unique(new QCheckBox(tr("Refuse a name already in use"), this))
    , m_suffix(new QCheckBox(tr("Add a random suffix to the name"), this))
{
    setWindowTitle(kind == domain::ActorKind::Source ? tr("New source") : tr("New destination"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *pickerColumn = new QVBoxLayout;
    m_search->setPlaceholderText(tr("Search connectors"));
    m_search->setAccessibleName(tr("Search connectors"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Connectors"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setMinimumWidth(240);
    m_list->setMaximumWidth(320);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    pickerColumn->addWidget(m_search);
    pickerColumn->addWidget(m_list, 1);
    columns->addLayout(pickerColumn);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor, 1);
    auto *options = new QHBoxLayout;
    m_unique->setChecked(true);
    m_unique->setToolTip(tr("Checks the workspace for the name before creating, as PyAirbyte does."));
    options->addWidget(m_unique);
    options->addWidget(m_suffix);
    options->addStretch();
    right->addLayout(options);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_saveUntested = buttons->addButton(tr("Save &without testing"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_test->setToolTip(tr("Checks these settings with the connector. Nothing is saved."));
    m_save->setToolTip(tr("Tests the connection first and saves only when it succeeds."));
    m_saveUntested->setToolTip(tr("Saves the connector without checking that it can connect."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeployConnectorDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] { test(false); });
    connect(m_save, &QPushButton::clicked, this, [this] { test(true); });
    connect(m_saveUntested, &QPushButton::clicked, this, &DeployConnectorDialog::save);
    connect(m_search, &QLineEdit::textChanged, this, &DeployConnectorDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { definitionChosen(item); });
    connect(m_editor, &ConnectorEditorPane::completeChanged, this, &DeployConnectorDialog::updateButtons);
    connect(m_editor, &ConnectorEditorPane::cancelRequested, this, &DeployConnectorDialog::cancelOperation);
    connect(&m_session->icons(), &api::ConnectorIconService::iconReady, this,
            [this](const QString &definitionId, const QByteArray &svg) {
                for (int i = 0; i < m_list->count(); ++i)
                    if (m_list->item(i)->data(DefinitionIdRole).toString() == definitionId)
                        m_list->item(i)->setIcon(ConnectorIcon::fromSvg(svg));
            });
    resize(1000, 700);
    QSettings settings;
    DialogGeometry::restore(this, settings, u"deployConnector"_s);
    updateButtons();
    loadDefinitions();
}

DeployConnectorDialog::~DeployConnectorDialog()
{
    // The draft store is a member and dies before the child pane: flush while both live.
    m_editor->detachDraft();
}

void DeployConnectorDialog::setDraftDirectory(const QString &directory)
{
    m_editor->detachDraft();
    m_drafts = std::make_unique<DraftStore>(directory);
}

void DeployConnectorDialog::loadDefinitions()
{
    m_editor->showBusy(tr("Loading connectors…"));
    m_editor->cancelButton()->hide();
    m_session->connectors().definitions(
        m_kind, this, [this](const QList<domain::ConnectorDefinitionInfo> &definitions, const api::ApiError &error) {
            if (error.isError()) {
                m_editor->showMessage(tr("Could not load the connectors: %1").arg(error.message()), true,
                                      error.details());
                return;
            }
            m_editor->clearStatus();
            m_definitions = definitions;
            std::sort(m_definitions.begin(), m_definitions.end(), [](const auto &a, const auto &b) {
                return a.name.localeAwareCompare(b.name) < 0;
            });
            QStringList ids;
            for (const domain::ConnectorDefinitionInfo &d : std::as_const(m_definitions)) {
                QString text = d.name;
                QStringList tags;
                if (!d.supportLevel.isEmpty() && d.supportLevel != u"none")
                    tags.append(d.supportLevel);
                if (!d.releaseStage.isEmpty() && d.releaseStage != u"generally_available")
                    tags.append(d.releaseStage);
                if (!tags.isEmpty())
                    text += u"  ("_s + tags.join(u", "_s) + u')';
                auto *item = new QListWidgetItem(text, m_list);
                item->setData(DefinitionIdRole, d.id);
                item->setToolTip(QString(d.dockerRepository + u':' + d.dockerImageTag));
                const QByteArray svg = m_session->icons().icon(d.id);
                item->setIcon(svg.isEmpty() ? ConnectorIcon::placeholder() : ConnectorIcon::fromSvg(svg));
                ids.append(d.id);
            }
            m_session->icons().request(m_kind, ids);
            if (!m_wantedDefinition.isEmpty())
                selectDefinition(m_wantedDefinition);
        });
}

void DeployConnectorDialog::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void DeployConnectorDialog::selectDefinition(const QString &definitionId)
{
    m_wantedDefinition = definitionId;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(DefinitionIdRole).toString() == definitionId)
            m_list->setCurrentRow(i);
}

void DeployConnectorDialog::definitionChosen(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(DefinitionIdRole).toString();
    for (const domain::ConnectorDefinitionInfo &d : std::as_const(m_definitions))
        if (d.id == id)
            m_definition = d;
    m_editor->writeDraft(); // the previous connector's work is kept
    m_editor->showBusy(tr("Loading the %1 form…").arg(m_definition.name));
    m_editor->cancelButton()->hide();
    QObject *op = startOperation(QString());
    m_session->connectors().specification(
        m_kind, id, op, [this, id](const domain::ConnectorSpecification &spec, const api::ApiError &error) {
            finishOperation();
            if (error.isError()) {
                m_editor->showMessage(tr("Could not load the connector's form: %1").arg(error.message()), true,
                                      error.details());
                return;
            }
            m_editor->clearStatus();
            m_editor->setDraft(nullptr, QString());
            if (!m_editor->setSpecification(spec.connectionSpecification))
                return;
            const QString typed = m_editor->nameEdit()->text();
            m_editor->setSaved(typed.isEmpty() ? m_definition.name : typed, m_editor->form()->value());
            m_editor->setDraft(m_drafts.get(), DraftStore::newKey(kindKey(m_kind), id));
            m_editor->restoreDraft();
            updateButtons();
        });
}

QObject *DeployConnectorDialog::startOperation(const QString &text)
{
    delete m_operation;
    m_operation = new QObject(this);
    if (!text.isEmpty())
        m_editor->showBusy(text);
    updateButtons();
    return m_operation;
}

void DeployConnectorDialog::finishOperation()
{
    if (m_operation)
        m_operation->deleteLater();
    m_operation = nullptr;
    updateButtons();
}

void DeployConnectorDialog::cancelOperation()
{
    // Deleting the context drops the callbacks; ApiClient aborts their replies.
    delete m_operation;
    m_operation = nullptr;
    m_editor->showMessage(tr("Cancelled. Nothing was saved."), false);
    updateButtons();
}

void DeployConnectorDialog::updateButtons()
{
    const bool ready = m_editor->isComplete() && !m_operation;
    m_test->setEnabled(ready);
    m_save->setEnabled(ready);
    m_saveUntested->setEnabled(ready);
    m_list->setEnabled(!m_operation);
}

api::ActorService &DeployConnectorDialog::service() const
{
    return m_kind == domain::ActorKind::Source ? m_session->sources() : m_session->destinations();
}

void DeployConnectorDialog::test(bool thenSave)
{
    m_editor->form()->revealAllIssues();
    if (!m_editor->isComplete())
        return;
    const QString name = m_editor->nameEdit()->text().trimmed();
    QObject *op = startOperation(tr("Testing the connection to %1…").arg(name));
    m_editor->cancelButton()->setText(tr("Cancel &test")); // not to be taken for the dialog's Cancel
    service().checkConfiguration(
        m_definition.id, m_editor->form()->value(), op,
        [this, thenSave](const api::CheckResult &result, const api::ApiError &error) {
            finishOperation();
            const bool passed = m_editor->showCheckOutcome(
                result, error, tr("The connection test succeeded. Nothing has been saved yet."),
                thenSave ? tr("The connection test failed, so nothing was saved. Fix the settings, or save "
                              "without testing.")
                         : tr("The connection test failed."));
            if (passed && thenSave)
                save();
        });
}

void DeployConnectorDialog::save()
{
    m_editor->form()->revealAllIssues();
    if (!m_editor->isComplete())
        return;
    const QString name = m_editor->nameEdit()->text().trimmed();
    QObject *op = startOperation(tr("Saving %1…").arg(name));
    api::DeployOptions options;
    options.unique = m_unique->isChecked();
    options.randomSuffix = m_suffix->isChecked();
    service().deploy(name, m_definition.id, m_editor->form()->value(), options, op,
                     [this](const domain::Actor &actor, const api::ApiError &error) {
                         finishOperation();
                         if (error.isError()) {
                             m_editor->showMessage(tr("Could not save: %1").arg(error.message()), true,
                                                   error.details());
                             return;
                         }
                         m_actor = actor;
                         m_editor->nameEdit()->setText(actor.name);
                         m_editor->markSaved();
                         m_editor->discardDraft();
                         Q_EMIT deployed(actor);
                         accept();
                     });
}

void DeployConnectorDialog::reject()
{
    if (m_closing || !m_editor->hasUnsavedChanges()) {
        delete m_operation;
        QDialog::reject();
        return;
    }
    askToDiscardChanges(this, [this] {
        m_closing = true;
        m_editor->discardDraft();
        reject();
    });
}

void DeployConnectorDialog::done(int result)
{
    QSettings settings;
    DialogGeometry::save(this, settings, u"deployConnector"_s);
    QDialog::done(result);
}

} // namespace airdesk::gui

#include "EditConnectorDialog.h"

#include "gui/common/DraftStore.h"
#include "ConnectorEditorPane.h"
#include "DiscardChangesBox.h"
#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectorCatalogService.h"
#include "gui/forms/SpecForm.h"
#include "gui/common/DialogGeometry.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

EditConnectorDialog::EditConnectorDialog(api::WorkspaceSession *session, const domain::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_drafts(std::make_unique<DraftStore>())
    , m_editor(new ConnectorEditorPane(this))
{
    setWindowTitle(tr("Edit %1").arg(actor.name));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_saveUntested = buttons->addButton(tr("Save &without testing"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_test->setToolTip(tr("Checks the values shown, saved or not. Nothing is saved."));
    m_save->setToolTip(tr("Tests the connection first and saves only when it succeeds."));
    m_saveUntested->setToolTip(tr("Saves without checking that the connector can connect."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditConnectorDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { test(true); });
    connect(m_test, &QPushButton::clicked, this, [this] { test(false); });
    connect(m_saveUntested, &QPushButton::clicked, this, &EditConnectorDialog::save);
    connect(m_editor, &ConnectorEditorPane::completeChanged, this, &EditConnectorDialog::updateButtons);
    connect(m_editor, &ConnectorEditorPane::cancelRequested, this, [this] {
        delete m_operation;
        m_operation = nullptr;
        m_editor->showMessage(tr("Cancelled."), false);
        updateButtons();
    });
    resize(760, 680);
    QSettings settings;
    DialogGeometry::restore(this, settings, u"editConnector"_s);
    updateButtons();
    // Loading starts from the event loop so a caller can still set the draft folder.
    QTimer::singleShot(0, this, &EditConnectorDialog::load);
}

EditConnectorDialog::~EditConnectorDialog()
{
    // The draft store is a member and dies before the child pane: flush while both live.
    m_editor->detachDraft();
}

void EditConnectorDialog::setDraftDirectory(const QString &directory)
{
    m_editor->detachDraft();
    m_drafts = std::make_unique<DraftStore>(directory);
}

api::ActorService &EditConnectorDialog::service() const
{
    return m_actor.kind == domain::ActorKind::Source ? m_session->sources() : m_session->destinations();
}

void EditConnectorDialog::load()
{
    QObject *op = startOperation(tr("Loading %1…").arg(m_actor.name));
    m_editor->cancelButton()->hide();
    service().get(m_actor.id, op, [this, op](const domain::Actor &actor, const api::ApiError &error) {
        if (error.isError()) {
            finishOperation();
            m_editor->showMessage(tr("Could not load %1: %2").arg(m_actor.name, error.message()), true, error.details());
            return;
        }
        m_actor = actor;
        m_session->connectors().specification(
            actor.kind, actor.definitionId, op,
            [this](const domain::ConnectorSpecification &spec, const api::ApiError &error) {
                finishOperation();
                if (error.isError()) {
                    m_editor->showMessage(tr("Could not load the connector's form: %1").arg(error.message()), true,
                                          error.details());
                    return;
                }
                m_editor->clearStatus();
                if (!m_editor->setSpecification(spec.connectionSpecification))
                    return;
                m_editor->setSaved(m_actor.name, m_actor.configuration);
                m_editor->setDraft(m_drafts.get(), DraftStore::editKey(m_actor.id));
                m_editor->restoreDraft();
                m_loaded = true;
                updateButtons();
            });
    });
}

QObject *EditConnectorDialog::startOperation(const QString &text)
{
    delete m_operation;
    m_operation = new QObject(this);
    m_editor->showBusy(text);
    updateButtons();
    return m_operation;
}

void EditConnectorDialog::finishOperation()
{
    if (m_operation)
        m_operation->deleteLater();
    m_operation = nullptr;
    updateButtons();
}

void EditConnectorDialog::updateButtons()
{
    const bool ready = m_loaded && m_editor->isComplete() && !m_operation;
    m_save->setEnabled(ready);
    m_test->setEnabled(ready);
    m_saveUntested->setEnabled(ready);
}

void EditConnectorDialog::test(bool thenSave)
{
    m_editor->form()->revealAllIssues();
    if (!m_loaded || !m_editor->isComplete())
        return;
    const QString name = m_editor->nameEdit()->text().trimmed();
    QObject *op = startOperation(tr("Testing the connection to %1…").arg(name));
    m_editor->cancelButton()->setText(tr("Cancel &test")); // not to be taken for the dialog's Cancel
    service().checkUpdate(
        m_actor.id, name, m_editor->form()->value(), op,
        [this, thenSave](const api::CheckResult &result, const api::ApiError &error) {
            finishOperation();
            const bool passed = m_editor->showCheckOutcome(
                result, error,
                m_editor->hasUnsavedChanges() ? tr("The connection test succeeded. The changes are not saved yet.")
                                              : tr("The connection test succeeded."),
                thenSave ? tr("The connection test failed, so nothing was saved. Fix the settings, or save "
                              "without testing.")
                         : tr("The connection test failed."));
            if (passed && thenSave)
                save();
        });
}

void EditConnectorDialog::save()
{
    m_editor->form()->revealAllIssues();
    if (!m_loaded || !m_editor->isComplete())
        return;
    const QString name = m_editor->nameEdit()->text().trimmed();
    const QJsonObject config = m_editor->form()->value();
    const bool configChanged = m_editor->hasUnsavedChanges() && config != m_actor.configuration;
    QObject *op = startOperation(tr("Saving…"));
    auto finished = [this](const domain::Actor &actor) {
        m_actor = actor;
        m_editor->setSaved(actor.name, actor.configuration);
        m_editor->discardDraft();
        Q_EMIT updated(actor);
        accept();
    };
    auto failed = [this](const QString &what, const api::ApiError &error) {
        finishOperation();
        m_editor->showMessage(what.arg(error.message()), true, error.details());
    };
    auto updateConfig = [this, op, config, configChanged, finished, failed] {
        if (!configChanged) {
            finishOperation();
            finished(m_actor);
            return;
        }
        service().updateConfig(m_actor.id, config, op,
                               [this, finished, failed](const domain::Actor &actor, const api::ApiError &error) {
                                   if (error.isError())
                                       return failed(tr("Could not save: %1"), error);
                                   finishOperation();
                                   finished(actor);
                               });
    };
    if (name == m_actor.name) {
        updateConfig();
        return;
    }
    service().rename(m_actor.id, name, op,
                     [this, updateConfig, failed](const domain::Actor &actor, const api::ApiError &error) {
                         if (error.isError())
                             return failed(tr("Could not rename: %1"), error);
                         m_actor.name = actor.name;
                         updateConfig();
                     });
}

void EditConnectorDialog::reject()
{
    if (m_closing || !m_loaded || !m_editor->hasUnsavedChanges()) {
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

void EditConnectorDialog::done(int result)
{
    QSettings settings;
    DialogGeometry::save(this, settings, u"editConnector"_s);
    QDialog::done(result);
}

} // namespace airdesk::gui

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
    m_test = buttons->addButton(tr("Save and &test connection"), QDialogButtonBox::AcceptRole);
    m_save = buttons->addButton(tr("&Save without test"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_test->setToolTip(tr("Airbyte tests deployed connectors: the connector is saved first, then checked."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeployConnectorDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
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
    if (!item || m_actor.id.size() > 0)
        return; // once saved, the connector stays what it is
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
    m_editor->showMessage(m_actor.id.isEmpty() ? tr("Cancelled. Nothing was saved.")
                                               : tr("Test cancelled. The connector is saved."),
                          false);
    updateButtons();
}

void DeployConnectorDialog::updateButtons()
{
    const bool ready = m_editor->isComplete() && !m_operation;
    m_test->setEnabled(ready);
    m_save->setEnabled(ready);
    m_save->setText(m_actor.id.isEmpty() ? tr("&Save without test") : tr("&Save changes"));
    m_unique->setEnabled(m_actor.id.isEmpty());
    m_suffix->setEnabled(m_actor.id.isEmpty());
    m_list->setEnabled(m_actor.id.isEmpty());
}

void DeployConnectorDialog::save(bool thenTest)
{
    SpecForm *form = m_editor->form();
    form->revealAllIssues();
    if (!m_editor->isComplete())
        return;
    const QString name = m_editor->nameEdit()->text().trimmed();
    auto done = [this, thenTest](const domain::Actor &actor, const api::ApiError &error) {
        finishOperation();
        if (error.isError()) {
            m_editor->showMessage(tr("Could not save: %1").arg(error.message()), true, error.details());
            return;
        }
        saved(actor, thenTest);
    };
    api::ActorService &service = m_kind == domain::ActorKind::Source ? m_session->sources() : m_session->destinations();
    if (m_actor.id.isEmpty()) {
        QObject *op = startOperation(tr("Saving %1…").arg(name));
        api::DeployOptions options;
        options.unique = m_unique->isChecked();
        options.randomSuffix = m_suffix->isChecked();
        service.deploy(name, m_definition.id, form->value(), options, op, done);
        return;
    }
    // Saved by an earlier test: update what changed (name, then configuration).
    QObject *op = startOperation(tr("Saving changes…"));
    const QJsonObject config = form->value();
    const QString id = m_actor.id;
    auto updateConfig = [this, &service, id, config, op, done] {
        service.updateConfig(id, config, op, done);
    };
    if (name != m_actor.name) {
        service.rename(id, name, op, [this, updateConfig](const domain::Actor &, const api::ApiError &error) {
            if (error.isError()) {
                finishOperation();
                m_editor->showMessage(tr("Could not rename: %1").arg(error.message()), true, error.details());
                return;
            }
            updateConfig();
        });
    } else {
        updateConfig();
    }
}

void DeployConnectorDialog::saved(const domain::Actor &actor, bool thenTest)
{
    const bool created = m_actor.id.isEmpty();
    m_actor = actor;
    m_editor->nameEdit()->setText(actor.name);
    m_editor->markSaved();
    m_editor->discardDraft();
    if (created)
        Q_EMIT deployed(actor);
    if (thenTest) {
        runCheck();
        return;
    }
    accept();
}

void DeployConnectorDialog::runCheck()
{
    QObject *op = startOperation(tr("Testing the connection to %1…").arg(m_actor.name));
    api::ActorService &service = m_kind == domain::ActorKind::Source ? m_session->sources() : m_session->destinations();
    service.check(m_actor.id, op, [this](const api::CheckResult &result, const api::ApiError &error) {
        finishOperation();
        if (error.isError()) {
            m_editor->showMessage(tr("The test could not run: %1").arg(error.message()), true, error.details());
            return;
        }
        if (!result.succeeded) {
            m_editor->showMessage(tr("The connection test failed. The connector is saved; fix the settings and "
                                     "test again.\n%1")
                                      .arg(result.message),
                                  true, result.message);
            return;
        }
        m_editor->showMessage(tr("The connection test succeeded."), false);
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

#include "gui/definitions/DefinitionsView.h"

#include "gui/definitions/DeleteDefinitionDialog.h"
#include "gui/definitions/DeploySourceDialog.h"
#include "gui/definitions/DockerDefinitionDialog.h"
#include "gui/definitions/ManifestEditor.h"
#include "gui/definitions/PublishDialog.h"
#include "gui/definitions/Scintilla.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "api/services/DockerDefinitionService.h"
#include "core/manifest/JsonToYaml.h"
#include "core/manifest/ManifestErrorLocator.h"
#include "core/manifest/YamlToJson.h"
#include "models/DefinitionTableModel.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
constexpr auto NewAutosaveKey = "new";
}

DefinitionsView::DefinitionsView(api::DeclarativeDefinitionService *service, manifest::ManifestValidator validator,
                                 QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new models::DefinitionTableModel(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_editorStack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_dockerInfo(new QLabel(this))
    , m_dockerStatus(new QLabel(this))
    , m_editor(new ManifestEditor(std::move(validator), this))
    , m_urlOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_table->setObjectName(u"definitionsTableView"_s);
    m_table->setAccessibleName(tr("Custom source definitions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setObjectName(u"refreshToolButton"_s);
    // F5 is the main window's Refresh; this button only lists the definitions again.
    m_refresh->setToolTip(tr("List the definitions again"));
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    buildToolBar();

    m_placeholder->setObjectName(u"placeholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(tr("Choose a definition in the list to see its manifest,\nor start one with New (%1) "
                              "or Open file (%2).")
                               .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText),
                                    QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_dockerInfo->setObjectName(u"dockerInfoLabel"_s);
    m_dockerInfo->setAlignment(Qt::AlignCenter);
    m_dockerInfo->setWordWrap(true);
    m_dockerInfo->setTextFormat(Qt::PlainText);
    m_dockerInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dockerStatus->setObjectName(u"dockerStatusLabel"_s);
    m_dockerStatus->setWordWrap(true);
    m_dockerStatus->setTextFormat(Qt::PlainText);
    m_dockerStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dockerStatus->hide();
    m_editorStack->addWidget(m_placeholder);
    m_editorStack->addWidget(m_editor);
    m_editorStack->addWidget(m_dockerInfo);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_toolBar, 1);
    bar->addWidget(m_refresh);
    // The status has its own line: server messages are long and must not squeeze the toolbar.
    m_status->setWordWrap(true);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_table);
    topLayout->addWidget(m_status);
    topLayout->addWidget(m_dockerStatus);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_refresh, &QToolButton::clicked, this, &DefinitionsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                if (m_model->isDocker(current.row()))
                    showDocker(m_model->dockerAt(current.row()));
                else
                    open(m_model->definitionAt(current.row()).id);
            });
    connect(m_editor, &ManifestEditor::validated, this, &DefinitionsView::updateActions);
    showEditor(false);
    updateActions();
}

QAction *DefinitionsView::makeAction(const QString &text, const QKeySequence &shortcut, const QString &objectName)
{
    auto *action = m_toolBar->addAction(text);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString plain = QString(text).remove(u'&').remove(u'…');
    action->setToolTip(shortcut.isEmpty() ? plain
                                          : tr("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    action->setIconText(plain);
    // Screen readers name the tool button by the action, without the mnemonic's "&".
    if (QWidget *button = m_toolBar->widgetForAction(action)) {
        button->setAccessibleName(plain);
        button->setObjectName(objectName + u"ToolButton"_s);
    }
    QWidget::addAction(action); // the shortcut works anywhere in the view
    return action;
}

void DefinitionsView::buildToolBar()
{
    m_toolBar->setObjectName(u"definitionsToolBar"_s);
    m_toolBar->setAccessibleName(tr("Definition actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Ctrl+N is the main window's New profile, so New definition takes Ctrl+Shift+N.
    m_new = makeAction(tr("&New"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"newAction"_s);
    m_openFile = makeAction(tr("&Open file…"), QKeySequence::Open, u"openFileAction"_s);
    m_toolBar->addSeparator();
    m_publish = makeAction(tr("&Publish…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), u"publishAction"_s);
    m_update = makeAction(tr("&Update"), QKeySequence::Save, u"updateAction"_s);
    m_delete = makeAction(tr("&Delete…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), u"deleteAction"_s);
    m_toolBar->addSeparator();
    m_builder = makeAction(tr("Open in Connector &Builder"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                          u"builderAction"_s);
    m_deploy = makeAction(tr("Deploy a &source…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), u"deployAction"_s);
    m_toolBar->addSeparator();
    m_docker = makeAction(tr("New Doc&ker source…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), u"dockerAction"_s);
    m_dockerUpdate = makeAction(tr("Update Docker &tag…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                u"dockerUpdateAction"_s);
    connect(m_new, &QAction::triggered, this, &DefinitionsView::newFromTemplate);
    connect(m_openFile, &QAction::triggered, this, &DefinitionsView::showOpenFileDialog);
    connect(m_publish, &QAction::triggered, this, &DefinitionsView::showPublishDialog);
    connect(m_update, &QAction::triggered, this, &DefinitionsView::updateCurrent);
    connect(m_delete, &QAction::triggered, this, &DefinitionsView::showDeleteDialog);
    connect(m_builder, &QAction::triggered, this, &DefinitionsView::openInBuilder);
    connect(m_deploy, &QAction::triggered, this, &DefinitionsView::showDeployDialog);
    connect(m_docker, &QAction::triggered, this, &DefinitionsView::showDockerDialog);
    connect(m_dockerUpdate, &QAction::triggered, this, &DefinitionsView::showDockerUpdateDialog);
}

bool DefinitionsView::showsPlaceholder() const
{
    return m_editorStack->currentWidget() == m_placeholder;
}

void DefinitionsView::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_urlOpener = std::move(opener);
}

void DefinitionsView::showEditor(bool visible)
{
    m_editorStack->setCurrentWidget(visible ? static_cast<QWidget *>(m_editor) : m_placeholder);
}

void DefinitionsView::updateActions()
{
    const bool published = !m_isNew && !m_current.id.isEmpty();
    const bool docker = !m_currentDocker.id.isEmpty() && m_dockerService != nullptr;
    m_publish->setEnabled(m_isNew && !m_busy);
    m_update->setEnabled(published && !m_busy);
    m_delete->setEnabled((published || docker) && !m_busy);
    m_builder->setEnabled(published);
    m_deploy->setEnabled(published);
    m_docker->setEnabled(m_dockerService != nullptr);
    m_dockerUpdate->setEnabled(docker && !m_busy);
}

void DefinitionsView::setDockerDefinitionService(api::DockerDefinitionService *service)
{
    m_dockerService = service;
    updateActions();
}

void DefinitionsView::showDockerDialog()
{
    if (!m_dockerService || m_dockerDialog)
        return;
    m_dockerDialog = new DockerDefinitionDialog(m_dockerService, this);
    m_dockerDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dockerDialog, &DockerDefinitionDialog::created, this, [this](const domain::DockerDefinition &d) {
        m_status->setText(tr("Registered the Docker source \"%1\" (%2:%3)").arg(d.name, d.dockerRepository, d.dockerImageTag));
        (void)m_model->upsert(d);
        Q_EMIT dockerDefinitionCreated(d.id);
    });
    m_dockerDialog->open();
}

void DefinitionsView::refresh()
{
    m_status->setText(tr("Loading…"));
    m_service->list(this, [this](const QList<domain::DeclarativeDefinition> &definitions, const api::ApiError &error) {
        if (error.isError()) {
            m_status->setText(error.message());
            return;
        }
        m_model->setDeclarativeDefinitions(definitions);
        m_table->resizeColumnsToContents();
        m_status->setText(tr("%n definition(s)", nullptr, int(definitions.size())));
        Q_EMIT refreshed(int(definitions.size()));
    });
    refreshDocker();
}

void DefinitionsView::refreshDocker()
{
    if (!m_dockerService)
        return;
    m_dockerService->listCustom(this, [this](const QList<domain::DockerDefinition> &definitions,
                                             const api::ApiError &error) {
        if (error.isError()) {
            m_model->setDockerDefinitions({});
            m_dockerStatus->setText(tr("Custom Docker definitions are not listed. %1")
                                        .arg(error.detail.isEmpty() ? error.message() : error.detail));
            m_dockerStatus->show();
            Q_EMIT dockerListFailed(m_dockerStatus->text());
            return;
        }
        m_dockerStatus->hide();
        m_model->setDockerDefinitions(definitions);
        m_table->resizeColumnsToContents();
        Q_EMIT dockerRefreshed(int(definitions.size()));
    });
}

void DefinitionsView::showDocker(const domain::DockerDefinition &definition)
{
    m_current = {};
    m_isNew = false;
    m_currentDocker = definition;
    m_editor->setAutosaveKey({});
    m_dockerInfo->setText(tr("Custom Docker source \"%1\"\nImage %2:%3\n%4\n\nA Docker definition has no manifest. "
                             "Change its image tag with Update Docker tag, or delete it.")
                              .arg(definition.name, definition.dockerRepository, definition.dockerImageTag,
                                   definition.documentationUrl.isEmpty()
                                       ? tr("No documentation URL")
                                       : tr("Documentation: %1").arg(definition.documentationUrl)));
    m_editorStack->setCurrentWidget(m_dockerInfo);
    m_status->setText(tr("%1 (Docker, %2:%3)").arg(definition.name, definition.dockerRepository,
                                                   definition.dockerImageTag));
    updateActions();
}

void DefinitionsView::showDockerUpdateDialog()
{
    if (!m_dockerService || m_currentDocker.id.isEmpty() || m_dockerDialog)
        return;
    m_dockerDialog = new DockerDefinitionDialog(m_dockerService, m_currentDocker, this);
    m_dockerDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dockerDialog, &DockerDefinitionDialog::updated, this, [this](const domain::DockerDefinition &d) {
        (void)m_model->upsert(d);
        if (m_currentDocker.id == d.id)
            showDocker(d);
        m_status->setText(tr("%1 now runs %2:%3").arg(d.name, d.dockerRepository, d.dockerImageTag));
        Q_EMIT dockerDefinitionUpdated(d.id, d.dockerImageTag);
    });
    m_dockerDialog->open();
}

void DefinitionsView::deleteDocker(const domain::DockerDefinition &definition, bool safeMode)
{
    m_busy = true;
    updateActions();
    m_status->setText(tr("Deleting…"));
    const QString id = definition.id;
    m_dockerService->remove(id, definition.name, safeMode, this, [this, id](const api::ApiError &error) {
        m_busy = false;
        if (error.isError()) {
            updateActions();
            fail(tr("Not deleted"), error, false);
            return;
        }
        (void)m_model->removeById(id);
        if (m_currentDocker.id == id) {
            m_currentDocker = {};
            showEditor(false);
        }
        updateActions();
        m_status->setText(tr("Deleted the Docker definition."));
        Q_EMIT dockerDefinitionDeleted(id);
    });
}

void DefinitionsView::open(const QString &definitionId)
{
    m_status->setText(tr("Opening…"));
    m_service->get(definitionId, this, [this, definitionId](const domain::DeclarativeDefinition &d, const api::ApiError &error) {
        if (error.isError()) {
            m_status->setText(error.message());
            return;
        }
        m_current = d;
        m_currentDocker = {};
        m_isNew = false;
        m_editor->setAutosaveKey(d.id);
        if (!m_editor->restoreAutosave())
            m_editor->setText(manifest::JsonToYaml::write(d.manifest));
        showEditor(true);
        updateActions();
        m_status->setText(tr("%1, version %2").arg(d.name).arg(d.version));
        Q_EMIT opened(definitionId);
    });
}

QByteArray DefinitionsView::templateText()
{
    QFile file(u":/definitions/new-definition.yaml"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void DefinitionsView::startUnsaved(const QByteArray &yaml, const QString &label)
{
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_current = {};
    m_currentDocker = {};
    m_isNew = true;
    m_editor->setAutosaveKey(QString::fromLatin1(NewAutosaveKey));
    m_editor->setText(yaml);
    showEditor(true);
    updateActions();
    m_status->setText(label);
    m_editor->textWidget()->setFocus();
}

void DefinitionsView::newFromTemplate()
{
    startUnsaved(templateText(), tr("New definition (not published)"));
}

void DefinitionsView::showOpenFileDialog()
{
    if (!m_fileDialog) {
        m_fileDialog = new QFileDialog(this, tr("Open a YAML manifest"));
        m_fileDialog->setObjectName(u"manifestFileDialog"_s);
        m_fileDialog->setFileMode(QFileDialog::ExistingFile);
        m_fileDialog->setNameFilters({tr("YAML manifests (*.yaml *.yml)"), tr("All files (*)")});
        connect(m_fileDialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openFile(path); });
    }
    m_fileDialog->open();
}

bool DefinitionsView::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        Q_EMIT failed(m_status->text());
        return false;
    }
    startUnsaved(file.readAll(), tr("%1 (not published)").arg(QFileInfo(path).fileName()));
    return true;
}

std::optional<QJsonObject> DefinitionsView::editorManifest()
{
    manifest::YamlError error;
    const std::optional<QJsonValue> json = manifest::YamlToJson::parse(m_editor->text(), &error);
    if (!json || !json->isObject()) {
        m_status->setText(json ? tr("The manifest must be a YAML mapping.")
                               : tr("The manifest is not valid YAML: %1").arg(error.toString()));
        Q_EMIT failed(m_status->text());
        return std::nullopt;
    }
    return json->toObject();
}

int DefinitionsView::showServerError(const QString &message)
{
    const auto found = manifest::ManifestErrorLocator::locate(m_editor->text(), message);
    if (!found.isValid())
        return 0;
    QsciScintilla *edit = m_editor->textEdit();
    const int line = found.position.line - 1;
    // The line without its line break, so the cursor stays on it.
    QString lineText = edit->text(line);
    while (lineText.endsWith(u'\n') || lineText.endsWith(u'\r'))
        lineText.chop(1);
    edit->setSelection(line, 0, line, int(lineText.size()));
    edit->ensureLineVisible(line);
    return found.position.line;
}

void DefinitionsView::fail(const QString &what, const api::ApiError &error, bool locate)
{
    const QString text = tr("%1: %2").arg(what, error.message());
    const int line = locate ? showServerError(error.detail.isEmpty() ? error.message() : error.detail) : 0;
    m_status->setText(line > 0 ? tr("%1 (see line %2)").arg(text).arg(line) : text);
    Q_EMIT failed(text);
}

void DefinitionsView::showPublishDialog()
{
    if (!m_isNew || m_publishDialog || m_busy)
        return;
    if (!editorManifest())
        return;
    // The dialog lists the problems of the text as it is now: validate it first (off the GUI
    // thread, as always) and open the dialog when that result is in.
    m_busy = true;
    updateActions();
    m_status->setText(tr("Validating before publishing…"));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_editor, &ManifestEditor::validated, this, [this, connection] {
        disconnect(*connection);
        m_busy = false;
        updateActions();
        openPublishDialog();
    });
    m_editor->validateNow();
}

void DefinitionsView::openPublishDialog()
{
    const std::optional<QJsonObject> manifest = editorManifest();
    if (!manifest)
        return;
    m_publishDialog = new PublishDialog(m_service, *manifest, m_editor->lastValidation(), this);
    m_publishDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_draftDirectory.isEmpty())
        m_publishDialog->setDraftDirectory(m_draftDirectory);
    connect(m_publishDialog, &PublishDialog::publishFailed, this, [this](const QString &message) {
        if (const int line = showServerError(message); line > 0)
            m_status->setText(tr("The server's error concerns line %1.").arg(line));
    });
    connect(m_publishDialog, &PublishDialog::published, this, [this](const domain::DeclarativeDefinition &d) {
        m_editor->discardAutosave();
        m_isNew = false;
        m_current = d;
        m_editor->setAutosaveKey(d.id);
        updateActions();
        m_status->setText(tr("Published %1, version %2").arg(d.name).arg(d.version));
        refresh();
        Q_EMIT published(d.id);
    });
    m_publishDialog->open();
}

void DefinitionsView::replaceRow(const domain::DeclarativeDefinition &definition)
{
    if (m_model->containsId(definition.id))
        (void)m_model->upsert(definition);
}

void DefinitionsView::updateCurrent()
{
    if (m_isNew || m_current.id.isEmpty() || m_busy)
        return;
    const std::optional<QJsonObject> manifest = editorManifest();
    if (!manifest)
        return;
    m_busy = true;
    updateActions();
    m_status->setText(tr("Updating…"));
    const QString id = m_current.id;
    m_service->update(id, *manifest, this, [this, id](const domain::DeclarativeDefinition &d, const api::ApiError &error) {
        m_busy = false;
        updateActions();
        if (error.isError()) {
            fail(tr("Not updated"), error, true);
            return;
        }
        if (m_current.id == id) {
            m_current = d;
            m_editor->discardAutosave();
        }
        replaceRow(d);
        m_status->setText(tr("%1 is now version %2").arg(d.name).arg(d.version));
        Q_EMIT updated(d.id, d.version);
    });
}

void DefinitionsView::showDeleteDialog()
{
    if (m_deleteDialog)
        return;
    if (!m_currentDocker.id.isEmpty() && m_dockerService) {
        const domain::DockerDefinition docker = m_currentDocker;
        m_deleteDialog = new DeleteDefinitionDialog(docker.name, 1, this);
        m_deleteDialog->describeDocker(QString(docker.dockerRepository + u':' + docker.dockerImageTag));
        m_deleteDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_deleteDialog, &QDialog::accepted, this, [this, docker] {
            deleteDocker(docker, m_deleteDialog && m_deleteDialog->safeMode());
        });
        m_deleteDialog->open();
        return;
    }
    if (m_isNew || m_current.id.isEmpty())
        return;
    m_deleteDialog = new DeleteDefinitionDialog(m_current.name, int(m_current.version), this);
    m_deleteDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_current.id;
    connect(m_deleteDialog, &QDialog::accepted, this, [this, id] {
        const bool safeMode = m_deleteDialog && m_deleteDialog->safeMode();
        m_busy = true;
        updateActions();
        m_status->setText(tr("Deleting…"));
        m_service->remove(id, safeMode, this, [this, id](const api::ApiError &error) {
            m_busy = false;
            if (error.isError()) {
                updateActions();
                fail(tr("Not deleted"), error, false);
                return;
            }
            QFile::remove(ManifestEditor::autosavePath(id));
            if (m_current.id == id) {
                m_current = {};
                m_editor->setAutosaveKey({});
                m_editor->setText({});
                showEditor(false);
            }
            updateActions();
            refresh();
            Q_EMIT deleted(id);
        });
    });
    m_deleteDialog->open();
}

void DefinitionsView::openInBuilder()
{
    if (m_current.id.isEmpty())
        return;
    m_status->setText(tr("Looking up the Connector Builder project…"));
    m_service->builderProjectUrl(m_current.id, this, [this](const QUrl &url, const api::ApiError &error) {
        if (error.isError()) {
            fail(tr("Cannot open the Connector Builder"), error, false);
            return;
        }
        m_status->setText(tr("Opened %1").arg(url.toDisplayString()));
        m_urlOpener(url);
        Q_EMIT builderUrlOpened(url);
    });
}

void DefinitionsView::showDeployDialog()
{
    if (m_isNew || m_current.id.isEmpty() || m_deployDialog)
        return;
    m_deployDialog = new DeploySourceDialog(m_service, m_current.id, m_current.name, m_current.manifest, this);
    m_deployDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_deployDialog, &DeploySourceDialog::deployed, this, [this](const domain::Actor &source) {
        m_status->setText(tr("Created the source \"%1\" (id %2)").arg(source.name, source.id));
    });
    m_deployDialog->open();
}

} // namespace airdesk::gui

#pragma once

#include "core/domain/DeclarativeDefinition.h"
#include "core/domain/DockerDefinition.h"
#include "core/manifest/ManifestValidator.h"
#include "gui/definitions/DeleteDefinitionDialog.h"
#include "gui/definitions/DeploySourceDialog.h"
#include "gui/definitions/DockerDefinitionDialog.h"
#include "gui/definitions/PublishDialog.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QFileDialog;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace airdesk::api {
class DeclarativeDefinitionService;
class DockerDefinitionService;
struct ApiError;
}
namespace airdesk::models {
class DefinitionTableModel;
}

namespace airdesk::gui {

class ManifestEditor;

/// The workspace's custom source definitions (name, kind, version, id) above a manifest
/// editor, with a toolbar: New (from a template), Open file…, Publish…, Update (a new
/// version), Delete…, Open in Connector Builder and Deploy a source…, New Docker source… and
/// Update Docker tag…. YAML definitions come from DeclarativeDefinitionService; custom Docker
/// definitions (version shown as repository:tag) from DockerDefinitionService::listCustom, and
/// where the server has none of that a line under the list says so. Choosing a YAML definition
/// loads its active manifest into the editor (or the edits autosaved for it); choosing a Docker
/// one shows its image and offers Update Docker tag… and Delete…. Server errors point at the
/// part of the manifest they name. Dialogs are opened with open(), never exec().
class DefinitionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionsView)

public:
    DefinitionsView(api::DeclarativeDefinitionService *service, manifest::ManifestValidator validator,
                    QWidget *parent = nullptr);

    models::DefinitionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ManifestEditor *editor() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *placeholderLabel() const { return m_placeholder; }
    /// Says why custom Docker definitions are not listed (hidden while they are).
    QLabel *dockerStatusLabel() const { return m_dockerStatus; }
    /// Shows the chosen Docker definition in place of the editor.
    QLabel *dockerInfoLabel() const { return m_dockerInfo; }
    QToolBar *toolBar() const { return m_toolBar; }
    /// True while the editor is hidden behind the placeholder (nothing opened yet).
    bool showsPlaceholder() const;

    QAction *newAction() const { return m_new; }
    QAction *openFileAction() const { return m_openFile; }
    QAction *publishAction() const { return m_publish; }
    QAction *updateAction() const { return m_update; }
    QAction *deleteAction() const { return m_delete; }
    QAction *builderAction() const { return m_builder; }
    QAction *deployAction() const { return m_deploy; }
    QAction *dockerAction() const { return m_docker; }
    QAction *dockerUpdateAction() const { return m_dockerUpdate; }

    /// Where "New Docker source…" registers images and custom Docker definitions are listed
    /// from; until one is set only YAML definitions are listed and the action is disabled.
    void setDockerDefinitionService(api::DockerDefinitionService *service);

    /// The definition open in the editor; an empty id for a new, unpublished one.
    const domain::DeclarativeDefinition &current() const { return m_current; }
    /// The custom Docker definition chosen in the list, if one is (else an empty id).
    const domain::DockerDefinition &currentDocker() const { return m_currentDocker; }
    bool isNewDefinition() const { return m_isNew; }

    /// Where the dialogs keep drafts of unsaved values (tests); empty: DraftStore's default.
    void setDraftDirectory(const QString &directory) { m_draftDirectory = directory; }

    /// How "Open in Connector Builder" opens a web page (QDesktopServices by default).
    void setUrlOpener(std::function<void(const QUrl &)> opener);

    /// Lists the definitions again (YAML, then Docker where a Docker service is set).
    void refresh();
    /// Lists only the custom Docker definitions again.
    void refreshDocker();
    /// Loads that definition's manifest into the editor.
    void open(const QString &definitionId);
    /// Starts a new, unsaved definition from the template.
    void newFromTemplate();
    /// Loads a YAML file into the editor as a new, unsaved definition; false (and a message)
    /// when it cannot be read.
    bool openFile(const QString &path);
    /// Selects the part of the manifest a server message names, if it names one; the line or 0.
    int showServerError(const QString &message);

    /// The dialogs while they are open (for tests and the lead's wiring); null otherwise.
    PublishDialog *publishDialog() const { return m_publishDialog; }
    DeleteDefinitionDialog *deleteDialog() const { return m_deleteDialog; }
    DeploySourceDialog *deployDialog() const { return m_deployDialog; }
    DockerDefinitionDialog *dockerDialog() const { return m_dockerDialog; }
    QFileDialog *fileDialog() const { return m_fileDialog; }

    /// The template a new definition starts from.
    [[nodiscard]] static QByteArray templateText();

public Q_SLOTS:
    void showOpenFileDialog();
    void showPublishDialog();
    void updateCurrent();
    void showDeleteDialog();
    void openInBuilder();
    void showDeployDialog();
    void showDockerDialog();
    void showDockerUpdateDialog();

Q_SIGNALS:
    void refreshed(int count);
    void opened(const QString &definitionId);
    void published(const QString &definitionId);
    void updated(const QString &definitionId, qint64 version);
    void deleted(const QString &definitionId);
    void builderUrlOpened(const QUrl &url);
    void dockerDefinitionCreated(const QString &definitionId);
    void dockerRefreshed(int count);
    /// Custom Docker definitions could not be listed; the message is in dockerStatusLabel().
    void dockerListFailed(const QString &message);
    void dockerDefinitionUpdated(const QString &definitionId, const QString &tag);
    void dockerDefinitionDeleted(const QString &definitionId);
    void failed(const QString &message);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &objectName);
    void buildToolBar();
    void openPublishDialog();
    void startUnsaved(const QByteArray &yaml, const QString &label);
    void showEditor(bool visible);
    void updateActions();
    std::optional<QJsonObject> editorManifest();
    void fail(const QString &what, const api::ApiError &error, bool locate);
    void replaceRow(const domain::DeclarativeDefinition &definition);
    void showDocker(const domain::DockerDefinition &definition);
    void deleteDocker(const domain::DockerDefinition &definition, bool safeMode);

    api::DeclarativeDefinitionService *m_service;
    models::DefinitionTableModel *m_model;
    QToolBar *m_toolBar;
    QTableView *m_table;
    QToolButton *m_refresh;
    QLabel *m_status;
    QStackedWidget *m_editorStack;
    QLabel *m_placeholder;
    QLabel *m_dockerInfo;
    QLabel *m_dockerStatus;
    ManifestEditor *m_editor;
    QAction *m_new = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_update = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_builder = nullptr;
    QAction *m_deploy = nullptr;
    QAction *m_docker = nullptr;
    QAction *m_dockerUpdate = nullptr;
    api::DockerDefinitionService *m_dockerService = nullptr;
    QPointer<DockerDefinitionDialog> m_dockerDialog;
    QPointer<PublishDialog> m_publishDialog;
    QPointer<DeleteDefinitionDialog> m_deleteDialog;
    QPointer<DeploySourceDialog> m_deployDialog;
    QFileDialog *m_fileDialog = nullptr;
    std::function<void(const QUrl &)> m_urlOpener;
    QString m_draftDirectory;
    domain::DeclarativeDefinition m_current;
    domain::DockerDefinition m_currentDocker;
    bool m_isNew = false;
    bool m_busy = false;
};

} // namespace airdesk::gui

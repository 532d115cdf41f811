#pragma once

#include "core/domain/Actor.h"
#include "core/domain/ConnectorDefinitionInfo.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace airdesk::api {
class ActorService;
class WorkspaceSession;
}

namespace airdesk::gui {

class DraftStore;
class ConnectorEditorPane;

/// Deploys a new source or destination: a searchable connector picker (icon, support level,
/// release stage), the name (refused when already in use unless allowed, optionally with a
/// random suffix, as PyAirbyte's deploy_source) and the form generated from the connector's
/// spec. "Test connection" checks the unsaved configuration (Config API scheduler check) with
/// progress, elapsed time and Cancel, and shows the connector's message, failure reason and log
/// on failure; nothing is created by a test. "Save" tests first and saves only when the test
/// passes, as the Airbyte web app does; "Save without testing" saves at once. A failed test or
/// save keeps everything typed. Unsaved work asks before closing and is kept as a draft
/// (without secrets) until saved or discarded.
class DeployConnectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployConnectorDialog)

public:
    DeployConnectorDialog(api::WorkspaceSession *session, domain::ActorKind kind, QWidget *parent = nullptr);
    ~DeployConnectorDialog() override;

    /// Where drafts go (tests use a temporary folder); default AppDataLocation/drafts.
    void setDraftDirectory(const QString &directory);
    /// Picks a connector by definition id once the list is there (or at once if it is).
    void selectDefinition(const QString &definitionId);

    ConnectorEditorPane *editor() const { return m_editor; }
    QListWidget *picker() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *uniqueNameCheck() const { return m_unique; }
    QCheckBox *randomSuffixCheck() const { return m_suffix; }
    QPushButton *testButton() const { return m_test; }
    /// Tests, then saves when the test passed.
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveWithoutTestButton() const { return m_saveUntested; }
    bool isBusy() const { return m_operation != nullptr; }
    /// The connector once saved (its id is empty before).
    domain::Actor savedActor() const { return m_actor; }

public Q_SLOTS:
    /// Remembers the size for next time.
    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    /// A new connector exists on the server.
    void deployed(const airdesk::domain::Actor &actor);

private:
    void loadDefinitions();
    void filter(const QString &text);
    void definitionChosen(QListWidgetItem *item);
    api::ActorService &service() const;
    /// Checks the form's configuration; `thenSave` deploys it when the check passed.
    void test(bool thenSave);
    void save();
    void cancelOperation();
    void finishOperation();
    void updateButtons();
    QObject *startOperation(const QString &text);

    api::WorkspaceSession *m_session;
    domain::ActorKind m_kind;
    QList<domain::ConnectorDefinitionInfo> m_definitions;
    domain::ConnectorDefinitionInfo m_definition;
    domain::Actor m_actor;
    std::unique_ptr<DraftStore> m_drafts;
    QString m_wantedDefinition;
    QLineEdit *m_search;
    QListWidget *m_list;
    ConnectorEditorPane *m_editor;
    QCheckBox *m_unique;
    QCheckBox *m_suffix;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_saveUntested;
    QPointer<QObject> m_operation;
    bool m_closing = false;
};

} // namespace airdesk::gui

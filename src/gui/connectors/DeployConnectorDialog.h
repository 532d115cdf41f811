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
class WorkspaceSession;
}

namespace airdesk::gui {

class DraftStore;
class ConnectorEditorPane;

/// Deploys a new source or destination: a searchable connector picker (icon, support level,
/// release stage), the name (refused when already in use unless allowed, optionally with a
/// random suffix, as PyAirbyte's deploy_source), the form generated from the connector's spec,
/// and two ways to finish: Save without a test, or Test connection, which saves first
/// (Airbyte checks deployed connectors) and then runs the check with progress and Cancel. A
/// failed check shows the connector's message and keeps the dialog open on the now saved
/// connector; further saves update it. A failed save keeps everything typed. Unsaved work
/// asks before closing and is kept as a draft (without secrets) until saved or discarded.
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
    QPushButton *saveButton() const { return m_save; }
    bool isBusy() const { return m_operation != nullptr; }
    /// The connector once saved (its id is empty before).
    domain::Actor savedActor() const { return m_actor; }

public Q_SLOTS:
    /// Remembers the size for next time.
    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    /// A new connector exists on the server (emitted once, also when its test then fails).
    void deployed(const airdesk::domain::Actor &actor);

private:
    void loadDefinitions();
    void filter(const QString &text);
    void definitionChosen(QListWidgetItem *item);
    void save(bool thenTest);
    void saved(const domain::Actor &actor, bool thenTest);
    void runCheck();
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
    QPointer<QObject> m_operation;
    bool m_closing = false;
};

} // namespace airdesk::gui

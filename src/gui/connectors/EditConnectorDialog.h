#pragma once

#include "core/domain/Actor.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace airdesk::api {
class ActorService;
class WorkspaceSession;
}

namespace airdesk::gui {

class DraftStore;
class ConnectorEditorPane;

/// Edits a deployed source or destination: reads it fresh from the server, opens the form on
/// its current configuration (secrets stay masked and are sent back untouched unless retyped;
/// the server's PATCH merge keeps them), renames it, and can save then test the connection.
/// Unsaved work asks before closing and is kept as a draft (without secrets) until saved.
class EditConnectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditConnectorDialog)

public:
    EditConnectorDialog(api::WorkspaceSession *session, const domain::Actor &actor, QWidget *parent = nullptr);
    ~EditConnectorDialog() override;

    void setDraftDirectory(const QString &directory);
    ConnectorEditorPane *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testButton() const { return m_test; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_operation != nullptr; }

public Q_SLOTS:
    /// Remembers the size for next time.
    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    void updated(const airdesk::domain::Actor &actor);

private:
    api::ActorService &service() const;
    void load();
    void save(bool thenTest);
    void runCheck();
    QObject *startOperation(const QString &text);
    void finishOperation();
    void updateButtons();

    api::WorkspaceSession *m_session;
    domain::Actor m_actor;
    std::unique_ptr<DraftStore> m_drafts;
    ConnectorEditorPane *m_editor;
    QPushButton *m_save;
    QPushButton *m_test;
    QPointer<QObject> m_operation;
    bool m_loaded = false;
    bool m_closing = false;
};

} // namespace airdesk::gui

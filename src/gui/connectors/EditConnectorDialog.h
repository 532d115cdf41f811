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
/// the server's PATCH merge keeps them) and renames it. "Test" checks the edited, unsaved
/// values (Config API check_connection_for_update: masked secrets are checked with their
/// stored values); "Save" tests first and saves only when the test passes; "Save without
/// testing" saves at once. Unsaved work asks before closing and is kept as a draft (without
/// secrets) until saved.
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
    QPushButton *saveWithoutTestButton() const { return m_saveUntested; }
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
    /// Checks the edited values; `thenSave` saves them when the check passed.
    void test(bool thenSave);
    void save();
    QObject *startOperation(const QString &text);
    void finishOperation();
    void updateButtons();

    api::WorkspaceSession *m_session;
    domain::Actor m_actor;
    std::unique_ptr<DraftStore> m_drafts;
    ConnectorEditorPane *m_editor;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_saveUntested;
    QPointer<QObject> m_operation;
    bool m_loaded = false;
    bool m_closing = false;
};

} // namespace airdesk::gui

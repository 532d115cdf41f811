#pragma once

#include <QKeySequence>
#include <QObject>

#include <functional>

class QAction;

namespace airdesk::api {
class WorkspaceSession;
}

namespace airdesk::models {
class ActorTableModel;
class ConnectionTableModel;
}

namespace airdesk::gui {

class ResourceView;

/// The actions on the selected row of a table (context menu and shortcuts): run a sync,
/// enable, disable, check, copy the id, open in the web app. They call the session's
/// services and report what happened through `message`; the model is updated from the answer.
class ResourceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceActions)

public:
    using SessionGetter = std::function<api::WorkspaceSession *()>;
    /// Asks the person to confirm (`answer(true)` to go ahead). The default shows a window-modal
    /// QMessageBox with open() — no nested event loop; tests inject their own answer.
    using Confirm = std::function<void(const QString &question, std::function<void(bool)> answer)>;

    /// For the connections table.
    ResourceActions(ResourceView *view, models::ConnectionTableModel *model, SessionGetter session,
                    QObject *parent = nullptr);
    /// For a sources (`source` true) or destinations table.
    ResourceActions(ResourceView *view, models::ActorTableModel *model, bool source, SessionGetter session,
                    QObject *parent = nullptr);

    QAction *action(const QString &objectName) const;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void message(const QString &text);
    /// Something changed on the server beyond the selected row (a deleted source takes its
    /// connections with it): the lists should be loaded again.
    void listsChanged();

private:
    QAction *addAction(const QString &objectName, const QString &text, const QKeySequence &shortcut = {});
    void updateEnabled();
    QString currentId() const;
    void runSync();
    void setEnabled(bool enabled);
    void check();
    void copyId();
    void openWeb();
    void deleteCurrent();

    ResourceView *m_view;
    models::ConnectionTableModel *m_connections = nullptr;
    models::ActorTableModel *m_actors = nullptr;
    bool m_source = true;
    SessionGetter m_session;
    Confirm m_confirm;
    QList<QAction *> m_actions;
};

} // namespace airdesk::gui

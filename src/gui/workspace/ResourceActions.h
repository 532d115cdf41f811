#pragma once

#include "api/ApiError.h"
#include "core/domain/Job.h"

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

class BulkOperation;
class ResourceView;

/// The actions on the selected rows of a table (context menu and shortcuts): run a sync,
/// enable, disable (also on many rows at once), check, rename, copy the id, open in the web
/// app, delete after a typed confirmation. They call the session's services, update the model
/// from the answers, and report through signals: one line for success, one readable failure
/// with details and a retry, a per-item report for bulk actions, and an undo for what can be
/// undone (rename, enable/disable).
class ResourceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceActions)

public:
    using SessionGetter = std::function<api::WorkspaceSession *()>;
    /// For a source or destination id: the names of the connections the server deletes with it.
    using DependentsLookup = std::function<QStringList(const QString &actorId)>;

    /// For the connections table.
    ResourceActions(ResourceView *view, models::ConnectionTableModel *model, SessionGetter session,
                    QObject *parent = nullptr);
    /// For a sources (`source` true) or destinations table.
    ResourceActions(ResourceView *view, models::ActorTableModel *model, bool source, SessionGetter session,
                    QObject *parent = nullptr);

    QAction *action(const QString &objectName) const;
    QList<QAction *> actions() const { return m_actions; }
    void setDependentsLookup(DependentsLookup lookup) { m_dependents = std::move(lookup); }
    /// The plan's floor between scheduled syncs (minutes; 0 none): the schedule dialog warns below it.
    void setScheduleMinimum(int minutes) { m_scheduleMinimum = minutes; }
    /// Opens the schedule dialog for the selected connection; OK applies it on the server.
    void editSchedule();
    /// A new source, destination or connection (deploy dialog or connection wizard).
    void createNew();
    /// Edits the selected item (its configuration form, or the connection's settings).
    void editSelected();

Q_SIGNALS:
    /// A short success line for the status bar.
    void message(const QString &text);
    /// A failure worth showing: one line, everything known on demand, and a way to try again
    /// (empty when there is none).
    void failed(const QString &text, const QString &details, std::function<void()> retry);
    /// Something changed on the server beyond the selected rows (a deleted source takes its
    /// connections with it): the lists should be loaded again.
    void listsChanged();
    /// A change that can be reverted, and how.
    void undoAvailable(const QString &description, std::function<void()> undo);
    /// A sync was started from this table (to be followed until it ends).
    void syncStarted(const airdesk::domain::Job &job);
    /// A bulk action is running: `finished` of `total` items done.
    void bulkProgress(int finished, int total);

private:
    struct Item
    {
        QString id;
        QString name;
    };

    enum class Needs { One, Many, Nothing };
    QAction *addAction(const QString &objectName, const QString &text, const QKeySequence &shortcut = {},
                       bool many = false);
    QAction *addAlwaysAction(const QString &objectName, const QString &text, const QKeySequence &shortcut = {});
    void updateEnabled();
    QList<Item> selectedItems() const;
    QString kindName() const;
    QString kindPlural() const;
    void runSync();
    void setEnabled(bool enabled);
    void setEnabledFor(const QList<Item> &items, bool enabled, bool undoable);
    void check();
    void rename();
    void renameTo(const Item &item, const QString &name, bool undoable);
    void copyId();
    void openWeb();
    void deleteSelected();
    void deleteItems(const QList<Item> &items, bool cascadeSource, bool cascadeDestination);
    /// Runs `step` for every item and reports: `done` names what succeeded ("Enabled %n
    /// connection(s)."), failures are listed one per item, and Retry runs the failed ones again.
    void runBulk(const QList<Item> &items, const QString &what,
                 std::function<void(const Item &, QObject *, std::function<void(const api::ApiError &)>)> step,
                 std::function<QString(int succeeded)> done, std::function<void(const QList<Item> &)> retry);

    ResourceView *m_view;
    models::ConnectionTableModel *m_connections = nullptr;
    models::ActorTableModel *m_actors = nullptr;
    bool m_source = true;
    SessionGetter m_session;
    DependentsLookup m_dependents;
    int m_scheduleMinimum = 0;
    QList<QAction *> m_actions;
    QList<QAction *> m_singleActions; // enabled for exactly one selected row
    QList<QAction *> m_alwaysActions; // enabled whenever there is a session
};

} // namespace airdesk::gui

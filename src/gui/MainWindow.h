#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QProgressBar;
class QSystemTrayIcon;
class QTimer;
class QStackedWidget;
class QTabWidget;

namespace airdesk::api {
class WorkspaceSession;
struct ApiError;
}

namespace airdesk::domain {
struct Job;
}

namespace airdesk::manifest {
class DeclarativeSchema;
}

namespace airdesk::models {
class ActorTableModel;
class ConnectionTableModel;
class ResourceLoader;
}

namespace airdesk::gui {

class ArtifactView;
class ConnectorIconDelegate;
class DefinitionsView;
class JobHistoryView;
class JobRunController;
class RecentJobsView;
class ErrorBar;
class ProfileStore;
class ResourceActions;
class ResourceView;
class SecretStore;
class SessionManager;
class WelcomePage;
struct Profile;

/// The application window: sources, destinations and connections of one workspace as live,
/// searchable tables with a detail pane. Data comes from the session's services through
/// the models; the window itself sends no request.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// A window without profiles: the caller sets the session (tests, fixed workspaces).
    explicit MainWindow(QWidget *parent = nullptr);
    /// A window with a profile switcher; sessions come from `sessions`, and the welcome page
    /// shows while there is no profile. None of the three is owned.
    MainWindow(ProfileStore *profiles, SecretStore *secrets, SessionManager *sessions, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the current profile (or the first one), or shows the welcome page when there is none.
    void openCurrentProfile();
    /// Switches to a stored profile; its tables show once its session is ready.
    void switchToProfile(const QString &profileId);
    /// Shows the welcome page (its choices make a new profile).
    void showWelcome();
    bool isWelcomeShown() const;
    bool hasSession() const { return !m_session.isNull(); }
    QComboBox *profileComboBox() const { return m_profileComboBox; }
    WelcomePage *welcomePage() const { return m_welcome; }

    /// Shows `session`'s workspace (the window does not own it) and loads its lists.
    void setSession(api::WorkspaceSession *session, const QString &title);
    void refreshAll();
    /// Shows one of the tables: "connections", "sources" or "destinations"; false for others.
    bool showPage(const QString &page);
    /// Reloads the lists every `minutes` (0: never); remembered.
    void setAutoRefreshMinutes(int minutes);
    int autoRefreshMinutes() const { return m_autoRefreshMinutes; }
    /// Asks, then deletes the current profile and its secret, and opens another one.
    void deleteCurrentProfile();

    ResourceView *sourcesView() const { return m_sourcesView; }
    ResourceView *destinationsView() const { return m_destinationsView; }
    ResourceView *connectionsView() const { return m_connectionsView; }
    models::ConnectionTableModel *connectionsModel() const { return m_connections; }
    ResourceActions *connectionActions() const { return m_connectionActions; }
    ResourceActions *sourceActions() const { return m_sourceActions; }
    ResourceActions *destinationActions() const { return m_destinationActions; }
    ErrorBar *errorBar() const { return m_errorBar; }
    ConnectorIconDelegate *iconDelegate() const { return m_iconDelegate; }
    JobHistoryView *historyView() const;
    RecentJobsView *recentJobsView() const;
    JobRunController *runController() const;
    DefinitionsView *definitionsView() const;
    ArtifactView *stateView() const;
    ArtifactView *catalogView() const;
    /// Opens a job's attempts and logs in a window of its own.
    void openJob(qint64 jobId, const QString &connectionId);
    QAction *undoAction() const { return m_undoAction; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isLoading() const;

private:
    void createActions();
    void createResourceActions();
    void createProfileToolBar();
    void reloadProfiles();
    void editCurrentProfile();
    void chooseSandbox();
    void addProfile(const Profile &profile, const QString &secret);
    void onSessionReady(const QString &profileId, api::WorkspaceSession *session);
    void onSessionFailed(const QString &profileId, const QString &message);
    void showActorDetails(ResourceView *view, models::ActorTableModel *model, bool source, int row);
    void showConnectionDetails(int row);
    void onConnectionsLoaded();
    void createHistoryViews();
    /// A desktop notification that a followed sync ended (when chosen and a tray exists).
    void notifySyncEnded(const domain::Job &job);
    void showHistoryOf(int connectionRow);
    /// The declarative schema for YAML validation: from the cache (or the path in the
    /// environment), else downloaded once from the published CDK.
    void ensureManifestSchema();
    void applyManifestSchema();
    void requestIcons(models::ActorTableModel *model, bool source);
    void showLoadError(const QString &what, const api::ApiError &error);
    void jumpTo(const QUrl &url);
    QStringList connectionsUsing(const QString &actorId, bool source) const;
    void setUndo(const QString &description, std::function<void()> undo);
    void updateStatus();

    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    SessionManager *m_sessions = nullptr;
    QString m_wantedProfileId; // the profile whose session the window waits for
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QComboBox *m_profileComboBox = nullptr;
    QAction *m_editProfileAction = nullptr;
    QAction *m_deleteProfileAction = nullptr;
    QAction *m_undoAction = nullptr;
    std::function<void()> m_undo;
    QActionGroup *m_autoRefreshGroup = nullptr;
    QTimer *m_autoRefreshTimer;
    int m_autoRefreshMinutes = 0;
    ErrorBar *m_errorBar;
    QProgressBar *m_bulkProgress;
    QWidget *m_workspacePage;
    ConnectorIconDelegate *m_iconDelegate;
    QMetaObject::Connection m_iconConnection;
    QPointer<JobRunController> m_runner;
    QPointer<JobHistoryView> m_history;
    QPointer<RecentJobsView> m_recentJobs;
    QPointer<DefinitionsView> m_definitions;
    QAction *m_notifyAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // made on the first notification, where a tray exists
    QPointer<ArtifactView> m_stateView;
    QPointer<ArtifactView> m_catalogView;
    std::shared_ptr<const manifest::DeclarativeSchema> m_manifestSchema;
    bool m_schemaRequested = false;
    bool m_definitionsLoaded = false;
    bool m_recentJobsLoaded = false; // loaded the first time its tab is shown
    QString m_wantedPage; // --page jobs: the recent-jobs tab exists only once a session does
    QPointer<api::WorkspaceSession> m_session;
    ResourceActions *m_connectionActions = nullptr;
    ResourceActions *m_sourceActions = nullptr;
    ResourceActions *m_destinationActions = nullptr;
    QString m_title;
    models::ActorTableModel *m_sources;
    models::ActorTableModel *m_destinations;
    models::ConnectionTableModel *m_connections;
    models::ResourceLoader *m_sourcesLoader;
    models::ResourceLoader *m_destinationsLoader;
    models::ResourceLoader *m_connectionsLoader;
    QTabWidget *m_tabs;
    ResourceView *m_sourcesView;
    ResourceView *m_destinationsView;
    ResourceView *m_connectionsView;
};

} // namespace airdesk::gui

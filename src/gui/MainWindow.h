#pragma once

#include <QMainWindow>
#include <QPointer>

class QTabWidget;

namespace airdesk::api {
class WorkspaceSession;
struct ApiError;
}

namespace airdesk::models {
class ActorTableModel;
class ConnectionTableModel;
class ResourceLoader;
}

namespace airdesk::gui {

class ResourceView;

/// The application window: sources, destinations and connections of one workspace as live,
/// searchable tables with a detail pane. Data comes from the session's services through
/// the models; the window itself sends no request.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows `session`'s workspace (the window does not own it) and loads its lists.
    void setSession(api::WorkspaceSession *session, const QString &title);
    void refreshAll();

    ResourceView *sourcesView() const { return m_sourcesView; }
    ResourceView *destinationsView() const { return m_destinationsView; }
    ResourceView *connectionsView() const { return m_connectionsView; }
    models::ConnectionTableModel *connectionsModel() const { return m_connections; }
    bool isLoading() const;

private:
    void createActions();
    void showActorDetails(ResourceView *view, models::ActorTableModel *model, bool source, int row);
    void showConnectionDetails(int row);
    void onConnectionsLoaded();
    void showError(const api::ApiError &error);
    void updateStatus();

    QPointer<api::WorkspaceSession> m_session;
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

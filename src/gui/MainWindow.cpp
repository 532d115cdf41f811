#include "MainWindow.h"

#include "workspace/DetailText.h"
#include "workspace/ResourceView.h"

#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "api/services/JobService.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceLoader.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
// Last-sync lookups are one request per connection: only for the first rows of a big workspace.
constexpr int kLastJobLookups = 200;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sources(new models::ActorTableModel(this))
    , m_destinations(new models::ActorTableModel(this))
    , m_connections(new models::ConnectionTableModel(this))
    , m_sourcesLoader(new models::ResourceLoader(this))
    , m_destinationsLoader(new models::ResourceLoader(this))
    , m_connectionsLoader(new models::ResourceLoader(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Airdesk"));
    resize(1200, 760);
    m_connectionsView = new ResourceView(m_connections, u"views/connections"_s, m_tabs);
    m_sourcesView = new ResourceView(m_sources, u"views/sources"_s, m_tabs);
    m_destinationsView = new ResourceView(m_destinations, u"views/destinations"_s, m_tabs);
    m_tabs->addTab(m_connectionsView, tr("&Connections"));
    m_tabs->addTab(m_sourcesView, tr("&Sources"));
    m_tabs->addTab(m_destinationsView, tr("&Destinations"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    const std::pair<ResourceView *, models::ResourceLoader *> pairs[] = {
        {m_sourcesView, m_sourcesLoader}, {m_destinationsView, m_destinationsLoader},
        {m_connectionsView, m_connectionsLoader}};
    for (const auto &[view, loader] : pairs) {
        connect(loader, &models::ResourceLoader::loadingChanged, view, &ResourceView::setLoading);
        connect(loader, &models::ResourceLoader::failed, this, &MainWindow::showError);
        connect(loader, &models::ResourceLoader::finished, this, &MainWindow::updateStatus);
        connect(view, &ResourceView::refreshRequested, this, &MainWindow::refreshAll);
    }
    connect(m_sourcesView, &ResourceView::currentRowChanged, this,
            [this](int row) { showActorDetails(m_sourcesView, m_sources, true, row); });
    connect(m_destinationsView, &ResourceView::currentRowChanged, this,
            [this](int row) { showActorDetails(m_destinationsView, m_destinations, false, row); });
    connect(m_connectionsView, &ResourceView::currentRowChanged, this, &MainWindow::showConnectionDetails);
    // Names of sources and destinations fill the connection table as soon as they are known.
    for (auto *loader : {m_sourcesLoader, m_destinationsLoader})
        connect(loader, &models::ResourceLoader::finished, this, [this] {
            m_connections->setActorNames(m_sources->namesById(), m_destinations->namesById());
        });
    connect(m_connectionsLoader, &models::ResourceLoader::finished, this, &MainWindow::onConnectionsLoaded);
    // Cells filled in later (names, last syncs) update the details of the selected row too.
    connect(m_connections, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_connectionsView->currentSourceRow();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showConnectionDetails(row);
            });

    createActions();
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    statusBar()->showMessage(tr("Not connected"));
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"));
    refresh->setShortcuts(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshAll);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcuts(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find"));
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<ResourceView *>(m_tabs->currentWidget()))
            view->focusSearch();
    });
}

void MainWindow::setSession(api::WorkspaceSession *session, const QString &title)
{
    m_session = session;
    m_title = title;
    setWindowTitle(tr("%1 — Airdesk").arg(title));
    // Another workspace: nothing of the previous one may stay on screen.
    m_sources->clear();
    m_destinations->clear();
    m_connections->clear();
    refreshAll();
}

void MainWindow::refreshAll()
{
    if (!m_session)
        return;
    m_sourcesLoader->loadSources(&m_session->sources(), m_sources);
    m_destinationsLoader->loadDestinations(&m_session->destinations(), m_destinations);
    m_connectionsLoader->loadConnections(&m_session->connections(), m_connections);
    statusBar()->showMessage(tr("Loading %1…").arg(m_title));
}

bool MainWindow::isLoading() const
{
    return m_sourcesLoader->isLoading() || m_destinationsLoader->isLoading() || m_connectionsLoader->isLoading();
}

void MainWindow::onConnectionsLoaded()
{
    if (!m_session)
        return;
    m_connections->setActorNames(m_sources->namesById(), m_destinations->namesById());
    const int count = std::min(m_connections->rowCount(), kLastJobLookups);
    for (int row = 0; row < count; ++row) {
        const QString id = m_connections->connectionAt(row).connectionId;
        m_session->jobs().latestJob(id, this, [this, id](const std::optional<domain::Job> &job, const api::ApiError &) {
            if (job)
                m_connections->setLastJob(id, *job);
        });
    }
}

void MainWindow::showActorDetails(ResourceView *view, models::ActorTableModel *model, bool source, int row)
{
    if (row < 0 || row >= model->rowCount() || !m_session) {
        view->setDetailsHtml({});
        return;
    }
    const domain::Actor actor = model->actorAt(row);
    api::ActorService &service = source ? m_session->sources() : m_session->destinations();
    view->setDetailsHtml(DetailText::actor(actor, service.url(actor.id)));
}

void MainWindow::showConnectionDetails(int row)
{
    if (row < 0 || row >= m_connections->rowCount() || !m_session) {
        m_connectionsView->setDetailsHtml({});
        return;
    }
    const domain::Connection c = m_connections->connectionAt(row);
    api::ConnectionService &service = m_session->connections();
    m_connectionsView->setDetailsHtml(DetailText::connection(c, models::ConnectionTableModel::statusText(c.status),
                                                             m_connections->sourceName(c),
                                                             m_connections->destinationName(c),
                                                             m_connections->lastJob(c.connectionId),
                                                             service.connectionUrl(c.connectionId),
                                                             service.jobHistoryUrl(c.connectionId)));
}

void MainWindow::showError(const api::ApiError &error)
{
    // Not modal: a failed refresh keeps the rows already shown and says so in the status bar.
    statusBar()->showMessage(tr("Could not load everything: %1").arg(error.message()));
}

void MainWindow::updateStatus()
{
    if (isLoading())
        return;
    statusBar()->showMessage(tr("%1 · %2 connections · %3 sources · %4 destinations")
                                 .arg(m_title)
                                 .arg(m_connections->rowCount())
                                 .arg(m_sources->rowCount())
                                 .arg(m_destinations->rowCount()));
}

} // namespace airdesk::gui

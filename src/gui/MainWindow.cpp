#include "MainWindow.h"

#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "workspace/DetailText.h"
#include "workspace/ResourceActions.h"
#include "workspace/ResourceView.h"
#include "workspace/SessionManager.h"
#include "workspace/WelcomePage.h"

#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "api/services/JobService.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceLoader.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
// Last-sync lookups are one request per connection: only for the first rows of a big workspace.
constexpr int kLastJobLookups = 200;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, nullptr, nullptr, parent)
{
}

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, SessionManager *sessions, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sessions(sessions)
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
    if (m_profiles && m_sessions) {
        m_stack = new QStackedWidget(this);
        m_welcome = new WelcomePage(m_secrets, QProcessEnvironment::systemEnvironment(), m_stack);
        m_stack->addWidget(m_tabs);
        m_stack->addWidget(m_welcome);
        setCentralWidget(m_stack);
    } else {
        setCentralWidget(m_tabs);
    }

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
    createResourceActions();
    if (m_stack)
        createProfileToolBar();
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

void MainWindow::createResourceActions()
{
    auto session = [this] { return m_session.data(); };
    m_connectionActions = new ResourceActions(m_connectionsView, m_connections, session, this);
    m_sourceActions = new ResourceActions(m_sourcesView, m_sources, true, session, this);
    m_destinationActions = new ResourceActions(m_destinationsView, m_destinations, false, session, this);
    for (ResourceActions *actions : {m_connectionActions, m_sourceActions, m_destinationActions}) {
        connect(actions, &ResourceActions::message, this, [this](const QString &text) {
            statusBar()->showMessage(text, 10000);
        });
        connect(actions, &ResourceActions::listsChanged, this, &MainWindow::refreshAll);
    }
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

void MainWindow::createProfileToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Profiles"));
    toolBar->setObjectName(u"profileToolBar"_s);
    toolBar->setMovable(false);
    m_profileComboBox = new QComboBox(toolBar);
    m_profileComboBox->setAccessibleName(tr("Profile"));
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileComboBox->setMinimumContentsLength(16);
    toolBar->addWidget(m_profileComboBox);
    QAction *newProfile = toolBar->addAction(tr("&New profile…"));
    m_editProfileAction = toolBar->addAction(tr("&Edit profile…"));

    QMenu *profileMenu = menuBar()->addMenu(tr("&Profile"));
    profileMenu->addAction(newProfile);
    profileMenu->addAction(m_editProfileAction);

    connect(m_profileComboBox, &QComboBox::activated, this,
            [this](int index) { switchToProfile(m_profileComboBox->itemData(index).toString()); });
    connect(newProfile, &QAction::triggered, this, &MainWindow::showWelcome);
    connect(m_editProfileAction, &QAction::triggered, this, &MainWindow::editCurrentProfile);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_sessions, &SessionManager::sessionReady, this, &MainWindow::onSessionReady);
    connect(m_sessions, &SessionManager::sessionFailed, this, &MainWindow::onSessionFailed);
    connect(m_welcome, &WelcomePage::sandboxChosen, this, &MainWindow::chooseSandbox);
    connect(m_welcome, &WelcomePage::profileCreated, this, &MainWindow::addProfile);
    connect(m_welcome, &WelcomePage::backRequested, this, [this] {
        if (m_session)
            m_stack->setCurrentWidget(m_tabs);
    });
    reloadProfiles();
}

void MainWindow::reloadProfiles()
{
    if (!m_profileComboBox)
        return;
    QSignalBlocker blocker(m_profileComboBox);
    m_profileComboBox->clear();
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles)
        m_profileComboBox->addItem(profile.name, profile.id);
    const QString selected = m_wantedProfileId.isEmpty() ? m_profiles->currentProfileId() : m_wantedProfileId;
    m_profileComboBox->setCurrentIndex(m_profileComboBox->findData(selected));
    m_profileComboBox->setEnabled(!profiles.isEmpty());
    const auto current = m_profiles->profile(selected);
    m_editProfileAction->setEnabled(current && current->kind != Profile::Kind::Sandbox);
}

void MainWindow::openCurrentProfile()
{
    if (!m_profiles)
        return;
    QString id = m_profiles->currentProfileId();
    const QList<Profile> profiles = m_profiles->profiles();
    if (id.isEmpty() && !profiles.isEmpty())
        id = profiles.first().id;
    if (id.isEmpty())
        showWelcome();
    else
        switchToProfile(id);
}

void MainWindow::switchToProfile(const QString &profileId)
{
    if (!m_profiles || !m_sessions)
        return;
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    m_wantedProfileId = profileId;
    m_profiles->setCurrentProfileId(profileId);
    reloadProfiles();
    statusBar()->showMessage(tr("Connecting to %1…").arg(profile->name));
    m_sessions->open(*profile);
}

void MainWindow::showWelcome()
{
    if (!m_stack)
        return;
    m_welcome->setBackVisible(!m_session.isNull());
    m_stack->setCurrentWidget(m_welcome);
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack && m_stack->currentWidget() == m_welcome;
}

void MainWindow::onSessionReady(const QString &profileId, api::WorkspaceSession *session)
{
    if (profileId != m_wantedProfileId)
        return; // an older switch that finished late
    const auto profile = m_profiles->profile(profileId);
    m_stack->setCurrentWidget(m_tabs);
    setSession(session, profile ? profile->name : profileId);
}

void MainWindow::onSessionFailed(const QString &profileId, const QString &message)
{
    if (profileId != m_wantedProfileId)
        return;
    statusBar()->showMessage(message);
}

void MainWindow::chooseSandbox()
{
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        if (profile.kind == Profile::Kind::Sandbox) {
            switchToProfile(profile.id);
            return;
        }
    }
    Profile sandbox = Profile::create(tr("Sandbox"));
    sandbox.kind = Profile::Kind::Sandbox;
    switchToProfile(m_profiles->add(sandbox));
}

void MainWindow::addProfile(const Profile &profile, const QString &secret)
{
    // The secret is stored first: the session reads it back when it is made.
    m_secrets->writeSecret(profile.id, secret, this, [this, profile](const QString &error) {
        if (!error.isEmpty()) {
            statusBar()->showMessage(error);
            return;
        }
        const QString id = m_profiles->add(profile);
        if (!id.isEmpty())
            switchToProfile(id);
    });
}

void MainWindow::editCurrentProfile()
{
    const auto profile = m_profiles->profile(m_wantedProfileId);
    if (!profile || profile->kind == Profile::Kind::Sandbox)
        return;
    auto *dialog = new ProfileDialog(nullptr, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(*profile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile edited = dialog->profile();
        m_secrets->writeSecret(edited.id, dialog->secret(), this, [this, edited](const QString &error) {
            if (!error.isEmpty()) {
                statusBar()->showMessage(error);
                return;
            }
            m_profiles->update(edited);
            m_sessions->forget(edited.id);
            switchToProfile(edited.id);
        });
    });
    dialog->open();
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

#include "MainWindow.h"

#include "common/DesktopMenus.h"
#include "common/ErrorBar.h"
#include "definitions/DefinitionsView.h"
#include "definitions/ManifestEditor.h"
#include "history/ArtifactView.h"
#include "history/JobDetailView.h"
#include "history/JobHistoryView.h"
#include "history/JobRunController.h"
#include "history/RecentJobsView.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "workspace/ConnectorIconDelegate.h"
#include "workspace/DetailText.h"
#include "workspace/ResourceActions.h"
#include "workspace/ResourceView.h"
#include "workspace/SessionManager.h"
#include "workspace/WelcomePage.h"

#include "api/DeclarativeSchemaDownload.h"
#include "api/WorkspaceSession.h"
#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/DeclarativeSchemaSource.h"
#include "core/manifest/ManifestValidator.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "api/services/ConnectorIconService.h"
#include "api/services/JobService.h"
#include "api/services/WorkspaceService.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"
#include "models/ResourceLoader.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

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
    , m_autoRefreshTimer(new QTimer(this))
    , m_errorBar(new ErrorBar(this))
    , m_bulkProgress(new QProgressBar(this))
    , m_workspacePage(new QWidget(this))
    , m_iconDelegate(new ConnectorIconDelegate(this))
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
    m_sourcesView->table()->setItemDelegate(m_iconDelegate);
    m_destinationsView->table()->setItemDelegate(m_iconDelegate);
    connect(m_sourcesLoader, &models::ResourceLoader::finished, this, [this] { requestIcons(m_sources, true); });
    connect(m_destinationsLoader, &models::ResourceLoader::finished, this,
            [this] { requestIcons(m_destinations, false); });
    m_connectionsView->setStatusFilterVisible(true);
    m_connectionsView->setTypeFilterVisible(false);
    m_connectionsView->setDefaultHiddenColumns({models::ConnectionTableModel::Id});
    auto *pageLayout = new QVBoxLayout(m_workspacePage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_errorBar);
    pageLayout->addWidget(m_tabs, 1);
    if (m_profiles && m_sessions) {
        m_stack = new QStackedWidget(this);
        m_welcome = new WelcomePage(m_secrets, QProcessEnvironment::systemEnvironment(), m_stack);
        m_stack->addWidget(m_workspacePage);
        m_stack->addWidget(m_welcome);
        setCentralWidget(m_stack);
    } else {
        setCentralWidget(m_workspacePage);
    }
    m_bulkProgress->setMaximumWidth(160);
    m_bulkProgress->setAccessibleName(tr("Progress of the bulk action"));
    m_bulkProgress->hide();
    statusBar()->addPermanentWidget(m_bulkProgress);
    connect(m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        if (!isLoading())
            refreshAll();
    });

    const std::tuple<ResourceView *, models::ResourceLoader *, QString> lists[] = {
        {m_sourcesView, m_sourcesLoader, tr("sources")},
        {m_destinationsView, m_destinationsLoader, tr("destinations")},
        {m_connectionsView, m_connectionsLoader, tr("connections")}};
    for (const auto &[view, loader, noun] : lists) {
        connect(loader, &models::ResourceLoader::loadingChanged, view, &ResourceView::setLoading);
        connect(loader, &models::ResourceLoader::failed, this,
                [this, what = noun](const api::ApiError &error) { showLoadError(what, error); });
        connect(loader, &models::ResourceLoader::finished, this, &MainWindow::updateStatus);
        connect(view, &ResourceView::refreshRequested, this, &MainWindow::refreshAll);
        connect(view, &ResourceView::internalLinkActivated, this, &MainWindow::jumpTo);
    }
    connect(m_sourcesView, &ResourceView::currentRowChanged, this,
            [this](int row) { showActorDetails(m_sourcesView, m_sources, true, row); });
    connect(m_destinationsView, &ResourceView::currentRowChanged, this,
            [this](int row) { showActorDetails(m_destinationsView, m_destinations, false, row); });
    connect(m_connectionsView, &ResourceView::currentRowChanged, this, &MainWindow::showConnectionDetails);
    connect(m_connectionsView, &ResourceView::currentRowChanged, this, &MainWindow::showHistoryOf);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_recentJobs && m_tabs->currentWidget() == m_recentJobs && !m_recentJobsLoaded) {
            m_recentJobsLoaded = true;
            m_recentJobs->refresh();
        }
        if (m_definitions && m_tabs->currentWidget() == m_definitions && !m_definitionsLoaded) {
            m_definitionsLoaded = true;
            m_definitions->refresh();
            ensureManifestSchema();
        }
    });
    connect(m_connectionsView->detailTabs(), &QTabWidget::currentChanged, this,
            [this] { showHistoryOf(m_connectionsView->currentSourceRow()); });
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
    DesktopMenus::install(this); // Settings and Help, last in the menu bar
    QSettings settings;
    setAutoRefreshMinutes(settings.value(u"view/autoRefreshMinutes"_s, 0).toInt());
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
    // New items from the File menu too.
    QMenu *fileMenu = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().first()->menu();
    if (fileMenu) {
        QAction *first = fileMenu->actions().isEmpty() ? nullptr : fileMenu->actions().first();
        for (ResourceActions *actions : {m_connectionActions, m_sourceActions, m_destinationActions})
            fileMenu->insertAction(first, actions->action(u"newAction"_s));
        fileMenu->insertSeparator(first);
    }
    // The connection actions also in a menu and a toolbar, where people look for them first.
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->addActions(m_connectionActions->actions());
    QToolBar *toolBar = addToolBar(tr("Connection actions"));
    toolBar->setObjectName(u"connectionToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char *name : {"newAction", "runSyncAction", "enableAction", "disableAction", "scheduleAction"})
        toolBar->addAction(m_connectionActions->action(QString::fromLatin1(name)));
    auto showToolBar = [this, toolBar] { toolBar->setEnabled(m_tabs->currentWidget() == m_connectionsView); };
    connect(m_tabs, &QTabWidget::currentChanged, toolBar, showToolBar);
    m_sourceActions->setDependentsLookup([this](const QString &id) { return connectionsUsing(id, true); });
    m_destinationActions->setDependentsLookup([this](const QString &id) { return connectionsUsing(id, false); });
    connect(m_connectionActions, &ResourceActions::syncStarted, this, [this](const domain::Job &job) {
        if (m_runner)
            m_runner->follow(job);
    });
    for (ResourceActions *actions : {m_connectionActions, m_sourceActions, m_destinationActions}) {
        connect(actions, &ResourceActions::message, this, [this](const QString &text) {
            statusBar()->showMessage(text, 10000);
        });
        connect(actions, &ResourceActions::failed, this,
                [this](const QString &text, const QString &details, std::function<void()> retry) {
                    m_errorBar->showMessage(text, details, std::move(retry));
                });
        connect(actions, &ResourceActions::listsChanged, this, &MainWindow::refreshAll);
        connect(actions, &ResourceActions::undoAvailable, this, &MainWindow::setUndo);
        connect(actions, &ResourceActions::bulkProgress, this, [this](int finished, int total) {
            m_bulkProgress->setRange(0, total);
            m_bulkProgress->setValue(finished);
            m_bulkProgress->setVisible(finished < total);
        });
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
    m_undoAction = editMenu->addAction(tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        const std::function<void()> undo = std::exchange(m_undo, {});
        m_undoAction->setText(tr("&Undo"));
        m_undoAction->setEnabled(false);
        if (undo)
            undo();
    });
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find"));
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *view = qobject_cast<ResourceView *>(m_tabs->currentWidget()))
            view->focusSearch();
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *columns = viewMenu->addAction(tr("&Columns…"));
    columns->setObjectName(u"columnsAction"_s);
    connect(columns, &QAction::triggered, this, [this] {
        auto *view = qobject_cast<ResourceView *>(m_tabs->currentWidget());
        if (!view)
            return;
        QMenu *menu = view->createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->table()->mapToGlobal(QPoint(0, 0)));
    });
    m_notifyAction = viewMenu->addAction(tr("&Notify when a sync ends"));
    m_notifyAction->setObjectName(u"notifyAction"_s);
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(QSettings().value(u"view/notifySyncs"_s, true).toBool());
    m_notifyAction->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    m_notifyAction->setToolTip(QSystemTrayIcon::isSystemTrayAvailable()
                                   ? tr("A desktop notification when a sync started here succeeds or fails")
                                   : tr("This desktop has no notification area"));
    connect(m_notifyAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(u"view/notifySyncs"_s, on); });
    QMenu *autoRefresh = viewMenu->addMenu(tr("&Auto-refresh"));
    m_autoRefreshGroup = new QActionGroup(this);
    const std::pair<int, QString> choices[] = {{0, tr("&Off")},
                                               {1, tr("Every &minute")},
                                               {5, tr("Every &5 minutes")},
                                               {15, tr("Every &15 minutes")}};
    for (const auto &[minutes, label] : choices) {
        QAction *choice = autoRefresh->addAction(label);
        choice->setCheckable(true);
        choice->setData(minutes);
        m_autoRefreshGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, minutes = minutes] { setAutoRefreshMinutes(minutes); });
    }
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    m_autoRefreshMinutes = std::max(minutes, 0);
    QSettings().setValue(u"view/autoRefreshMinutes"_s, m_autoRefreshMinutes);
    if (m_autoRefreshMinutes > 0)
        m_autoRefreshTimer->start(m_autoRefreshMinutes * 60 * 1000);
    else
        m_autoRefreshTimer->stop();
    const QList<QAction *> choices = m_autoRefreshGroup->actions();
    for (QAction *choice : choices)
        choice->setChecked(choice->data().toInt() == m_autoRefreshMinutes);
}

void MainWindow::setUndo(const QString &description, std::function<void()> undo)
{
    m_undo = std::move(undo);
    m_undoAction->setText(tr("&Undo %1").arg(description));
    m_undoAction->setEnabled(true);
}

bool MainWindow::showPage(const QString &page)
{
    const std::pair<QString, QWidget *> pages[] = {{u"connections"_s, m_connectionsView},
                                                   {u"sources"_s, m_sourcesView},
                                                   {u"destinations"_s, m_destinationsView},
                                                   {u"jobs"_s, nullptr},
                                                   {u"definitions"_s, nullptr}};
    for (const auto &[name, view] : pages) {
        if (name == page) {
            m_wantedPage = name;
            if (view)
                m_tabs->setCurrentWidget(view);
            else if (name == u"jobs"_s && m_recentJobs)
                m_tabs->setCurrentWidget(m_recentJobs);
            else if (name == u"definitions"_s && m_definitions)
                m_tabs->setCurrentWidget(m_definitions);
            return true;
        }
    }
    return false;
}

void MainWindow::jumpTo(const QUrl &url)
{
    // airdesk:source/<id> or airdesk:destination/<id>, from a connection's detail pane.
    const QString table = url.path().section(u'/', 0, 0);
    const QString id = url.path().section(u'/', 1);
    if (table == u"schedule"_s) {
        if (m_connectionsView->selectId(id))
            m_connectionActions->editSchedule();
        return;
    }
    ResourceView *view = table == u"source"_s ? m_sourcesView : table == u"destination"_s ? m_destinationsView : nullptr;
    if (!view)
        return;
    m_tabs->setCurrentWidget(view);
    if (!view->selectId(id))
        statusBar()->showMessage(tr("%1 is not in the list (yet).").arg(id), 10000);
    view->table()->setFocus(Qt::OtherFocusReason);
}

QStringList MainWindow::connectionsUsing(const QString &actorId, bool source) const
{
    QStringList names;
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const domain::Connection c = m_connections->connectionAt(row);
        if ((source ? c.sourceId : c.destinationId) == actorId)
            names.append(c.name);
    }
    return names;
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
    newProfile->setShortcuts(QKeySequence::New);
    m_editProfileAction = toolBar->addAction(tr("&Edit profile…"));
    m_deleteProfileAction = new QAction(tr("&Delete profile…"), this);
    m_deleteProfileAction->setObjectName(u"deleteProfileAction"_s);

    QMenu *profileMenu = menuBar()->addMenu(tr("&Profile"));
    profileMenu->addAction(newProfile);
    profileMenu->addAction(m_editProfileAction);
    profileMenu->addAction(m_deleteProfileAction);
    connect(m_deleteProfileAction, &QAction::triggered, this, &MainWindow::deleteCurrentProfile);

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
            m_stack->setCurrentWidget(m_workspacePage);
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
    m_deleteProfileAction->setEnabled(current.has_value());
}

void MainWindow::deleteCurrentProfile()
{
    const auto profile = m_profiles->profile(m_wantedProfileId);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
                                tr("Delete the profile \"%1\" and its stored secret? Nothing on the server is "
                                   "deleted.")
                                    .arg(profile->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteProfileBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id = profile->id](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_secrets->removeSecret(id, this, [this, id](const QString &error) {
            if (!error.isEmpty())
                m_errorBar->showMessage(tr("The secret could not be removed from the keychain: %1").arg(error));
            if (m_wantedProfileId == id) {
                m_wantedProfileId.clear();
                m_session = nullptr;
                m_sources->clear();
                m_destinations->clear();
                m_connections->clear();
                setWindowTitle(tr("Airdesk"));
            }
            m_sessions->forget(id);
            m_profiles->remove(id);
            const QList<Profile> remaining = m_profiles->profiles();
            if (remaining.isEmpty())
                showWelcome();
            else
                switchToProfile(remaining.first().id);
        });
    });
    box->open();
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
    m_connectionActions->setScheduleMinimum(profile ? profile->effectiveScheduleMinimum() : 0);
    m_stack->setCurrentWidget(m_workspacePage);
    setSession(session, profile ? profile->name : profileId);
}

void MainWindow::onSessionFailed(const QString &profileId, const QString &message)
{
    if (profileId != m_wantedProfileId)
        return;
    statusBar()->showMessage(message);
    m_errorBar->showMessage(message, {}, [this, profileId] { switchToProfile(profileId); });
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
    m_errorBar->dismiss();
    m_undo = {};
    m_undoAction->setText(tr("&Undo"));
    m_undoAction->setEnabled(false);
    m_sources->clear();
    m_destinations->clear();
    m_connections->clear();
    m_iconDelegate->clear();
    createHistoryViews();
    disconnect(m_iconConnection);
    if (m_session)
        m_iconConnection = connect(&m_session->icons(), &api::ConnectorIconService::iconReady, this,
                                   [this](const QString &definitionId, const QByteArray &svg) {
                                       if (m_iconDelegate->setIcon(definitionId, svg)) {
                                           m_sourcesView->table()->viewport()->update();
                                           m_destinationsView->table()->viewport()->update();
                                       }
                                   });
    refreshAll();
}

JobHistoryView *MainWindow::historyView() const
{
    return m_history;
}

RecentJobsView *MainWindow::recentJobsView() const
{
    return m_recentJobs;
}

JobRunController *MainWindow::runController() const
{
    return m_runner;
}

DefinitionsView *MainWindow::definitionsView() const
{
    return m_definitions;
}

ArtifactView *MainWindow::stateView() const
{
    return m_stateView;
}

ArtifactView *MainWindow::catalogView() const
{
    return m_catalogView;
}

void MainWindow::ensureManifestSchema()
{
    if (m_manifestSchema || m_schemaRequested || !m_session)
        return;
    m_schemaRequested = true;
    QString error;
    m_manifestSchema = manifest::DeclarativeSchemaSource::load({}, &error);
    if (m_manifestSchema) {
        applyManifestSchema();
        return;
    }
    if (!error.isEmpty()) { // a path was named (environment) but is unusable: say so, do not download
        statusBar()->showMessage(error, 15000);
        return;
    }
    statusBar()->showMessage(tr("Downloading the declarative component schema (CDK %1)…")
                                 .arg(manifest::DeclarativeSchemaSource::cdkVersion()));
    auto *download = new api::DeclarativeSchemaDownload(m_session->client().network(), this);
    download->fetch(this, [this, download](const QString &path, const QString &fetchError) {
        download->deleteLater();
        QString loadError = fetchError;
        if (loadError.isEmpty())
            m_manifestSchema = manifest::DeclarativeSchemaSource::load(path, &loadError);
        if (!m_manifestSchema) {
            m_schemaRequested = false; // try again next time the tab is shown
            statusBar()->showMessage(
                tr("YAML definitions are checked structurally only: the schema is not available (%1).").arg(loadError),
                15000);
            return;
        }
        statusBar()->showMessage(tr("The declarative component schema is ready."), 5000);
        applyManifestSchema();
    });
}

void MainWindow::applyManifestSchema()
{
    if (m_session)
        m_session->definitions().setManifestSchema(m_manifestSchema);
    if (m_definitions)
        m_definitions->editor()->setValidator(manifest::ManifestValidator(m_manifestSchema));
}

void MainWindow::createHistoryViews()
{
    // Each view holds its session's services: a new workspace gets new views.
    delete m_history;
    delete m_stateView;
    delete m_catalogView;
    delete m_recentJobs;
    delete m_definitions;
    delete m_runner;
    m_recentJobsLoaded = false; // each loads the first time its tab is shown
    m_definitionsLoaded = false;
    if (!m_session)
        return;
    m_runner = new JobRunController(&m_session->client(), &m_session->jobs(), this);
    auto followed = [this](const domain::Job &job) { m_connections->setLastJob(job.connectionId, job); };
    connect(m_runner, &JobRunController::started, this, followed);
    connect(m_runner, &JobRunController::updated, this, followed);
    connect(m_runner, &JobRunController::finished, this, [this, followed](const domain::Job &job) {
        followed(job);
        notifySyncEnded(job);
        statusBar()->showMessage(tr("Sync of %1 ended: %2.")
                                     .arg(m_connections->connectionAt(m_connections->indexOfId(job.connectionId)).name,
                                          models::ConnectionTableModel::jobStatusText(job.status)),
                                 10000);
    });
    connect(m_runner, &JobRunController::cancelled, this, followed);
    connect(m_runner, &JobRunController::alreadyRunning, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_runner, &JobRunController::failed, this,
            [this](const QString &, const QString &message) { m_errorBar->showMessage(message); });

    m_history = new JobHistoryView(&m_session->jobs(), m_runner);
    m_history->setObjectName(u"historyView"_s);
    m_connectionsView->detailTabs()->addTab(m_history, tr("&History"));
    connect(m_history, &JobHistoryView::jobActivated, this,
            [this](qint64 jobId) { openJob(jobId, m_history->connectionId()); });
    m_stateView = new ArtifactView(&m_session->artifacts(), ArtifactView::Kind::State);
    m_stateView->setObjectName(u"stateView"_s);
    m_connectionsView->detailTabs()->addTab(m_stateView, tr("S&tate"));
    m_catalogView = new ArtifactView(&m_session->artifacts(), ArtifactView::Kind::Catalog);
    m_catalogView->setObjectName(u"catalogView"_s);
    m_connectionsView->detailTabs()->addTab(m_catalogView, tr("C&atalog"));

    m_recentJobs = new RecentJobsView(&m_session->jobs());
    m_recentJobs->setObjectName(u"recentJobsView"_s);
    m_tabs->addTab(m_recentJobs, tr("Recent &jobs"));
    if (m_wantedPage == u"jobs"_s)
        m_tabs->setCurrentWidget(m_recentJobs);
    connect(m_recentJobs, &RecentJobsView::jobActivated, this, &MainWindow::openJob);

    m_definitions = new DefinitionsView(&m_session->definitions(), manifest::ManifestValidator(m_manifestSchema));
    m_definitions->setObjectName(u"definitionsView"_s);
    m_definitions->setDockerDefinitionService(&m_session->dockerSources());
    m_tabs->addTab(m_definitions, tr("&YAML definitions"));
    if (m_manifestSchema)
        m_session->definitions().setManifestSchema(m_manifestSchema);
    if (m_wantedPage == u"definitions"_s)
        m_tabs->setCurrentWidget(m_definitions);
}

void MainWindow::notifySyncEnded(const domain::Job &job)
{
    if (!m_notifyAction->isChecked() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon)
                                                           : windowIcon(),
                                     this);
        m_tray->setToolTip(tr("Airdesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    const int row = m_connections->indexOfId(job.connectionId);
    const QString name = row >= 0 ? m_connections->connectionAt(row).name : job.connectionId;
    const bool ok = job.status == domain::JobStatus::Succeeded;
    m_tray->showMessage(ok ? tr("Sync succeeded") : tr("Sync ended: %1").arg(models::ConnectionTableModel::jobStatusText(job.status)),
                        tr("%1 (job %2)").arg(name).arg(job.jobId),
                        ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 8000);
}

void MainWindow::showHistoryOf(int connectionRow)
{
    // Only the tab in front loads: selecting rows must not cost a request per tab.
    if (connectionRow < 0 || connectionRow >= m_connections->rowCount())
        return;
    const QString id = m_connections->connectionAt(connectionRow).connectionId;
    QWidget *front = m_connectionsView->detailTabs()->currentWidget();
    if (m_history && front == m_history && id != m_history->connectionId())
        m_history->setConnectionId(id);
    for (ArtifactView *artifact : {m_stateView.data(), m_catalogView.data()})
        if (artifact && front == artifact && id != artifact->connectionId())
            artifact->setConnectionId(id);
}

void MainWindow::openJob(qint64 jobId, const QString &connectionId)
{
    if (!m_session)
        return;
    auto *view = new JobDetailView(&m_session->jobs(), this);
    view->setObjectName(u"jobDetailView"_s);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    const int row = m_connections->indexOfId(connectionId);
    const QString name = row >= 0 ? m_connections->connectionAt(row).name : connectionId;
    view->setWindowTitle(tr("Job %1 — %2").arg(jobId).arg(name));
    if (!connectionId.isEmpty())
        view->setWebUrl(m_session->connections().jobHistoryUrl(connectionId));
    auto *close = new QAction(view);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, view, &QWidget::close);
    view->addAction(close);
    connect(m_session, &QObject::destroyed, view, &QWidget::close);
    view->resize(980, 640);
    view->showJob(jobId);
    view->show();
}

void MainWindow::requestIcons(models::ActorTableModel *model, bool source)
{
    if (!m_session)
        return;
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->actorAt(row).definitionId);
    // Icons already fetched by this session (another profile switch back) are drawn at once.
    for (const QString &id : std::as_const(ids))
        if (const QByteArray svg = m_session->icons().icon(id); !svg.isEmpty())
            m_iconDelegate->setIcon(id, svg);
    m_session->icons().request(source ? domain::ActorKind::Source : domain::ActorKind::Destination,
                               QStringList(ids.cbegin(), ids.cend()));
}

void MainWindow::refreshAll()
{
    if (!m_session)
        return;
    m_sourcesLoader->loadSources(&m_session->sources(), m_sources);
    m_destinationsLoader->loadDestinations(&m_session->destinations(), m_destinations);
    m_connectionsLoader->loadConnections(&m_session->connections(), m_connections);
    if (m_recentJobs && m_recentJobsLoaded)
        m_recentJobs->refresh();
    if (m_definitions && m_definitionsLoaded)
        m_definitions->refresh();
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
    if (m_recentJobs) {
        QHash<QString, QString> names;
        for (int row = 0; row < m_connections->rowCount(); ++row) {
            const domain::Connection c = m_connections->connectionAt(row);
            names.insert(c.connectionId, c.name);
        }
        m_recentJobs->setConnectionNames(names);
    }
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
    view->setDetailsHtml(DetailText::actor(
        actor, {service.url(actor.id), m_session->workspace().workspaceUrl(), {}}));
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
                                                             {service.connectionUrl(c.connectionId),
                                                              m_session->workspace().workspaceUrl(),
                                                              service.jobHistoryUrl(c.connectionId)}));
}

void MainWindow::showLoadError(const QString &what, const api::ApiError &error)
{
    // Not modal: a failed refresh keeps the rows already shown; the bar offers the details and Retry.
    if (error.kind == api::ApiError::Kind::Cancelled)
        return;
    m_errorBar->showError(tr("Could not load the %1").arg(what), error, [this] { refreshAll(); });
    statusBar()->showMessage(tr("Could not load the %1.").arg(what), 10000);
}

void MainWindow::updateStatus()
{
    if (isLoading())
        return;
    statusBar()->showMessage(tr("%1 · %2 connections · %3 sources · %4 destinations")
                                 .arg(m_title, QLocale().toString(m_connections->rowCount()),
                                      QLocale().toString(m_sources->rowCount()),
                                      QLocale().toString(m_destinations->rowCount())));
}

} // namespace airdesk::gui

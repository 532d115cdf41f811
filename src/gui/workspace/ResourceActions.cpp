#include "ResourceActions.h"

#include "BulkOperation.h"
#include "DeleteDialog.h"
#include "RenameDialog.h"
#include "ResourceView.h"
#include "gui/connections/EditConnectionDialog.h"
#include "gui/connections/NewConnectionWizard.h"
#include "gui/connectors/DeployConnectorDialog.h"
#include "gui/connectors/EditConnectorDialog.h"
#include "gui/schedule/ScheduleApplier.h"
#include "gui/schedule/ScheduleDialog.h"

#include "api/WorkspaceSession.h"
#include "api/services/ActorService.h"
#include "api/services/ConnectionService.h"
#include "api/services/JobService.h"
#include "models/ActorTableModel.h"
#include "models/ConnectionTableModel.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

namespace {
constexpr int kParallelRequests = 4;
}

ResourceActions::ResourceActions(ResourceView *view, models::ConnectionTableModel *model, SessionGetter session,
                                 QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_connections(model)
    , m_session(std::move(session))
{
    connect(addAlwaysAction(u"newAction"_s, tr("&New connection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, &ResourceActions::createNew);
    connect(addAction(u"editAction"_s, tr("Ed&it…"), QKeySequence(Qt::ALT | Qt::Key_Return)), &QAction::triggered, this,
            &ResourceActions::editSelected);
    connect(addAction(u"runSyncAction"_s, tr("&Run sync now"), QKeySequence(Qt::CTRL | Qt::Key_R), true),
            &QAction::triggered, this, &ResourceActions::runSync);
    connect(addAction(u"enableAction"_s, tr("&Enable"), QKeySequence(Qt::CTRL | Qt::Key_E), true),
            &QAction::triggered, this, [this] { setEnabled(true); });
    connect(addAction(u"disableAction"_s, tr("&Disable"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), true),
            &QAction::triggered, this, [this] { setEnabled(false); });
    connect(addAction(u"scheduleAction"_s, tr("Edit &schedule…"), QKeySequence(Qt::CTRL | Qt::Key_K)),
            &QAction::triggered, this, &ResourceActions::editSchedule);
    connect(addAction(u"renameAction"_s, tr("Re&name…"), QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            &ResourceActions::rename);
    connect(addAction(u"copyIdAction"_s, tr("&Copy id"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, &ResourceActions::copyId);
    connect(addAction(u"openWebAction"_s, tr("&Open in web app")), &QAction::triggered, this,
            &ResourceActions::openWeb);
    connect(addAction(u"deleteAction"_s, tr("De&lete…"), QKeySequence::Delete, true), &QAction::triggered, this,
            &ResourceActions::deleteSelected);
    connect(m_view, &ResourceView::selectionChanged, this, &ResourceActions::updateEnabled);
    connect(m_view, &ResourceView::currentRowChanged, this, &ResourceActions::updateEnabled);
    connect(m_view->table(), &QAbstractItemView::doubleClicked, this, &ResourceActions::editSelected);
    updateEnabled();
}

ResourceActions::ResourceActions(ResourceView *view, models::ActorTableModel *model, bool source,
                                 SessionGetter session, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_actors(model)
    , m_source(source)
    , m_session(std::move(session))
{
    connect(addAlwaysAction(u"newAction"_s, source ? tr("&New source…") : tr("&New destination…")),
            &QAction::triggered, this, &ResourceActions::createNew);
    connect(addAction(u"editAction"_s, tr("Ed&it…"), QKeySequence(Qt::ALT | Qt::Key_Return)), &QAction::triggered, this,
            &ResourceActions::editSelected);
    connect(addAction(u"checkAction"_s, tr("C&heck connection")), &QAction::triggered, this, &ResourceActions::check);
    connect(addAction(u"renameAction"_s, tr("Re&name…"), QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
            &ResourceActions::rename);
    connect(addAction(u"copyIdAction"_s, tr("&Copy id"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, &ResourceActions::copyId);
    connect(addAction(u"openWebAction"_s, tr("&Open in web app")), &QAction::triggered, this,
            &ResourceActions::openWeb);
    connect(addAction(u"deleteAction"_s, tr("De&lete…"), QKeySequence::Delete, true), &QAction::triggered, this,
            &ResourceActions::deleteSelected);
    connect(m_view, &ResourceView::selectionChanged, this, &ResourceActions::updateEnabled);
    connect(m_view, &ResourceView::currentRowChanged, this, &ResourceActions::updateEnabled);
    connect(m_view->table(), &QAbstractItemView::doubleClicked, this, &ResourceActions::editSelected);
    updateEnabled();
}

QAction *ResourceActions::addAction(const QString &objectName, const QString &text, const QKeySequence &shortcut,
                                    bool many)
{
    auto *action = new QAction(text, m_view->table());
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->table()->addAction(action);
    m_view->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actions.append(action);
    if (!many)
        m_singleActions.append(action);
    return action;
}

QAction *ResourceActions::addAlwaysAction(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = addAction(objectName, text, shortcut, true);
    m_alwaysActions.append(action);
    return action;
}

QAction *ResourceActions::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void ResourceActions::updateEnabled()
{
    const qsizetype selected = m_view->selectedSourceRows().size();
    for (QAction *a : std::as_const(m_actions)) {
        if (m_alwaysActions.contains(a))
            a->setEnabled(true);
        else
            a->setEnabled(m_singleActions.contains(a) ? selected == 1 : selected >= 1);
    }
}

QList<ResourceActions::Item> ResourceActions::selectedItems() const
{
    QList<Item> items;
    const QList<int> rows = m_view->selectedSourceRows();
    for (int row : rows) {
        if (m_connections) {
            const domain::Connection c = m_connections->connectionAt(row);
            items.append({c.connectionId, c.name});
        } else {
            const domain::Actor a = m_actors->actorAt(row);
            items.append({a.id, a.name});
        }
    }
    return items;
}

QString ResourceActions::kindName() const
{
    return m_connections ? tr("connection") : m_source ? tr("source") : tr("destination");
}

QString ResourceActions::kindPlural() const
{
    return m_connections ? tr("connections") : m_source ? tr("sources") : tr("destinations");
}

void ResourceActions::runBulk(
    const QList<Item> &items, const QString &what,
    std::function<void(const Item &, QObject *, std::function<void(const api::ApiError &)>)> step,
    std::function<QString(int succeeded)> done, std::function<void(const QList<Item> &)> retry)
{
    if (items.isEmpty())
        return;
    auto *bulk = new BulkOperation(this);
    for (const Item &item : items)
        bulk->add(item.id, item.name, [step, item](QObject *context, BulkOperation::Done finished) {
            step(item, context, std::move(finished));
        });
    connect(bulk, &BulkOperation::progress, this, &ResourceActions::bulkProgress);
    connect(bulk, &BulkOperation::finished, this, [this, bulk, items, what, done, retry] {
        bulk->deleteLater();
        const QList<BulkOperation::Outcome> failures = bulk->failures();
        const int succeeded = bulk->total() - int(failures.size());
        if (failures.isEmpty()) {
            Q_EMIT message(done(succeeded));
            return;
        }
        QList<Item> again;
        for (const BulkOperation::Outcome &f : failures)
            again.append({f.id, f.label});
        std::function<void()> retryFailed;
        if (retry)
            retryFailed = [retry, again] { retry(again); };
        if (items.size() == 1) {
            const api::ApiError &error = failures.first().error;
            Q_EMIT failed(tr("%1 — %2: %3").arg(what, items.first().name, error.summary()), error.details(),
                          retryFailed);
        } else {
            Q_EMIT failed(tr("%1: %2 of %3 failed").arg(what).arg(failures.size()).arg(items.size()),
                          bulk->report(), retryFailed);
        }
        if (succeeded > 0)
            Q_EMIT message(done(succeeded));
    });
    bulk->start(kParallelRequests);
}

void ResourceActions::runSync()
{
    const QList<Item> items = selectedItems();
    if (!m_session() || items.isEmpty())
        return;
    Q_EMIT message(items.size() == 1 ? tr("Starting a sync of %1…").arg(items.first().name)
                                     : tr("Starting %n sync(s)…", nullptr, int(items.size())));
    auto step = [this](const Item &item, QObject *context, std::function<void(const api::ApiError &)> done) {
        api::WorkspaceSession *session = m_session();
        if (!session)
            return done(api::ApiError::configuration(tr("Not connected")));
        session->jobs().runSync(item.id, context,
                                [this, id = item.id, done](const domain::Job &job, const api::ApiError &error) {
                                    if (!error.isError()) {
                                        m_connections->setLastJob(id, job);
                                        Q_EMIT syncStarted(job);
                                    }
                                    done(error);
                                });
    };
    auto runAgain = [this, step](const QList<Item> &again) {
        runBulk(again, tr("Run sync"), step, [](int n) { return tr("Started %n sync(s).", nullptr, n); }, {});
    };
    runBulk(items, tr("Run sync"), step, [](int n) { return tr("Started %n sync(s).", nullptr, n); }, runAgain);
}

void ResourceActions::setEnabled(bool enabled)
{
    setEnabledFor(selectedItems(), enabled, true);
}

void ResourceActions::setEnabledFor(const QList<Item> &items, bool enabled, bool undoable)
{
    if (!m_session() || items.isEmpty())
        return;
    auto step = [this, enabled](const Item &item, QObject *context, std::function<void(const api::ApiError &)> done) {
        api::WorkspaceSession *session = m_session();
        if (!session)
            return done(api::ApiError::configuration(tr("Not connected")));
        session->connections().setEnabled(item.id, enabled, context,
                                          [this, done](const domain::Connection &c, const api::ApiError &error) {
                                              if (!error.isError())
                                                  m_connections->upsert(c);
                                              done(error);
                                          });
    };
    auto doneText = [enabled](int n) {
        return enabled ? tr("Enabled %n connection(s).", nullptr, n) : tr("Disabled %n connection(s).", nullptr, n);
    };
    const QString what = enabled ? tr("Enable") : tr("Disable");
    runBulk(items, what, step, doneText,
            [this, enabled](const QList<Item> &again) { setEnabledFor(again, enabled, false); });
    if (undoable) {
        const QString description = items.size() == 1
                                        ? (enabled ? tr("enable %1").arg(items.first().name)
                                                   : tr("disable %1").arg(items.first().name))
                                        : (enabled ? tr("enable %n connection(s)", nullptr, int(items.size()))
                                                   : tr("disable %n connection(s)", nullptr, int(items.size())));
        Q_EMIT undoAvailable(description, [this, items, enabled] { setEnabledFor(items, !enabled, false); });
    }
}

void ResourceActions::check()
{
    api::WorkspaceSession *session = m_session();
    const QList<Item> items = selectedItems();
    if (!session || items.size() != 1)
        return;
    const Item item = items.first();
    Q_EMIT message(tr("Checking %1…").arg(item.name));
    api::ActorService &service = m_source ? session->sources() : session->destinations();
    service.check(item.id, this, [this, item](const api::CheckResult &result, const api::ApiError &error) {
        if (error.isError())
            Q_EMIT failed(tr("Check of %1: %2").arg(item.name, error.summary()), error.details(), [this] { check(); });
        else if (result.succeeded)
            Q_EMIT message(tr("%1: the connection check succeeded.").arg(item.name));
        else
            Q_EMIT failed(tr("%1: the connection check failed").arg(item.name), result.message, {});
    });
}

void ResourceActions::rename()
{
    const QList<Item> items = selectedItems();
    if (!m_session() || items.size() != 1)
        return;
    auto *dialog = new RenameDialog(kindName(), items.first().name, m_view);
    dialog->setObjectName(u"renameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, item = items.first()] { renameTo(item, dialog->newName(), true); });
    dialog->open();
}

void ResourceActions::renameTo(const Item &item, const QString &name, bool undoable)
{
    api::WorkspaceSession *session = m_session();
    if (!session)
        return;
    auto finish = [this, item, name, undoable](const api::ApiError &error) {
        if (error.isError()) {
            Q_EMIT failed(tr("Rename %1: %2").arg(item.name, error.summary()), error.details(),
                          [this, item, name, undoable] { renameTo(item, name, undoable); });
            return;
        }
        Q_EMIT message(tr("Renamed %1 to %2.").arg(item.name, name));
        if (undoable)
            Q_EMIT undoAvailable(tr("rename to %1").arg(name),
                                 [this, item, name] { renameTo({item.id, name}, item.name, false); });
    };
    if (m_connections) {
        session->connections().rename(item.id, name, this,
                                      [this, finish](const domain::Connection &c, const api::ApiError &error) {
                                          if (!error.isError())
                                              m_connections->upsert(c);
                                          finish(error);
                                      });
    } else {
        (m_source ? session->sources() : session->destinations())
            .rename(item.id, name, this, [this, finish](const domain::Actor &a, const api::ApiError &error) {
                if (!error.isError())
                    m_actors->upsert(a);
                finish(error);
                if (!error.isError())
                    Q_EMIT listsChanged(); // connection rows show the new name
            });
    }
}

void ResourceActions::editSchedule()
{
    api::WorkspaceSession *session = m_session();
    const QList<Item> items = selectedItems();
    if (!session || !m_connections || items.size() != 1)
        return;
    const domain::Connection connection = m_connections->connectionAt(m_connections->indexOfId(items.first().id));
    auto *dialog = new ScheduleDialog(nullptr, m_view);
    dialog->setObjectName(u"scheduleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Schedule of %1").arg(connection.name));
    auto *applier = new ScheduleApplier(session->connections(), dialog);
    dialog->setSchedule(connection.schedule);
    dialog->setMinimumIntervalMinutes(m_scheduleMinimum);
    dialog->setApplier(applier, connection.connectionId);
    connect(applier, &ScheduleApplier::applied, this, [this](const domain::Connection &updated) {
        m_connections->upsert(updated);
        Q_EMIT message(tr("The schedule of %1 is saved.").arg(updated.name));
    });
    dialog->open();
}

void ResourceActions::createNew()
{
    api::WorkspaceSession *session = m_session();
    if (!session)
        return;
    if (m_connections) {
        auto *wizard = new NewConnectionWizard(session, m_view);
        wizard->setObjectName(u"newConnectionWizard"_s);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &NewConnectionWizard::created, this, [this](const domain::Connection &c) {
            m_connections->upsert(c);
            m_view->selectId(c.connectionId);
            Q_EMIT message(tr("Created the connection %1.").arg(c.name));
        });
        wizard->open();
        return;
    }
    auto *dialog = new DeployConnectorDialog(session, m_source ? domain::ActorKind::Source : domain::ActorKind::Destination,
                                             m_view);
    dialog->setObjectName(u"deployDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployConnectorDialog::deployed, this, [this](const domain::Actor &a) {
        m_actors->upsert(a);
        m_view->selectId(a.id);
        Q_EMIT message(m_source ? tr("Created the source %1.").arg(a.name) : tr("Created the destination %1.").arg(a.name));
    });
    dialog->open();
}

void ResourceActions::editSelected()
{
    api::WorkspaceSession *session = m_session();
    const QList<Item> items = selectedItems();
    if (!session || items.size() != 1)
        return;
    if (m_connections) {
        const domain::Connection c = m_connections->connectionAt(m_connections->indexOfId(items.first().id));
        auto *dialog = new EditConnectionDialog(session, c, m_view);
        dialog->setObjectName(u"editConnectionDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EditConnectionDialog::updated, this, [this](const domain::Connection &updated) {
            m_connections->upsert(updated);
            Q_EMIT message(tr("Saved %1.").arg(updated.name));
        });
        dialog->open();
        return;
    }
    const domain::Actor actor = m_actors->actorAt(m_actors->indexOfId(items.first().id));
    auto *dialog = new EditConnectorDialog(session, actor, m_view);
    dialog->setObjectName(u"editConnectorDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditConnectorDialog::updated, this, [this](const domain::Actor &updated) {
        m_actors->upsert(updated);
        Q_EMIT message(tr("Saved %1.").arg(updated.name));
        Q_EMIT listsChanged(); // a new name shows in the connection rows too
    });
    dialog->open();
}

void ResourceActions::copyId()
{
    const QList<Item> items = selectedItems();
    if (items.size() != 1)
        return;
    QGuiApplication::clipboard()->setText(items.first().id);
    Q_EMIT message(tr("Copied %1").arg(items.first().id));
}

void ResourceActions::deleteSelected()
{
    const QList<Item> items = selectedItems();
    if (!m_session() || items.isEmpty())
        return;
    DeleteRequest request;
    request.kindPlural = kindPlural();
    for (const Item &item : items) {
        request.names.append(item.name);
        if (m_actors && m_dependents)
            request.alsoDeleted += m_dependents(item.id);
    }
    request.offerCascade = m_connections != nullptr;
    auto *dialog = new DeleteDialog(request, m_view);
    dialog->setObjectName(u"deleteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, items] {
        deleteItems(items, dialog->cascadeSource(), dialog->cascadeDestination());
    });
    dialog->open();
}

void ResourceActions::deleteItems(const QList<Item> &items, bool cascadeSource, bool cascadeDestination)
{
    // The typed confirmation replaces PyAirbyte's name-based safe mode here.
    auto step = [this, cascadeSource, cascadeDestination](const Item &item, QObject *context,
                                                          std::function<void(const api::ApiError &)> done) {
        api::WorkspaceSession *session = m_session();
        if (!session)
            return done(api::ApiError::configuration(tr("Not connected")));
        auto removed = [this, id = item.id, done](const api::ApiError &error) {
            if (!error.isError()) {
                if (m_connections)
                    m_connections->removeById(id);
                else
                    m_actors->removeById(id);
            }
            done(error);
        };
        if (m_connections)
            session->connections().remove(item.id, cascadeSource, cascadeDestination, false, context, removed);
        else
            (m_source ? session->sources() : session->destinations()).remove(item.id, false, context, removed);
    };
    const bool reload = m_actors || cascadeSource || cascadeDestination;
    auto doneText = [this, reload](int n) {
        if (reload)
            Q_EMIT listsChanged(); // the server deleted more than these rows
        return tr("Deleted %n item(s).", nullptr, n);
    };
    runBulk(items, tr("Delete"), step, doneText, [this, cascadeSource, cascadeDestination](const QList<Item> &again) {
        deleteItems(again, cascadeSource, cascadeDestination);
    });
}

void ResourceActions::openWeb()
{
    api::WorkspaceSession *session = m_session();
    const QList<Item> items = selectedItems();
    if (!session || items.size() != 1)
        return;
    QUrl url;
    if (m_connections)
        url = session->connections().connectionUrl(items.first().id);
    else
        url = (m_source ? session->sources() : session->destinations()).url(items.first().id);
    QDesktopServices::openUrl(url);
}

} // namespace airdesk::gui

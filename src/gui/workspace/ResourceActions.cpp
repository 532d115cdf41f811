#include "ResourceActions.h"

#include "ResourceView.h"

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
#include <QMessageBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ResourceActions::ResourceActions(ResourceView *view, models::ConnectionTableModel *model, SessionGetter session,
                                 QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_connections(model)
    , m_session(std::move(session))
{
    connect(addAction(u"runSyncAction"_s, tr("&Run sync now"), QKeySequence(Qt::CTRL | Qt::Key_R)),
            &QAction::triggered, this, &ResourceActions::runSync);
    connect(addAction(u"enableAction"_s, tr("&Enable")), &QAction::triggered, this, [this] { setEnabled(true); });
    connect(addAction(u"disableAction"_s, tr("&Disable")), &QAction::triggered, this, [this] { setEnabled(false); });
    connect(addAction(u"copyIdAction"_s, tr("&Copy id"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, &ResourceActions::copyId);
    connect(addAction(u"openWebAction"_s, tr("&Open in web app")), &QAction::triggered, this,
            &ResourceActions::openWeb);
    connect(addAction(u"deleteAction"_s, tr("De&lete…"), QKeySequence::Delete), &QAction::triggered, this,
            &ResourceActions::deleteCurrent);
    connect(m_view, &ResourceView::currentRowChanged, this, &ResourceActions::updateEnabled);
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
    connect(addAction(u"checkAction"_s, tr("C&heck connection")), &QAction::triggered, this, &ResourceActions::check);
    connect(addAction(u"copyIdAction"_s, tr("&Copy id"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
            &QAction::triggered, this, &ResourceActions::copyId);
    connect(addAction(u"openWebAction"_s, tr("&Open in web app")), &QAction::triggered, this,
            &ResourceActions::openWeb);
    connect(addAction(u"deleteAction"_s, tr("De&lete…"), QKeySequence::Delete), &QAction::triggered, this,
            &ResourceActions::deleteCurrent);
    connect(m_view, &ResourceView::currentRowChanged, this, &ResourceActions::updateEnabled);
    updateEnabled();
}

QAction *ResourceActions::addAction(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_view->table());
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->table()->addAction(action);
    m_view->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actions.append(action);
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
    const bool selected = m_view->currentSourceRow() >= 0;
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(selected);
}

QString ResourceActions::currentId() const
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return {};
    if (m_connections)
        return m_connections->connectionAt(row).connectionId;
    return m_actors->actorAt(row).id;
}

void ResourceActions::runSync()
{
    api::WorkspaceSession *session = m_session();
    const QString id = currentId();
    if (!session || id.isEmpty())
        return;
    const QString name = m_connections->connectionAt(m_view->currentSourceRow()).name;
    Q_EMIT message(tr("Starting a sync of %1…").arg(name));
    session->jobs().runSync(id, this, [this, id, name](const domain::Job &job, const api::ApiError &error) {
        if (error.isError()) {
            Q_EMIT message(tr("%1: %2").arg(name, error.message()));
            return;
        }
        m_connections->setLastJob(id, job);
        Q_EMIT message(tr("Sync of %1 started (job %2).").arg(name).arg(job.jobId));
    });
}

void ResourceActions::setEnabled(bool enabled)
{
    api::WorkspaceSession *session = m_session();
    const QString id = currentId();
    if (!session || id.isEmpty())
        return;
    session->connections().setEnabled(id, enabled, this,
                                      [this, enabled](const domain::Connection &c, const api::ApiError &error) {
                                          if (error.isError()) {
                                              Q_EMIT message(error.message());
                                              return;
                                          }
                                          m_connections->upsert(c);
                                          Q_EMIT message(enabled ? tr("%1 is enabled.").arg(c.name)
                                                                 : tr("%1 is disabled.").arg(c.name));
                                      });
}

void ResourceActions::check()
{
    api::WorkspaceSession *session = m_session();
    const QString id = currentId();
    if (!session || id.isEmpty())
        return;
    const QString name = m_actors->actorAt(m_view->currentSourceRow()).name;
    Q_EMIT message(tr("Checking %1…").arg(name));
    api::ActorService &service = m_source ? session->sources() : session->destinations();
    service.check(id, this, [this, name](const api::CheckResult &result, const api::ApiError &error) {
        if (error.isError())
            Q_EMIT message(tr("%1: %2").arg(name, error.message()));
        else if (result.succeeded)
            Q_EMIT message(tr("%1: the connection check succeeded.").arg(name));
        else
            Q_EMIT message(tr("%1: the connection check failed: %2").arg(name, result.message));
    });
}

void ResourceActions::copyId()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    Q_EMIT message(tr("Copied %1").arg(id));
}

void ResourceActions::deleteCurrent()
{
    const QString id = currentId();
    if (!m_session() || id.isEmpty())
        return;
    const int row = m_view->currentSourceRow();
    const QString name = m_connections ? m_connections->connectionAt(row).name : m_actors->actorAt(row).name;
    QString question;
    if (m_connections)
        question = tr("Delete the connection \"%1\"? Its sync history stays on the server; this cannot be undone.")
                       .arg(name);
    else
        question = tr("Delete \"%1\"? Connections that use it are deleted too; this cannot be undone.").arg(name);
    Confirm confirm = m_confirm;
    if (!confirm) {
        confirm = [this](const QString &text, std::function<void(bool)> answer) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), text, QMessageBox::Yes | QMessageBox::No,
                                        m_view);
            box->setDefaultButton(QMessageBox::No);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [answer](int result) { answer(result == QMessageBox::Yes); });
            box->open();
        };
    }
    confirm(question, [this, id, name](bool yes) {
        api::WorkspaceSession *session = m_session();
        if (!yes || !session)
            return;
        // The confirmation replaces PyAirbyte's name-based safe mode here.
        auto done = [this, id, name](const api::ApiError &error) {
            if (error.isError()) {
                Q_EMIT message(tr("%1 was not deleted: %2").arg(name, error.message()));
                return;
            }
            if (m_connections)
                m_connections->removeById(id);
            else
                m_actors->removeById(id);
            Q_EMIT message(tr("Deleted %1.").arg(name));
            if (m_actors)
                Q_EMIT listsChanged();
        };
        if (m_connections)
            session->connections().remove(id, false, false, false, this, done);
        else
            (m_source ? session->sources() : session->destinations()).remove(id, false, this, done);
    });
}

void ResourceActions::openWeb()
{
    api::WorkspaceSession *session = m_session();
    const QString id = currentId();
    if (!session || id.isEmpty())
        return;
    QUrl url;
    if (m_connections)
        url = session->connections().connectionUrl(id);
    else
        url = (m_source ? session->sources() : session->destinations()).url(id);
    QDesktopServices::openUrl(url);
}

} // namespace airdesk::gui

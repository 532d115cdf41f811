#include "NewConnectionWizard.h"

#include "ActorPickerPage.h"
#include "ConnectionDraft.h"
#include "ConnectionSettingsPage.h"
#include "StreamSelector.h"
#include "StreamsPage.h"
#include "api/WorkspaceSession.h"
#include "api/services/ConnectionService.h"
#include "gui/common/DialogGeometry.h"
#include "gui/common/DraftStore.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWizard, "airdesk.gui.wizard")

namespace airdesk::gui {

NewConnectionWizard::NewConnectionWizard(api::WorkspaceSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_source(new ActorPickerPage(session, domain::ActorKind::Source, this))
    , m_destination(new ActorPickerPage(session, domain::ActorKind::Destination, this))
    , m_streams(new StreamsPage(session, m_source, m_destination, this))
    , m_settings(new ConnectionSettingsPage(this))
    , m_drafts(std::make_unique<DraftStore>())
    , m_draftTimer(new QTimer(this))
{
    setWindowTitle(tr("New connection"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(SourcePage, m_source);
    setPage(DestinationPage, m_destination);
    setPage(StreamPage, m_streams);
    setPage(SettingsPage, m_settings);
    setButtonText(QWizard::FinishButton, tr("&Create connection"));
    resize(820, 600);
    QSettings settings;
    DialogGeometry::restore(this, settings, u"newConnection"_s);

    // Any choice schedules a draft write; a burst of typing makes one write.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &NewConnectionWizard::saveDraft);
    const auto touched = [this] { m_draftTimer->start(); };
    connect(m_source->list(), &QListWidget::currentRowChanged, this, touched);
    connect(m_destination->list(), &QListWidget::currentRowChanged, this, touched);
    connect(m_streams->selector(), &StreamSelector::selectionChanged, this, touched);
    connect(m_settings, &ConnectionSettingsPage::edited, this, touched);
    restoreDraft();
}

NewConnectionWizard::~NewConnectionWizard()
{
    // Closed with the application (or the window): what is pending still reaches the disk.
    if (m_draftTimer->isActive())
        saveDraft();
}

void NewConnectionWizard::setDraftDirectory(const QString &directory)
{
    m_drafts = std::make_unique<DraftStore>(directory);
    restoreDraft();
}

api::ConnectionCreateRequest NewConnectionWizard::currentRequest() const
{
    api::ConnectionCreateRequest request;
    request.sourceId = m_source->selectedId();
    request.destinationId = m_destination->selectedId();
    request.streams = m_streams->selector()->selection();
    m_settings->fill(request);
    return request;
}

void NewConnectionWizard::restoreDraft()
{
    const auto stored = m_drafts->load(ConnectionDraft::key(m_session->workspaceId()));
    if (!stored)
        return;
    const ConnectionDraft draft = ConnectionDraft::fromJson(*stored);
    m_restored = true;
    if (!draft.request.sourceId.isEmpty())
        m_source->preferId(draft.request.sourceId);
    if (!draft.request.destinationId.isEmpty())
        m_destination->preferId(draft.request.destinationId);
    if (!draft.request.streams.isEmpty())
        m_streams->preferSelection(draft.request.streams);
    m_settings->restore(draft.request);
    m_source->setSubTitle(tr("Restored the connection you were building when Airdesk last closed. Cancel "
                             "discards it."));
}

void NewConnectionWizard::saveDraft()
{
    m_draftTimer->stop();
    ConnectionDraft draft;
    draft.request = currentRequest();
    // Choices of a restored draft whose pages have not loaded yet stay as stored.
    if (const auto stored = m_drafts->load(ConnectionDraft::key(m_session->workspaceId()))) {
        const ConnectionDraft before = ConnectionDraft::fromJson(*stored);
        if (!m_source->isLoaded())
            draft.request.sourceId = before.request.sourceId;
        if (!m_destination->isLoaded())
            draft.request.destinationId = before.request.destinationId;
        if (!m_streams->isLoaded())
            draft.request.streams = before.request.streams;
    }
    QString error;
    if (!m_drafts->save(ConnectionDraft::key(m_session->workspaceId()), draft.toJson(), &error))
        qCWarning(lcWizard) << "draft not saved:" << error;
}

void NewConnectionWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == SettingsPage)
        m_settings->suggestName(QString(m_source->selectedName() + u" → "_s + m_destination->selectedName()));
}

void NewConnectionWizard::accept()
{
    if (m_request)
        return; // one create at a time
    const api::ConnectionCreateRequest request = currentRequest();
    if (request.streams.isEmpty()) {
        m_settings->showError(tr("Select at least one stream."));
        return;
    }
    m_settings->showError(tr("Creating the connection…"));
    m_request = new QObject(this);
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_session->connections().create(
        request, m_request, [this](const domain::Connection &connection, const api::ApiError &error) {
            m_request->deleteLater();
            m_request = nullptr;
            button(QWizard::FinishButton)->setEnabled(true);
            button(QWizard::BackButton)->setEnabled(true);
            if (error.isError()) {
                m_settings->showError(tr("Could not create the connection: %1").arg(error.message()));
                return;
            }
            m_settings->showError(QString());
            m_draftTimer->stop();
            m_drafts->remove(ConnectionDraft::key(m_session->workspaceId()));
            Q_EMIT created(connection);
            QWizard::accept();
        });
}

void NewConnectionWizard::done(int result)
{
    if (result == QDialog::Rejected) {
        // Cancel is a choice to drop it (a crash or a quit is not: those keep the draft).
        m_draftTimer->stop();
        m_drafts->remove(ConnectionDraft::key(m_session->workspaceId()));
    }
    QSettings settings;
    DialogGeometry::save(this, settings, u"newConnection"_s);
    QWizard::done(result);
}

} // namespace airdesk::gui

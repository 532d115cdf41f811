#include "NewConnectionWizard.h"

#include "ActorPickerPage.h"
#include "ConnectionSettingsPage.h"
#include "StreamSelector.h"
#include "StreamsPage.h"
#include "api/WorkspaceSession.h"
#include "api/services/ConnectionService.h"
#include "gui/common/DialogGeometry.h"

#include <QAbstractButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

NewConnectionWizard::NewConnectionWizard(api::WorkspaceSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_source(new ActorPickerPage(session, domain::ActorKind::Source, this))
    , m_destination(new ActorPickerPage(session, domain::ActorKind::Destination, this))
    , m_streams(new StreamsPage(session, m_source, m_destination, this))
    , m_settings(new ConnectionSettingsPage(this))
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
    api::ConnectionCreateRequest request;
    request.sourceId = m_source->selectedId();
    request.destinationId = m_destination->selectedId();
    request.streams = m_streams->selector()->selection();
    m_settings->fill(request);
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
            Q_EMIT created(connection);
            QWizard::accept();
        });
}

void NewConnectionWizard::done(int result)
{
    QSettings settings;
    DialogGeometry::save(this, settings, u"newConnection"_s);
    QWizard::done(result);
}

} // namespace airdesk::gui

#include "ArtifactView.h"

#include "gui/common/JsonTreeView.h"

#include "api/services/ArtifactService.h"
#include "core/domain/ConnectionState.h"

#include <QVBoxLayout>

namespace airdesk::gui {

ArtifactView::ArtifactView(api::ArtifactService *service, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_kind(kind)
    , m_viewer(new JsonTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_viewer);
    m_viewer->showMessage(tr("Select a connection."));
}

void ArtifactView::setConnectionId(const QString &connectionId)
{
    m_connectionId = connectionId;
    delete m_request; // its answer, if it still comes, is dropped
    m_request = new QObject(this);
    if (!m_service || connectionId.isEmpty()) {
        m_viewer->showMessage(tr("Select a connection."));
        return;
    }
    m_viewer->showMessage(tr("Loading…"));
    QObject *request = m_request;
    auto finish = [this, request] {
        if (m_request == request) {
            m_request = nullptr;
            request->deleteLater();
        }
        Q_EMIT loaded();
    };
    if (m_kind == Kind::State) {
        m_service->state(connectionId, request,
                         [this, finish](const domain::ConnectionState &state, const api::ApiError &error) {
                             if (error.isError())
                                 m_viewer->showMessage(tr("The state could not be read: %1").arg(error.summary()));
                             else if (state.stateType == domain::ConnectionState::Type::NotSet)
                                 m_viewer->showMessage(tr("No state is stored for this connection (not set)."));
                             else
                                 m_viewer->setJson(state.toJson());
                             finish();
                         });
    } else {
        m_service->catalog(connectionId, request, [this, finish](const QJsonObject &catalog, const api::ApiError &error) {
            if (error.isError())
                m_viewer->showMessage(tr("The catalog could not be read: %1").arg(error.summary()));
            else if (catalog.isEmpty())
                m_viewer->showMessage(tr("No configured catalog is stored for this connection (not set)."));
            else
                m_viewer->setJson(catalog);
            finish();
        });
    }
}

} // namespace airdesk::gui

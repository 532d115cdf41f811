#pragma once

#include "api/services/ConnectionCreateRequest.h"

#include <QWizardPage>

class QLabel;

namespace airdesk::api {
class WorkspaceSession;
}

namespace airdesk::gui {

class ActorPickerPage;
class StreamSelector;

/// The wizard page listing the source's streams (GET /streams, which may run a discover) for
/// the chosen destination; at least one must be selected, as PyAirbyte requires.
class StreamsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamsPage)

public:
    StreamsPage(api::WorkspaceSession *session, const ActorPickerPage *source, const ActorPickerPage *destination,
                QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    StreamSelector *selector() const { return m_selector; }
    bool isLoaded() const { return m_loaded; }
    /// The streams (and sync modes) to check when the streams next load, instead of all of
    /// them (a restored draft); streams the source no longer offers are left out.
    void preferSelection(const QList<api::ConnectionCreateRequest::Stream> &streams);

private:
    api::WorkspaceSession *m_session;
    const ActorPickerPage *m_source;
    const ActorPickerPage *m_destination;
    StreamSelector *m_selector;
    QLabel *m_status;
    QString m_loadedFor;
    QObject *m_request = nullptr;
    bool m_loaded = false;
    QList<api::ConnectionCreateRequest::Stream> m_preferred;
};

} // namespace airdesk::gui

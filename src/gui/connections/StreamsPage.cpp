#include "StreamsPage.h"

#include "ActorPickerPage.h"
#include "StreamSelector.h"
#include "api/WorkspaceSession.h"
#include "api/services/ConnectionService.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

StreamsPage::StreamsPage(api::WorkspaceSession *session, const ActorPickerPage *source,
                         const ActorPickerPage *destination, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_source(source)
    , m_destination(destination)
    , m_selector(new StreamSelector(true, this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Streams"));
    setSubTitle(tr("Choose the streams to sync and, where you like, their sync mode."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selector, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_selector, &StreamSelector::selectionChanged, this, &QWizardPage::completeChanged);
}

void StreamsPage::initializePage()
{
    const QString key = QString(m_source->selectedId() + u'|' + m_destination->selectedId());
    if (key == m_loadedFor)
        return;
    m_loadedFor = key;
    m_loaded = false;
    delete m_request; // an answer for an earlier pair is no longer wanted
    m_request = new QObject(this);
    m_selector->setStreams({}, {});
    m_status->setText(tr("Discovering the streams of %1…").arg(m_source->selectedName()));
    m_session->connections().streams(
        m_source->selectedId(), m_destination->selectedId(), m_request,
        [this](const QList<api::StreamInfo> &streams, const api::ApiError &error) {
            m_request->deleteLater();
            m_request = nullptr;
            if (error.isError()) {
                m_loadedFor.clear();
                m_status->setText(tr("Could not read the streams: %1").arg(error.message()));
                return;
            }
            QStringList checked;
            if (m_preferred.isEmpty()) {
                for (const api::StreamInfo &s : streams)
                    checked.append(s.name);
            } else {
                for (const auto &s : std::as_const(m_preferred))
                    checked.append(s.name);
            }
            m_selector->setStreams(streams, checked);
            for (const auto &s : std::exchange(m_preferred, {}))
                if (!s.syncMode.isEmpty())
                    m_selector->setSyncMode(s.name, s.syncMode);
            m_loaded = true;
            m_status->setText(streams.isEmpty() ? tr("This source offers no streams.") : QString());
            Q_EMIT completeChanged();
        });
}

void StreamsPage::preferSelection(const QList<api::ConnectionCreateRequest::Stream> &streams)
{
    m_preferred = streams;
}

bool StreamsPage::isComplete() const
{
    return m_loaded && !m_selector->selectedStreams().isEmpty();
}

} // namespace airdesk::gui

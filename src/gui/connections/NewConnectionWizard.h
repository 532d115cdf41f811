#pragma once

#include "api/services/ConnectionCreateRequest.h"
#include "core/domain/Connection.h"

#include <QPointer>
#include <QWizard>

#include <memory>

class QTimer;

namespace airdesk::api {
class WorkspaceSession;
}

namespace airdesk::gui {

class ActorPickerPage;
class DraftStore;
class ConnectionSettingsPage;
class StreamsPage;

/// Builds a connection step by step: source → destination → streams (at least one, each with
/// an optional sync mode) → settings (name, prefix, namespace, schema-change policy,
/// schedule) → create. Finish sends one create; while it runs the wizard waits, a failure is
/// shown on the settings page with every choice kept, success emits created() and closes.
/// Every choice is kept as a draft (DraftStore) while the wizard is open, so a crash or a
/// restart loses nothing: the next wizard for the workspace starts from it. Creating the
/// connection or cancelling removes it.
class NewConnectionWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConnectionWizard)

public:
    enum PageId { SourcePage, DestinationPage, StreamPage, SettingsPage };

    explicit NewConnectionWizard(api::WorkspaceSession *session, QWidget *parent = nullptr);
    ~NewConnectionWizard() override;

    /// Keeps drafts in `directory` instead of the application's data folder (tests), and
    /// restores the draft found there.
    void setDraftDirectory(const QString &directory);
    bool restoredDraft() const { return m_restored; }

    ActorPickerPage *sourcePage() const { return m_source; }
    ActorPickerPage *destinationPage() const { return m_destination; }
    StreamsPage *streamsPage() const { return m_streams; }
    ConnectionSettingsPage *settingsPage() const { return m_settings; }
    bool isCreating() const { return m_request != nullptr; }

public Q_SLOTS:
    /// Remembers the size for next time.
    void done(int result) override;
    void accept() override;

Q_SIGNALS:
    void created(const airdesk::domain::Connection &connection);

protected:
    void initializePage(int id) override;

private:
    api::WorkspaceSession *m_session;
    ActorPickerPage *m_source;
    ActorPickerPage *m_destination;
    StreamsPage *m_streams;
    ConnectionSettingsPage *m_settings;
    QPointer<QObject> m_request;
    std::unique_ptr<DraftStore> m_drafts;
    QTimer *m_draftTimer;
    bool m_restored = false;

    api::ConnectionCreateRequest currentRequest() const;
    void restoreDraft();
    void saveDraft();
};

} // namespace airdesk::gui

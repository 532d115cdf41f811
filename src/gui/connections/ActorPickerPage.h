#pragma once

#include "core/domain/Actor.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace airdesk::api {
class WorkspaceSession;
}

namespace airdesk::gui {

/// A wizard page choosing one deployed source (or destination) of the workspace, searchable.
class ActorPickerPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorPickerPage)

public:
    ActorPickerPage(api::WorkspaceSession *session, domain::ActorKind kind, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString selectedId() const;
    QString selectedName() const;
    /// Selects by id once loaded (false when not in the list).
    bool select(const QString &id);
    /// Selects `id` now if it is listed, else as soon as the list has loaded (a restored draft).
    void preferId(const QString &id);
    bool isLoaded() const { return m_loaded; }
    QListWidget *list() const { return m_list; }

private:
    api::WorkspaceSession *m_session;
    domain::ActorKind m_kind;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    bool m_loaded = false;
    QString m_preferredId;
    bool m_loading = false;
};

} // namespace airdesk::gui

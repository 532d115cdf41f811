#pragma once

#include <QPointer>
#include <QWidget>

namespace airdesk::api {
class ArtifactService;
}

namespace airdesk::gui {

class JsonTreeView;

/// One connection's sync state or configured catalog (Config API), in a JSON tree viewer:
/// loaded when a connection is set, "not set" said as such, failures said in one line.
class ArtifactView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactView)

public:
    enum class Kind { State, Catalog };

    ArtifactView(api::ArtifactService *service, Kind kind, QWidget *parent = nullptr);

    /// Loads the connection's artifact (again, when it is the same one).
    void setConnectionId(const QString &connectionId);
    QString connectionId() const { return m_connectionId; }
    JsonTreeView *viewer() const { return m_viewer; }

Q_SIGNALS:
    void loaded();

private:
    QPointer<api::ArtifactService> m_service;
    Kind m_kind;
    QString m_connectionId;
    QObject *m_request = nullptr; // context of the call in flight; a newer one replaces it
    JsonTreeView *m_viewer;
};

} // namespace airdesk::gui

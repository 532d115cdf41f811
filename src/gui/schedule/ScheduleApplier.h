#pragma once

#include "core/domain/Connection.h"
#include "core/domain/ConnectionSchedule.h"

#include <QObject>
#include <QString>

namespace airdesk::api {
class ConnectionService;
}

namespace airdesk::gui {

/// Applies a schedule to one connection through ConnectionService (the public API's PATCH with
/// scheduleType cron or manual) and reports the server's answer: the updated connection, or the
/// server's own words when it refuses. The widget-free half of ScheduleDialog, so the main
/// window, the detail pane and the connection wizard can all apply schedules the same way.
class ScheduleApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleApplier)

public:
    explicit ScheduleApplier(api::ConnectionService &service, QObject *parent = nullptr);

    /// Starts the PATCH; exactly one of applied() or failed() follows. Ignored while busy.
    void apply(const QString &connectionId, const domain::ConnectionSchedule &schedule);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void applied(const airdesk::domain::Connection &connection);
    void failed(const QString &message);

private:
    api::ConnectionService &m_service;
    bool m_busy = false;
};

} // namespace airdesk::gui

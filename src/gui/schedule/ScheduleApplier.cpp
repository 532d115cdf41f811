#include "ScheduleApplier.h"

#include "api/ApiError.h"
#include "api/services/ConnectionService.h"

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ScheduleApplier::ScheduleApplier(api::ConnectionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void ScheduleApplier::apply(const QString &connectionId, const domain::ConnectionSchedule &schedule)
{
    if (m_busy)
        return;
    m_busy = true;
    auto done = [this](const domain::Connection &connection, const api::ApiError &error) {
        m_busy = false;
        if (error.isError()) {
            // The server's detail says what is wrong with the expression; message() adds the
            // status and title around it.
            QString text = error.message();
            if (!error.detail.isEmpty() && !text.contains(error.detail))
                text += u"\n"_s + error.detail;
            Q_EMIT failed(text);
            return;
        }
        Q_EMIT applied(connection);
    };
    if (schedule.type == domain::ConnectionSchedule::Type::Cron)
        m_service.setCronSchedule(connectionId, schedule.cronExpression, this, done);
    else
        m_service.setManualSchedule(connectionId, this, done);
}

} // namespace airdesk::gui

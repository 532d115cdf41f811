#pragma once

#include "core/domain/ConnectionSchedule.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace airdesk::gui {

class ScheduleDialog;

/// Shows a connection's schedule in words and changes it through the schedule dialog, opened
/// window-modal with open(); nothing is sent from here.
class ScheduleField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleField)

public:
    explicit ScheduleField(QWidget *parent = nullptr);

    domain::ConnectionSchedule schedule() const { return m_schedule; }
    void setSchedule(const domain::ConnectionSchedule &schedule);
    QString text() const;
    /// Opens the schedule dialog (returned for tests); the choice is taken on OK.
    ScheduleDialog *openDialog();

Q_SIGNALS:
    void scheduleChanged();

private:
    domain::ConnectionSchedule m_schedule = domain::ConnectionSchedule::manual();
    QLabel *m_label;
    QPushButton *m_change;
};

} // namespace airdesk::gui

#include "ScheduleField.h"

#include "core/cron/CronDescription.h"
#include "gui/schedule/ScheduleDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

ScheduleField::ScheduleField(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_change(new QPushButton(tr("Change…"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_change->setAccessibleName(tr("Change schedule"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_change);
    connect(m_change, &QPushButton::clicked, this, [this] { openDialog(); });
    setSchedule(m_schedule);
}

void ScheduleField::setSchedule(const domain::ConnectionSchedule &schedule)
{
    m_schedule = schedule;
    if (schedule.type == domain::ConnectionSchedule::Type::Cron)
        m_label->setText(tr("%1 (cron %2, UTC)")
                             .arg(cron::CronDescription::describe(schedule.cronExpression), schedule.cronExpression));
    else if (schedule.type == domain::ConnectionSchedule::Type::Basic)
        m_label->setText(schedule.basicTiming);
    else
        m_label->setText(tr("Manual: syncs only when started"));
}

QString ScheduleField::text() const
{
    return m_label->text();
}

ScheduleDialog *ScheduleField::openDialog()
{
    auto *dialog = new ScheduleDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setSchedule(m_schedule);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setSchedule(dialog->schedule());
        Q_EMIT scheduleChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace airdesk::gui

#include "DatePickerPopup.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

DatePickerPopup::DatePickerPopup(bool withTime, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_calendar(new QCalendarWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"datePickerPopup"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setAccessibleName(tr("Calendar"));
    layout->addWidget(m_calendar);
    if (withTime) {
        auto *row = new QHBoxLayout;
        m_time = new QTimeEdit(this);
        m_time->setDisplayFormat(u"HH:mm:ss"_s);
        m_time->setAccessibleName(tr("Time (UTC)"));
        m_set = new QPushButton(tr("&Set"), this);
        m_set->setDefault(true);
        row->addWidget(new QLabel(tr("Time (UTC):"), this));
        row->addWidget(m_time, 1);
        row->addWidget(m_set);
        layout->addLayout(row);
        connect(m_set, &QPushButton::clicked, this, &DatePickerPopup::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DatePickerPopup::pick);
    } else {
        connect(m_calendar, &QCalendarWidget::clicked, this, &DatePickerPopup::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DatePickerPopup::pick);
    }
}

void DatePickerPopup::popUp(QWidget *anchor, const QDateTime &current)
{
    const QDateTime start =
        current.isValid() ? current.toUTC() : QDateTime(QDate::currentDate(), QTime(0, 0), QTimeZone::utc());
    m_calendar->setSelectedDate(start.date());
    if (m_time)
        m_time->setTime(start.time());
    adjustSize();
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width())));
        if (at.y() + height() > area.bottom())
            at.setY(anchor->mapToGlobal(QPoint(0, 0)).y() - height());
    }
    move(at);
    show();
    m_calendar->setFocus();
}

void DatePickerPopup::pick()
{
    const QTime time = m_time ? m_time->time() : QTime(0, 0);
    Q_EMIT picked(QDateTime(m_calendar->selectedDate(), time, QTimeZone::utc()));
    hide();
}

} // namespace airdesk::gui

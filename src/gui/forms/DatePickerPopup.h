#pragma once

#include <QDateTime>
#include <QFrame>

class QCalendarWidget;
class QPushButton;
class QTimeEdit;

namespace airdesk::gui {

/// The calendar that drops down under a date field: a month calendar and, for date-and-time
/// fields, a UTC time. A date-only pick applies on click (or Enter); with a time, "Set" applies.
/// It reports the moment; the field writes it in the layout its spec asks for.
class DatePickerPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatePickerPopup)

public:
    DatePickerPopup(bool withTime, QWidget *parent);

    /// Shows the popup below `anchor`, opened on `current` (today, at midnight UTC, when invalid).
    void popUp(QWidget *anchor, const QDateTime &current);

    QCalendarWidget *calendar() const { return m_calendar; }
    QTimeEdit *timeEdit() const { return m_time; }
    QPushButton *setButton() const { return m_set; }

Q_SIGNALS:
    void picked(const QDateTime &moment);

private:
    void pick();

    QCalendarWidget *m_calendar;
    QTimeEdit *m_time = nullptr;
    QPushButton *m_set = nullptr;
};

} // namespace airdesk::gui

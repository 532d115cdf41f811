#pragma once

#include "core/domain/ConnectionSchedule.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class QLineEdit;
class QSettings;

namespace Ui {
class ScheduleDialog;
}

namespace airdesk::gui {

class ScheduleApplier;

/// Chooses when a connection syncs: Manual, a preset ("Every 6 hours", written as Quartz), or a
/// Quartz cron expression edited through per-field inputs, a common-patterns picker or the raw
/// text (all kept in sync). Validation is live and offline, with Quartz's message pointing at
/// the offending field; the next 10 runs are shown in a chosen time zone and in UTC (the public
/// API stores schedules in UTC); a 5-field Unix cron gets a one-click Quartz fix; a warning
/// shows when the schedule runs more often than the plan minimum. The dialog does no network:
/// schedule() is the result, and with setApplier() OK applies it through ScheduleApplier and
/// stays open, showing the server's answer, if the server refuses.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    enum class Mode { Manual, Preset, Cron };
    /// What invalidField() returns for a problem of the whole expression (too few fields, both
    /// day fields given); -1 when there is no problem.
    static constexpr int WholeExpression = 7;

    explicit ScheduleDialog(QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    void setSchedule(const domain::ConnectionSchedule &schedule);
    /// Manual, or cron with the Quartz expression in effect (preset or edited).
    domain::ConnectionSchedule schedule() const;
    Mode mode() const;
    void setMode(Mode mode);
    /// The Quartz expression in effect; empty in Manual mode.
    QString expression() const;
    void setExpression(const QString &expression);

    /// The plan floor between runs (60, 15, 1; 0 = none): faster schedules get a warning.
    void setMinimumIntervalMinutes(int minutes);
    /// The instant previews start from (the current time unless set; tests fix it).
    void setNow(const QDateTime &now);
    void setDisplayTimeZone(const QByteArray &ianaId);
    QByteArray displayTimeZone() const;

    /// -1 when valid; else the field at fault (0 = seconds … 6 = year) or WholeExpression.
    int invalidField() const { return m_invalidField; }
    QString problem() const { return m_problem; }
    bool intervalWarningShown() const;
    QLineEdit *fieldEdit(int field) const;

    /// With an applier, OK applies the schedule to `connectionId` and closes only on success.
    void setApplier(ScheduleApplier *applier, const QString &connectionId);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void fillPresets();
    void fillPatterns();
    void fillTimeZones();
    void builderEdited();
    void expressionEdited();
    void updateMode();
    void validate();
    void showProblem(int field, const QString &message);
    void updatePreview(const QString &expression);
    void setBusy(bool busy);
    QDateTime now() const;

    std::unique_ptr<Ui::ScheduleDialog> m_ui;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    QList<QLineEdit *> m_fieldEdits;
    ScheduleApplier *m_applier = nullptr;
    QString m_connectionId;
    QDateTime m_now;
    QString m_problem;
    int m_invalidField = -1;
    int m_minimumIntervalMinutes = 0;
    bool m_syncing = false;
};

} // namespace airdesk::gui

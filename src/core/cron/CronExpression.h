#pragma once

#include "core/cron/CronFields.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace airdesk::cron {

/// A Quartz cron expression (sec min hour day-of-month month day-of-week [year]) with the
/// verdicts, error messages and fire times of org.quartz.CronExpression 2.3.2 — the class the
/// Airbyte server schedules syncs with — including its DST, month-end and L/W/# behaviour.
/// A value type; parse() never throws, an invalid expression carries Quartz's message.
class CronExpression
{
public:
    CronExpression() = default; // invalid

    static CronExpression parse(const QString &text);

    bool isValid() const { return m_valid; }
    QString errorMessage() const { return m_error; }
    QString text() const { return m_text; }
    int fieldCount() const { return int(m_tokens.size()); }
    bool hasYearField() const { return m_tokens.size() >= 7; }
    /// Raw text of field index (0 = seconds ... 6 = year); empty when absent.
    QString field(int index) const { return m_tokens.value(index); }
    /// The resolved field values and day options, as Quartz schedules them (empty when invalid).
    const CronFields &fields() const { return m_fields; }

    /// First fire time strictly after `after`, evaluated in `zone`; nullopt when the schedule has
    /// ended (or the expression or zone is invalid). The result is expressed in `zone`.
    std::optional<QDateTime> nextFireAfter(const QDateTime &after, const QTimeZone &zone) const;
    /// Up to `count` consecutive fire times after `after`; fewer when the schedule ends.
    QList<QDateTime> nextFireTimes(const QDateTime &after, const QTimeZone &zone, int count) const;
    /// The same in epoch seconds, for callers that do not need QDateTime.
    QList<qint64> nextFireSecs(qint64 afterMSecsSinceEpoch, const QTimeZone &zone, int count) const;

private:
    QString m_text;
    QString m_error;
    QStringList m_tokens;
    CronFields m_fields;
    bool m_valid = false;
};

} // namespace airdesk::cron

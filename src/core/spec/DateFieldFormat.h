#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::spec {

/// How a string field of a connector spec writes a date or a date and time, when it does:
/// `format: date` / `date-time`, or a pattern that only dates satisfy (the common
/// `^[0-9]{4}-[0-9]{2}-[0-9]{2}$` and `...T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$` shapes and their
/// variants). The layout is found by trying known layouts against the pattern, so a date picker
/// writes exactly what the pattern accepts. Times are UTC, as Airbyte's start dates are.
class DateFieldFormat
{
public:
    enum class Kind { None, Date, DateTime };

    /// The layout for `schema` (a string property); Kind::None when it is not a date field or
    /// when its pattern accepts none of the known layouts.
    [[nodiscard]] static DateFieldFormat forSchema(const QJsonObject &schema);

    Kind kind() const { return m_kind; }
    bool isDate() const { return m_kind != Kind::None; }
    bool hasTime() const { return m_kind == Kind::DateTime; }
    /// The QDateTime format string ("yyyy-MM-dd'T'HH:mm:ss'Z'").
    QString layout() const { return m_layout; }

    /// `moment` (taken as UTC) written in this layout.
    [[nodiscard]] QString format(const QDateTime &moment) const;
    /// `text` read in this layout, or leniently as ISO 8601; nullopt when it is neither.
    [[nodiscard]] std::optional<QDateTime> parse(const QString &text) const;

private:
    Kind m_kind = Kind::None;
    QString m_layout;
};

} // namespace airdesk::spec

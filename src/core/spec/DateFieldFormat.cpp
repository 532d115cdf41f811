#include "DateFieldFormat.h"

#include "ConfigValidator.h"

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace airdesk::spec {

namespace {

struct Layout
{
    DateFieldFormat::Kind kind;
    const char *format;
};

// Most common first within each kind; the first one a pattern accepts wins.
constexpr std::array<Layout, 3> DateLayouts{{
    {DateFieldFormat::Kind::Date, "yyyy-MM-dd"},
    {DateFieldFormat::Kind::Date, "yyyy/MM/dd"},
    {DateFieldFormat::Kind::Date, "yyyyMMdd"},
}};
constexpr std::array<Layout, 7> DateTimeLayouts{{
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd'T'HH:mm:ss'Z'"},
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"},
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd'T'HH:mm:ss"},
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd HH:mm:ss"},
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd'T'HH:mm:ss'+00:00'"},
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd'T'HH:mm'Z'"},
    {DateFieldFormat::Kind::DateTime, "yyyy-MM-dd'T'HH:mm:ss.zzz"},
}};

/// A moment whose every part differs (month 11 vs day 28, hour 13, seconds 45, ms 678), so a
/// pattern that accepts its rendering accepts the layout, not a lucky coincidence.
QDateTime probe()
{
    return QDateTime(QDate(2031, 11, 28), QTime(13, 57, 45, 678), QTimeZone::utc());
}

bool looksLikeDateOnly(const QRegularExpression &re)
{
    // A pattern such as ^.*$ or ^[0-9-]+$ also takes text that is no date: not a date field.
    for (const QString &other : {u"x"_s, u"1234567890"_s, u"2031-11-28x"_s})
        if (re.match(other).hasMatch())
            return false;
    return true;
}

} // namespace

DateFieldFormat DateFieldFormat::forSchema(const QJsonObject &schema)
{
    DateFieldFormat result;
    if (schema.value(u"type"_s).toString() != u"string"_s && !schema.value(u"type"_s).isArray())
        return result;
    const QString format = schema.value(u"format"_s).toString();
    const QString pattern = schema.value(u"pattern"_s).toString();
    if (pattern.isEmpty()) {
        if (format == u"date") {
            result.m_kind = Kind::Date;
            result.m_layout = u"yyyy-MM-dd"_s;
        } else if (format == u"date-time") {
            result.m_kind = Kind::DateTime;
            result.m_layout = u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s;
        }
        return result;
    }
    const auto re = ConfigValidator::compiledPattern(pattern);
    if (!re || (format != u"date" && format != u"date-time" && !looksLikeDateOnly(*re)))
        return result;
    auto tryLayouts = [&](const auto &layouts) {
        for (const Layout &layout : layouts) {
            const QString text = probe().toString(QString::fromLatin1(layout.format));
            if (re->match(text).hasMatch()) {
                result.m_kind = layout.kind;
                result.m_layout = QString::fromLatin1(layout.format);
                return true;
            }
        }
        return false;
    };
    // A pattern taking both (date with an optional time) gets what `format` asks for.
    if (format == u"date-time")
        (void)(tryLayouts(DateTimeLayouts) || tryLayouts(DateLayouts));
    else
        (void)(tryLayouts(DateLayouts) || tryLayouts(DateTimeLayouts));
    return result;
}

QString DateFieldFormat::format(const QDateTime &moment) const
{
    if (m_kind == Kind::None)
        return {};
    return moment.toUTC().toString(m_layout);
}

std::optional<QDateTime> DateFieldFormat::parse(const QString &text) const
{
    const QString t = text.trimmed();
    if (m_kind == Kind::None || t.isEmpty())
        return std::nullopt;
    QDateTime moment = QDateTime::fromString(t, m_layout);
    if (moment.isValid()) {
        moment.setTimeZone(QTimeZone::utc()); // the layout's Z or +00:00 is a literal
        return moment;
    }
    moment = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (moment.isValid())
        return moment.toUTC();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    return std::nullopt;
}

} // namespace airdesk::spec

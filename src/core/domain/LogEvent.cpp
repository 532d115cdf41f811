#include "core/domain/LogEvent.h"

#include "core/domain/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

namespace {

// What Python's f-string prints for a JSON value PyAirbyte read with dict.get(key, fallback).
QString pythonText(const QJsonValue &value, const QString &fallback)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return fallback;
    case QJsonValue::Null:
        return u"None"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double: {
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(sentinel);
        if (integer != sentinel)
            return QString::number(integer);
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        // Python would print a repr with single quotes; compact JSON is close enough to read.
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return fallback;
}

} // namespace

LogEvent::Level LogEvent::levelFromString(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == u"trace"_s)
        return Level::Trace;
    if (lower == u"debug"_s)
        return Level::Debug;
    if (lower == u"info"_s)
        return Level::Info;
    if (lower == u"warn"_s || lower == u"warning"_s)
        return Level::Warn;
    if (lower == u"error"_s || lower == u"fatal"_s)
        return Level::Error;
    return Level::Unknown;
}

QString LogEvent::toString(Level level)
{
    switch (level) {
    case Level::Trace:
        return u"trace"_s;
    case Level::Debug:
        return u"debug"_s;
    case Level::Info:
        return u"info"_s;
    case Level::Warn:
        return u"warn"_s;
    case Level::Error:
        return u"error"_s;
    case Level::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<LogEvent> LogEvent::fromJson(const QJsonObject &object, QString *error)
{
    Q_UNUSED(error)
    JsonFieldReader reader(object, u"LogEvent"_s);
    LogEvent event;
    if (const auto millis = reader.int64(u"timestamp"_s))
        event.timestamp = JsonFieldReader::fromEpochMillis(*millis);
    event.levelText = reader.string(u"level"_s);
    event.level = levelFromString(event.levelText);
    event.message = reader.string(u"message"_s);
    event.logSource = reader.string(u"logSource"_s);
    event.raw = reader.rest();
    return event;
}

QJsonObject LogEvent::toJson() const
{
    QJsonObject out = raw;
    if (timestamp.isValid())
        out.insert(u"timestamp"_s, timestamp.toMSecsSinceEpoch());
    const QString levelValue = !levelText.isEmpty() || level == Level::Unknown ? levelText : toString(level);
    JsonFieldReader::put(out, u"level"_s, levelValue, false);
    JsonFieldReader::put(out, u"message"_s, message, true);
    JsonFieldReader::put(out, u"logSource"_s, logSource, false);
    return out;
}

QString LogEvent::pyAirbyteLine() const
{
    const QString timestampText = timestamp.isValid() ? QString::number(timestamp.toMSecsSinceEpoch())
                                                      : pythonText(raw.value(u"timestamp"_s), QString());
    QString levelValue;
    if (!levelText.isEmpty())
        levelValue = levelText;
    else if (level != Level::Unknown)
        levelValue = toString(level);
    else
        levelValue = pythonText(raw.value(u"level"_s), u"INFO"_s);
    const QString messageValue = !message.isEmpty() ? message : pythonText(raw.value(u"message"_s), QString());
    return u"["_s + timestampText + u"] "_s + levelValue + u": "_s + messageValue;
}

} // namespace airdesk::domain

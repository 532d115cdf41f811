#include "core/domain/JsonFieldReader.h"

#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &typeName)
    : m_rest(object)
    , m_type(typeName)
{
}

bool JsonFieldReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_type + u": "_s + message;
    return false;
}

bool JsonFieldReader::requireString(const QString &key, QString &out)
{
    const auto it = m_rest.constFind(key);
    if (it == m_rest.constEnd())
        return fail(QString(u"required field \""_s + key + u"\" is missing"_s));
    if (!it->isString())
        return fail(QString(u"field \""_s + key + u"\" must be a string, got "_s + typeName(*it)));
    out = it->toString();
    if (out.isEmpty())
        return fail(QString(u"required field \""_s + key + u"\" is empty"_s));
    m_rest.remove(key);
    return true;
}

bool JsonFieldReader::requireInt64(const QString &key, qint64 &out)
{
    const auto it = m_rest.constFind(key);
    if (it == m_rest.constEnd())
        return fail(QString(u"required field \""_s + key + u"\" is missing"_s));
    const QJsonValue value = *it;
    // toInteger() refuses fractions and out-of-range doubles, so 1.5 counts as a wrong type.
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    if (!value.isDouble() || value.toInteger(sentinel) == sentinel)
        return fail(QString(u"field \""_s + key + u"\" must be an integer, got "_s + typeName(value)));
    out = value.toInteger();
    m_rest.remove(key);
    return true;
}

QString JsonFieldReader::string(const QString &key)
{
    return optionalString(key).value_or(QString());
}

std::optional<QString> JsonFieldReader::optionalString(const QString &key)
{
    const QJsonValue value = m_rest.value(key);
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    // Like empty lists, an empty string stays in rest() so it is re-emitted as sent.
    if (!text.isEmpty())
        m_rest.remove(key);
    return text;
}

std::optional<qint64> JsonFieldReader::int64(const QString &key)
{
    const QJsonValue value = m_rest.value(key);
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    if (!value.isDouble() || value.toInteger(sentinel) == sentinel)
        return std::nullopt;
    m_rest.remove(key);
    return value.toInteger();
}

std::optional<bool> JsonFieldReader::boolean(const QString &key)
{
    const QJsonValue value = m_rest.value(key);
    if (!value.isBool())
        return std::nullopt;
    m_rest.remove(key);
    return value.toBool();
}

std::optional<QJsonObject> JsonFieldReader::object(const QString &key)
{
    const QJsonValue value = m_rest.value(key);
    if (!value.isObject())
        return std::nullopt;
    m_rest.remove(key);
    return value.toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(const QString &key)
{
    const QJsonValue value = m_rest.value(key);
    if (!value.isArray())
        return std::nullopt;
    m_rest.remove(key);
    return value.toArray();
}

std::optional<QStringList> JsonFieldReader::stringList(const QString &key)
{
    auto list = toStringList(m_rest.value(key));
    // An empty list stays in rest() too: toJson() writes lists only when non-empty, and this
    // way an empty array the server sent still comes back out.
    if (list && !list->isEmpty())
        m_rest.remove(key);
    return list;
}

std::optional<QDateTime> JsonFieldReader::epochSeconds(const QString &key)
{
    const auto seconds = int64(key);
    if (!seconds)
        return std::nullopt;
    return fromEpochSeconds(*seconds);
}

void JsonFieldReader::reportTo(QString *error) const
{
    if (error)
        *error = m_error;
}

QString JsonFieldReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

std::optional<QStringList> JsonFieldReader::toStringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue element : value.toArray()) {
        if (!element.isString())
            return std::nullopt;
        list.append(element.toString());
    }
    return list;
}

QDateTime JsonFieldReader::fromEpochSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QDateTime JsonFieldReader::fromEpochMillis(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::utc());
}

void JsonFieldReader::put(QJsonObject &out, const QString &key, const QString &value, bool evenIfEmpty)
{
    if (!value.isEmpty() || (evenIfEmpty && !out.contains(key)))
        out.insert(key, value);
}

void JsonFieldReader::put(QJsonObject &out, const QString &key, const std::optional<QString> &value)
{
    if (value)
        out.insert(key, *value);
}

void JsonFieldReader::put(QJsonObject &out, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        out.insert(key, *value);
}

void JsonFieldReader::put(QJsonObject &out, const QString &key, const std::optional<bool> &value)
{
    if (value)
        out.insert(key, *value);
}

void JsonFieldReader::putEpochSeconds(QJsonObject &out, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        out.insert(key, value.toSecsSinceEpoch());
}

QJsonArray JsonFieldReader::toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace airdesk::domain

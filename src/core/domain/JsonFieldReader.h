#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::domain {

/// Takes the fields a domain type models out of one API object. Whatever it does not take
/// (unknown keys, nulls, values of an unexpected type) stays in rest(), which the type keeps as
/// `raw` so that toJson() gives the server's object back without losing anything.
/// Only the require*() calls can fail; every other accessor is tolerant and returns "no value".
class JsonFieldReader
{
public:
    /// typeName prefixes error messages ("Job: ...") so a caller can tell which object was bad.
    JsonFieldReader(const QJsonObject &object, const QString &typeName);

    bool requireString(const QString &key, QString &out);
    bool requireInt64(const QString &key, qint64 &out);

    /// The string, or an empty string when absent, null or not a string.
    QString string(const QString &key);
    std::optional<QString> optionalString(const QString &key);
    std::optional<qint64> int64(const QString &key);
    std::optional<bool> boolean(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    std::optional<QJsonArray> array(const QString &key);
    /// Taken only when every element is a string; otherwise (and when empty) the array stays in rest().
    std::optional<QStringList> stringList(const QString &key);
    /// An int64 of epoch seconds as a UTC QDateTime.
    std::optional<QDateTime> epochSeconds(const QString &key);

    bool contains(const QString &key) const { return m_rest.contains(key); }
    QJsonObject rest() const { return m_rest; }
    QString error() const { return m_error; }
    /// Copies the first error into *error when the caller asked for it.
    void reportTo(QString *error) const;

    static QString typeName(const QJsonValue &value);
    static std::optional<QStringList> toStringList(const QJsonValue &value);
    static QDateTime fromEpochSeconds(qint64 seconds);
    static QDateTime fromEpochMillis(qint64 millis);

    // Writers for toJson(). A modeled value never replaces something raw kept for the same key
    // unless it actually holds a value, so a field we could not parse is re-emitted untouched.
    static void put(QJsonObject &out, const QString &key, const QString &value, bool evenIfEmpty);
    static void put(QJsonObject &out, const QString &key, const std::optional<QString> &value);
    static void put(QJsonObject &out, const QString &key, const std::optional<qint64> &value);
    static void put(QJsonObject &out, const QString &key, const std::optional<bool> &value);
    static void putEpochSeconds(QJsonObject &out, const QString &key, const QDateTime &value);
    static QJsonArray toJsonArray(const QStringList &list);

private:
    bool fail(const QString &message);

    QJsonObject m_rest;
    QString m_type;
    QString m_error;
};

} // namespace airdesk::domain

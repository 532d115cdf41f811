#include "SchemaKeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace airdesk::gui::SchemaKeys {

QString type(const QJsonObject &schema)
{
    const QJsonValue t = schema.value(u"type"_s);
    if (t.isString())
        return t.toString();
    if (t.isArray()) {
        for (const QJsonValue &entry : t.toArray())
            if (entry.isString() && entry.toString() != u"null"_s)
                return entry.toString();
    }
    if (schema.contains(u"properties"_s) || schema.contains(u"oneOf"_s))
        return u"object"_s;
    if (schema.contains(u"items"_s))
        return u"array"_s;
    if (const QJsonArray e = schema.value(u"enum"_s).toArray(); !e.isEmpty()) {
        if (e.first().isBool())
            return u"boolean"_s;
        if (e.first().isDouble())
            return u"number"_s;
    }
    return u"string"_s;
}

QString title(const QJsonObject &schema, const QString &key)
{
    const QString t = schema.value(u"title"_s).toString().trimmed();
    return t.isEmpty() ? key : t;
}

bool isSecret(const QJsonObject &schema)
{
    return schema.value(u"airbyte_secret"_s).toBool();
}

bool isHidden(const QJsonObject &schema)
{
    return schema.value(u"airbyte_hidden"_s).toBool();
}

bool isReadOnly(const QJsonObject &schema)
{
    return schema.value(u"readOnly"_s).toBool();
}

QJsonValue constValue(const QJsonObject &schema)
{
    if (schema.contains(u"const"_s))
        return schema.value(u"const"_s);
    const QJsonArray e = schema.value(u"enum"_s).toArray();
    if (e.size() == 1 && schema.contains(u"default"_s) && schema.value(u"default"_s) == e.first())
        return e.first();
    return QJsonValue(QJsonValue::Undefined);
}

QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString placeholder(const QJsonObject &schema)
{
    const QJsonValue examples = schema.value(u"examples"_s);
    if (examples.isArray() && !examples.toArray().isEmpty()) {
        const QJsonValue first = examples.toArray().first();
        if (!first.isArray())
            return displayText(first);
        QStringList items; // an example list for an array field reads better as "a, b"
        for (const QJsonValue &item : first.toArray())
            items.append(displayText(item));
        return items.join(u", "_s);
    }
    if (!examples.isUndefined() && !examples.isArray())
        return displayText(examples);
    if (schema.contains(u"example"_s)) // misspelt in a few real specs; harmless to honour
        return displayText(schema.value(u"example"_s));
    return {};
}

QString discriminator(const QJsonArray &options)
{
    QSet<QString> common;
    bool first = true;
    for (const QJsonValue &option : options) {
        QSet<QString> keys;
        const QJsonObject properties = option.toObject().value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (!constValue(it->toObject()).isUndefined())
                keys.insert(it.key());
        common = first ? keys : common.intersect(keys);
        first = false;
    }
    if (common.isEmpty())
        return {};
    QStringList sorted(common.begin(), common.end());
    sorted.sort();
    return sorted.first();
}

QString formatProblem(const QString &format, const QString &text)
{
    if (text.isEmpty())
        return {};
    if (format == u"date") {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
            return QCoreApplication::translate("SchemaKeys", "Enter a date as YYYY-MM-DD.");
    } else if (format == u"date-time") {
        if (!QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            return QCoreApplication::translate("SchemaKeys", "Enter a date and time as YYYY-MM-DDTHH:mm:ssZ.");
    } else if (format == u"email") {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (!email.match(text).hasMatch())
            return QCoreApplication::translate("SchemaKeys", "Enter an e-mail address.");
    } else if (format == u"uri") {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return QCoreApplication::translate("SchemaKeys", "Enter an absolute URI such as https://example.com.");
    }
    return {};
}

QString childPath(const QString &parent, const QString &key)
{
    return QString(parent + u'.' + key);
}

bool isUnder(const QString &path, const QString &base)
{
    if (!path.startsWith(base))
        return false;
    if (path.size() == base.size())
        return true;
    const QChar next = path.at(base.size());
    return next == u'.' || next == u'[';
}

} // namespace airdesk::gui::SchemaKeys

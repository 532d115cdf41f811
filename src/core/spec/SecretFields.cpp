#include "core/spec/SecretFields.h"

#include "core/spec/ConfigValidator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::spec::SecretFields {

namespace {

enum class Mode { Mask, Restore, Collect, Remove };

// Always dotted, even for names like "x-ck-app": that is how the server's (legacy-path)
// networknt messages spell them, and matching them lets users search one text.
QString childPath(const QString &parent, const QString &name)
{
    return parent % u'.' % name;
}

/// Walks schema and config side by side; one walk serves all four operations so they can
/// never disagree about where the secrets are.
class SecretWalker
{
public:
    SecretWalker(const QJsonObject &root, Mode mode) : m_root(root), m_mode(mode) {}

    QJsonValue apply(const QJsonValue &schemaValue, const QJsonValue &value,
                     const QJsonValue &stored, const QString &path, int depth);

    QStringList m_paths;

private:
    QJsonObject resolved(const QJsonValue &schemaValue) const;
    QJsonValue secret(const QJsonValue &value, const QJsonValue &stored, const QString &path);

    const QJsonObject &m_root;
    Mode m_mode;
};

QJsonObject SecretWalker::resolved(const QJsonValue &schemaValue) const
{
    QJsonObject s = schemaValue.toObject();
    for (int hop = 0; hop < 8 && s.value(u"$ref").isString(); ++hop)
        s = ConfigValidator::resolveRef(m_root, s.value(u"$ref").toString()).value_or(QJsonObject());
    return s;
}

QJsonValue SecretWalker::secret(const QJsonValue &value, const QJsonValue &stored,
                                const QString &path)
{
    // null and absent carry no secret; masking them would turn "unset" into a fake value.
    if (value.isNull() || value.isUndefined())
        return value;
    m_paths.append(path);
    switch (m_mode) {
    case Mode::Mask:
        return mask();
    case Mode::Restore:
        if (value == QJsonValue(mask()) && !stored.isUndefined() && !stored.isNull())
            return stored;
        return value;
    case Mode::Remove:
        return QJsonValue(QJsonValue::Undefined); // the caller drops the key or the item
    case Mode::Collect:
        break;
    }
    return value;
}

QJsonValue SecretWalker::apply(const QJsonValue &schemaValue, const QJsonValue &value,
                               const QJsonValue &stored, const QString &path, int depth)
{
    if (depth > ConfigValidator::MaxDepth || !schemaValue.isObject())
        return value;
    const QJsonObject s = resolved(schemaValue);
    QJsonValue result = value;

    for (const QString &keyword : {u"allOf"_s, u"anyOf"_s, u"oneOf"_s}) {
        for (const QJsonValue &branch : s.value(keyword).toArray())
            result = apply(branch, result, stored, path, depth + 1);
    }

    if (result.isObject()) {
        QJsonObject object = result.toObject();
        const QJsonObject storedObject = stored.toObject();
        const QJsonObject properties = s.value(u"properties").toObject();
        for (auto p = properties.constBegin(); p != properties.constEnd(); ++p) {
            if (!object.contains(p.key()))
                continue;
            const QJsonObject propertySchema = resolved(p.value());
            const QString child = childPath(path, p.key());
            const QJsonValue current = object.value(p.key());
            const QJsonValue next = propertySchema.value(u"airbyte_secret").toBool()
                ? secret(current, storedObject.value(p.key()), child)
                : apply(propertySchema, current, storedObject.value(p.key()), child, depth + 1);
            if (next.isUndefined())
                object.remove(p.key());
            else if (next != current)
                object.insert(p.key(), next);
        }
        result = object;
    } else if (result.isArray() && s.value(u"items").isObject()) {
        const QJsonArray array = result.toArray();
        const QJsonArray storedArray = stored.toArray();
        const QJsonValue items = s.value(u"items");
        QJsonArray out;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString child = path % u'[' % QString::number(i) % u']';
            const QJsonObject itemSchema = resolved(items);
            const QJsonValue next = itemSchema.value(u"airbyte_secret").toBool()
                ? secret(array.at(i), storedArray.at(i), child)
                : apply(itemSchema, array.at(i), storedArray.at(i), child, depth + 1);
            if (!next.isUndefined()) // removed secrets leave no hole
                out.append(next);
        }
        result = out;
    }
    return result;
}

QJsonObject run(const QJsonObject &schema, const QJsonObject &config, const QJsonObject &stored,
                Mode mode, QStringList *paths = nullptr)
{
    SecretWalker walker(schema, mode);
    const QJsonObject result = walker.apply(schema, config, stored, u"$"_s, 0).toObject();
    if (paths) {
        // oneOf branches sharing a secret field name report it once each; keep one.
        walker.m_paths.removeDuplicates();
        *paths = walker.m_paths;
    }
    return result;
}

} // namespace

QString mask()
{
    return u"**********"_s;
}

QJsonObject maskSecrets(const QJsonObject &schema, const QJsonObject &config)
{
    return run(schema, config, {}, Mode::Mask);
}

QJsonObject restoreMaskedSecrets(const QJsonObject &schema, const QJsonObject &incoming,
                                 const QJsonObject &stored)
{
    return run(schema, incoming, stored, Mode::Restore);
}

QJsonObject removeSecrets(const QJsonObject &schema, const QJsonObject &config)
{
    return run(schema, config, {}, Mode::Remove);
}

QStringList secretPaths(const QJsonObject &schema, const QJsonObject &config)
{
    QStringList paths;
    run(schema, config, {}, Mode::Collect, &paths);
    return paths;
}

} // namespace airdesk::spec::SecretFields

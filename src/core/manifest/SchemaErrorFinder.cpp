#include "SchemaErrorFinder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace airdesk::manifest {

namespace {

constexpr int kMaxDepth = 200;

// The (text, disambiguation, n) shape of QObject::tr, so lupdate files %n strings as plurals.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("airdesk::manifest::SchemaErrorFinder", text, disambiguation, n);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::trunc(d) == d ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    const QString actual = typeName(value);
    return actual == type || (type == u"number"_s && actual == u"integer"_s);
}

QStringList typeList(const QJsonValue &type)
{
    QStringList out;
    if (type.isString())
        out.append(type.toString());
    for (const QJsonValue &t : type.toArray())
        out.append(t.toString());
    return out;
}

// How a value is shown inside a message: text quoted, the rest as compact JSON.
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return u'\'' % value.toString() % u'\'';
    if (value.isObject() || value.isArray()) {
        const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.size() > 60 ? json.left(57) + "..." : json);
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString listOf(const QJsonArray &values)
{
    QStringList parts;
    for (const QJsonValue &v : values)
        parts.append(v.isString() ? v.toString() : shown(v));
    return parts.join(u", "_s);
}

qsizetype deepest(const QList<SchemaErrorFinder::Failure> &failures)
{
    qsizetype depth = -1;
    for (const auto &f : failures)
        depth = std::max(depth, f.path.depth());
    return depth;
}

} // namespace

SchemaErrorFinder::SchemaErrorFinder(const QJsonObject &rootSchema)
    : m_root(rootSchema)
    , m_definitions(rootSchema.value(u"definitions"_s).toObject())
{
}

QList<SchemaErrorFinder::Failure> SchemaErrorFinder::find(const QJsonValue &instance) const
{
    QList<Failure> failures = check(m_root, instance, ManifestPath(), 0);
    if (failures.size() > MaxFailures)
        failures.resize(MaxFailures);
    return failures;
}

QJsonObject SchemaErrorFinder::deref(QJsonObject schema) const
{
    // Draft 7: keywords beside $ref are ignored.
    for (int hops = 0; schema.contains(u"$ref"_s) && hops < 32; ++hops) {
        const QString ref = schema.value(u"$ref"_s).toString();
        if (ref == u"#"_s)
            schema = m_root;
        else if (ref.startsWith(u"#/definitions/"_s))
            schema = m_definitions.value(ref.mid(14)).toObject();
        else
            return {};
    }
    return schema;
}

QList<SchemaErrorFinder::Failure> SchemaErrorFinder::check(const QJsonObject &rawSchema, const QJsonValue &value,
                                                           const ManifestPath &path, int depth) const
{
    if (depth > kMaxDepth)
        return {};
    const QJsonObject schema = deref(rawSchema);
    const QStringList types = typeList(schema.value(u"type"_s));
    if (!types.isEmpty() && std::none_of(types.begin(), types.end(), [&](const QString &t) { return hasType(value, t); }))
        return {{path, tr("expected %1, found %2").arg(types.join(tr(" or ")), typeName(value))}};
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value))
        return {{path, tr("%1 is not one of: %2").arg(shown(value), listOf(schema.value(u"enum"_s).toArray()))}};
    if (schema.contains(u"const"_s) && schema.value(u"const"_s) != value)
        return {{path, tr("must be %1").arg(shown(schema.value(u"const"_s)))}};

    QList<Failure> failures;
    if (value.isObject())
        failures += checkObject(schema, value.toObject(), path, depth);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInteger())
            failures.append({path, tr("needs at least %n item(s)", nullptr, int(schema.value(u"minItems"_s).toInteger()))});
        if (schema.contains(u"maxItems"_s) && array.size() > schema.value(u"maxItems"_s).toInteger())
            failures.append({path, tr("allows at most %n item(s)", nullptr, int(schema.value(u"maxItems"_s).toInteger()))});
        if (schema.value(u"uniqueItems"_s).toBool()) {
            bool repeated = false;
            for (qsizetype i = 1; i < array.size() && !repeated; ++i) {
                for (qsizetype j = 0; j < i && !repeated; ++j) {
                    if (array.at(j) == array.at(i)) {
                        failures.append({path.index(i), tr("repeats an earlier item; items must be unique")});
                        repeated = true;
                    }
                }
            }
        }
        const QJsonValue items = schema.value(u"items"_s);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject itemSchema = items.isArray() ? items.toArray().at(i).toObject() : items.toObject();
            if (!itemSchema.isEmpty())
                failures += check(itemSchema, array.at(i), path.index(i), depth + 1);
        }
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (schema.contains(u"minimum"_s) && d < schema.value(u"minimum"_s).toDouble())
            failures.append({path, tr("must be at least %1").arg(shown(schema.value(u"minimum"_s)))});
        if (schema.contains(u"maximum"_s) && d > schema.value(u"maximum"_s).toDouble())
            failures.append({path, tr("must be at most %1").arg(shown(schema.value(u"maximum"_s)))});
    }
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInteger())
            failures.append({path, tr("needs at least %n character(s)", nullptr, int(schema.value(u"minLength"_s).toInteger()))});
        if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInteger())
            failures.append({path, tr("allows at most %n character(s)", nullptr, int(schema.value(u"maxLength"_s).toInteger()))});
    }
    for (const QJsonValue &part : schema.value(u"allOf"_s).toArray())
        failures += check(part.toObject(), value, path, depth + 1);
    for (const QString &keyword : {u"anyOf"_s, u"oneOf"_s}) {
        if (schema.value(keyword).isArray())
            failures += checkAlternatives(schema.value(keyword).toArray(), value, path, depth);
    }
    return failures;
}

QList<SchemaErrorFinder::Failure> SchemaErrorFinder::checkObject(const QJsonObject &schema, const QJsonObject &object,
                                                                 const ManifestPath &path, int depth) const
{
    QList<Failure> failures;
    for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
        if (!object.contains(name.toString()))
            failures.append({path, tr("missing required property '%1'").arg(name.toString())});
    }
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonValue additional = schema.value(u"additionalProperties"_s);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto property = properties.constFind(it.key());
        if (property != properties.constEnd())
            failures += check(property->toObject(), it.value(), path.key(it.key()), depth + 1);
        else if (additional.isBool() && !additional.toBool())
            failures.append({path.key(it.key()), tr("unknown property '%1'").arg(it.key())});
        else if (additional.isObject())
            failures += check(additional.toObject(), it.value(), path.key(it.key()), depth + 1);
    }
    return failures;
}

QList<SchemaErrorFinder::Failure> SchemaErrorFinder::checkAlternatives(const QJsonArray &branches,
                                                                       const QJsonValue &value,
                                                                       const ManifestPath &path, int depth) const
{
    // A component names its type: only the branches that allow that type can match.
    const QJsonValue componentType = value.toObject().value(u"type"_s);
    QList<QJsonObject> candidates;
    QJsonArray componentTypes;
    for (const QJsonValue &b : branches) {
        const QJsonObject branch = deref(b.toObject());
        const QJsonObject typeSchema = deref(branch.value(u"properties"_s).toObject().value(u"type"_s).toObject());
        const QJsonArray allowed = typeSchema.contains(u"const"_s) ? QJsonArray{typeSchema.value(u"const"_s)}
                                                                  : typeSchema.value(u"enum"_s).toArray();
        for (const QJsonValue &t : allowed)
            componentTypes.append(t);
        if (componentType.isString() && !allowed.isEmpty() && !allowed.contains(componentType))
            continue;
        candidates.append(branch);
    }
    if (candidates.isEmpty()) {
        return {{path, tr("unknown component type %1; expected one of: %2")
                           .arg(shown(componentType), listOf(componentTypes))}};
    }
    QList<Failure> best;
    qsizetype bestDepth = -2;
    for (const QJsonObject &branch : std::as_const(candidates)) {
        QList<Failure> failures = check(branch, value, path, depth + 1);
        if (failures.isEmpty())
            return {};
        const qsizetype d = deepest(failures);
        if (d > bestDepth || (d == bestDepth && failures.size() < best.size())) {
            best = std::move(failures);
            bestDepth = d;
        }
    }
    if (candidates.size() == 1 || bestDepth > path.depth())
        return best;
    // Nothing got past this node: say what would have been accepted.
    QStringList forms;
    bool onlyTypes = true;
    for (const QJsonObject &branch : std::as_const(candidates)) {
        const QString form = describe(branch);
        const QStringList types = typeList(branch.value(u"type"_s));
        onlyTypes = onlyTypes && !types.isEmpty()
                    && std::none_of(types.begin(), types.end(), [&](const QString &t) { return hasType(value, t); });
        if (!forms.contains(form))
            forms.append(form);
    }
    if (onlyTypes) // e.g. a string or a list of strings, and neither was given
        return {{path, tr("expected %1, found %2").arg(forms.join(tr(" or ")), typeName(value))}};
    return {{path, tr("matches none of the allowed forms: %1").arg(forms.join(u"; "_s))}};
}

QString SchemaErrorFinder::describe(const QJsonObject &branch) const
{
    const QJsonObject typeSchema = deref(branch.value(u"properties"_s).toObject().value(u"type"_s).toObject());
    if (typeSchema.value(u"enum"_s).isArray())
        return tr("a %1 component").arg(listOf(typeSchema.value(u"enum"_s).toArray()));
    if (branch.contains(u"type"_s))
        return typeList(branch.value(u"type"_s)).join(tr(" or "));
    if (branch.value(u"required"_s).isArray()) {
        QStringList names;
        for (const QJsonValue &n : branch.value(u"required"_s).toArray())
            names.append(u'\'' % n.toString() % u'\'');
        return tr("an object with %1").arg(names.join(u", "_s));
    }
    if (branch.contains(u"enum"_s))
        return tr("one of %1").arg(listOf(branch.value(u"enum"_s).toArray()));
    return branch.value(u"title"_s).toString(tr("another form"));
}

} // namespace airdesk::manifest

#include "core/spec/ConfigValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace airdesk::spec {

namespace {

// Upper bound on schema nodes visited for one config: nested oneOf options multiply the work,
// and a crafted spec could otherwise keep us busy for hours.
constexpr int WorkBudget = 200000;
constexpr qsizetype PatternCacheLimit = 4096;

// Always dotted, even for names like "x-ck-app": that is how the server's (legacy-path)
// networknt messages spell them, and matching them lets users search one text.
QString childPath(const QString &parent, const QString &name)
{
    return parent % u'.' % name;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent % u'[' % QString::number(index) % u']';
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

QString formatNumber(double d)
{
    if (isIntegral(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// How networknt prints a node inside a message: text for scalars, compact JSON otherwise.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return formatNumber(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return isIntegral(v.toDouble()) ? u"integer"_s : u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return u"null"_s;
}

bool matchesType(const QJsonValue &v, const QString &type)
{
    if (type == u"integer")
        return v.isDouble() && isIntegral(v.toDouble());
    if (type == u"number")
        return v.isDouble();
    if (type == u"any")
        return true;
    return typeName(v) == type;
}

// A canonical text for equality: QJsonObject keeps keys sorted, so equal values print equally.
QString canonical(const QJsonValue &v)
{
    QJsonArray wrapper{v};
    return QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
}

QString enumText(const QJsonArray &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const QJsonValue &v : values)
        parts.append(valueText(v));
    return u'[' % parts.join(u", "_s) % u']';
}

/// The recursive walk; one instance per validate() call, so the work budget is per config.
class Walker
{
public:
    explicit Walker(const QJsonObject &root) : m_root(root) {}

    void visit(const QJsonValue &schemaValue, const QJsonValue &value, const QString &path,
               int depth, QList<ValidationIssue> &out);

private:
    void add(QList<ValidationIssue> &out, const QString &path, const QString &text)
    {
        out.append({path, path % u": "_s % text});
    }
    void checkType(const QJsonObject &s, const QJsonValue &v, const QString &path,
                   QList<ValidationIssue> &out);
    void checkString(const QJsonObject &s, const QString &str, const QString &path,
                     QList<ValidationIssue> &out);
    void checkNumber(const QJsonObject &s, double d, const QString &path,
                     QList<ValidationIssue> &out);
    void checkObject(const QJsonObject &s, const QJsonObject &o, const QString &path, int depth,
                     QList<ValidationIssue> &out);
    void checkArray(const QJsonObject &s, const QJsonArray &a, const QString &path, int depth,
                    QList<ValidationIssue> &out);
    void checkOneOf(const QJsonArray &options, const QJsonValue &v, const QString &path,
                    int depth, QList<ValidationIssue> &out);
    void checkAnyOf(const QJsonArray &options, const QJsonValue &v, const QString &path,
                    int depth, QList<ValidationIssue> &out);
    QJsonObject resolved(const QJsonValue &schemaValue) const;

public:
    [[nodiscard]] bool exhausted() const { return m_budget < 0; }

private:
    const QJsonObject &m_root;
    int m_budget = WorkBudget;
};

QJsonObject Walker::resolved(const QJsonValue &schemaValue) const
{
    QJsonObject s = schemaValue.toObject();
    // A few hops are enough for definitions that alias each other; cycles just stop here.
    for (int hop = 0; hop < 8 && s.value(u"$ref").isString(); ++hop)
        s = ConfigValidator::resolveRef(m_root, s.value(u"$ref").toString()).value_or(QJsonObject());
    return s;
}

void Walker::visit(const QJsonValue &schemaValue, const QJsonValue &value, const QString &path,
                   int depth, QList<ValidationIssue> &out)
{
    if (depth > ConfigValidator::MaxDepth) {
        add(out, path, u"schema nesting exceeds the maximum depth of %1, validation stopped"_s
                           .arg(ConfigValidator::MaxDepth));
        return;
    }
    if (--m_budget < 0)
        return; // validate() reports it once, at the root

    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            add(out, path, u"is not allowed by a false schema"_s);
        return;
    }
    if (!schemaValue.isObject())
        return;
    const QJsonObject s = schemaValue.toObject();

    // Draft 7: a $ref replaces its siblings. An unresolvable reference validates nothing.
    if (const QJsonValue ref = s.value(u"$ref"); ref.isString()) {
        if (const auto target = ConfigValidator::resolveRef(m_root, ref.toString()))
            visit(*target, value, path, depth + 1, out);
        return;
    }

    checkType(s, value, path, out);

    if (const QJsonValue e = s.value(u"enum"); e.isArray()) {
        const QJsonArray values = e.toArray();
        if (!values.contains(value))
            add(out, path, u"does not have a value in the enumeration "_s % enumText(values));
    }
    if (s.contains(u"const") && s.value(u"const") != value)
        add(out, path, u"must be a constant value "_s % valueText(s.value(u"const")));

    if (value.isString())
        checkString(s, value.toString(), path, out);
    else if (value.isDouble())
        checkNumber(s, value.toDouble(), path, out);
    else if (value.isObject())
        checkObject(s, value.toObject(), path, depth, out);
    else if (value.isArray())
        checkArray(s, value.toArray(), path, depth, out);

    if (const QJsonValue all = s.value(u"allOf"); all.isArray()) {
        for (const QJsonValue &sub : all.toArray())
            visit(sub, value, path, depth + 1, out);
    }
    if (const QJsonValue any = s.value(u"anyOf"); any.isArray())
        checkAnyOf(any.toArray(), value, path, depth, out);
    if (const QJsonValue one = s.value(u"oneOf"); one.isArray())
        checkOneOf(one.toArray(), value, path, depth, out);
}

void Walker::checkType(const QJsonObject &s, const QJsonValue &v, const QString &path,
                       QList<ValidationIssue> &out)
{
    const QJsonValue type = s.value(u"type");
    if (type.isString()) {
        if (!matchesType(v, type.toString()))
            add(out, path, typeName(v) % u" found, "_s % type.toString() % u" expected"_s);
    } else if (type.isArray()) {
        const QJsonArray types = type.toArray();
        if (types.isEmpty())
            return;
        QStringList names;
        for (const QJsonValue &t : types) {
            if (matchesType(v, t.toString()))
                return;
            names.append(t.toString());
        }
        add(out, path,
            typeName(v) % u" found, ["_s % names.join(u", "_s) % u"] expected"_s);
    }
}

void Walker::checkString(const QJsonObject &s, const QString &str, const QString &path,
                         QList<ValidationIssue> &out)
{
    // networknt counts code points, not UTF-16 units.
    const auto length = str.toUcs4().size();
    if (const QJsonValue min = s.value(u"minLength"); min.isDouble() && length < min.toDouble())
        add(out, path, u"must be at least %1 characters long"_s.arg(formatNumber(min.toDouble())));
    if (const QJsonValue max = s.value(u"maxLength"); max.isDouble() && length > max.toDouble())
        add(out, path, u"may only be %1 characters long"_s.arg(formatNumber(max.toDouble())));
    if (const QJsonValue pattern = s.value(u"pattern"); pattern.isString()) {
        const auto re = ConfigValidator::compiledPattern(pattern.toString());
        if (re && !re->match(str).hasMatch())
            add(out, path, u"does not match the regex pattern "_s % pattern.toString());
    }
}

void Walker::checkNumber(const QJsonObject &s, double d, const QString &path,
                         QList<ValidationIssue> &out)
{
    const QJsonValue min = s.value(u"minimum");
    const QJsonValue max = s.value(u"maximum");
    const QJsonValue exMin = s.value(u"exclusiveMinimum");
    const QJsonValue exMax = s.value(u"exclusiveMaximum");
    // Draft 4 spelled exclusiveness as a boolean next to minimum/maximum; some specs still do.
    const bool minExclusive = exMin.isBool() && exMin.toBool();
    const bool maxExclusive = exMax.isBool() && exMax.toBool();
    if (min.isDouble()) {
        const double m = min.toDouble();
        if (minExclusive ? d <= m : d < m)
            add(out, path, (minExclusive ? u"must have an exclusive minimum value of "_s
                                         : u"must have a minimum value of "_s) % formatNumber(m));
    }
    if (max.isDouble()) {
        const double m = max.toDouble();
        if (maxExclusive ? d >= m : d > m)
            add(out, path, (maxExclusive ? u"must have an exclusive maximum value of "_s
                                         : u"must have a maximum value of "_s) % formatNumber(m));
    }
    if (exMin.isDouble() && d <= exMin.toDouble())
        add(out, path, u"must have an exclusive minimum value of "_s % formatNumber(exMin.toDouble()));
    if (exMax.isDouble() && d >= exMax.toDouble())
        add(out, path, u"must have an exclusive maximum value of "_s % formatNumber(exMax.toDouble()));
}

void Walker::checkObject(const QJsonObject &s, const QJsonObject &o, const QString &path,
                         int depth, QList<ValidationIssue> &out)
{
    if (const QJsonValue required = s.value(u"required"); required.isArray()) {
        QSet<QString> reported; // real specs list a name twice now and then
        for (const QJsonValue &name : required.toArray()) {
            if (name.isString() && !o.contains(name.toString())
                && !reported.contains(name.toString())) {
                reported.insert(name.toString());
                const QString missing = childPath(path, name.toString());
                out.append({missing, missing % u": is missing but it is required"_s});
            }
        }
    }
    const QJsonObject properties = s.value(u"properties").toObject();
    const QJsonObject patternProperties = s.value(u"patternProperties").toObject();
    const QJsonValue additional = s.value(u"additionalProperties");
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString child = childPath(path, it.key());
        bool described = false;
        if (const auto p = properties.constFind(it.key()); p != properties.constEnd()) {
            described = true;
            visit(*p, it.value(), child, depth + 1, out);
        }
        for (auto pp = patternProperties.constBegin(); pp != patternProperties.constEnd(); ++pp) {
            const auto re = ConfigValidator::compiledPattern(pp.key());
            if (re && re->match(it.key()).hasMatch()) {
                described = true;
                visit(pp.value(), it.value(), child, depth + 1, out);
            }
        }
        if (described)
            continue;
        if (additional.isBool() && !additional.toBool()) {
            out.append({child, child % u": is not defined in the schema and the schema does not "
                                       "allow additional properties"_s});
        } else if (additional.isObject()) {
            visit(additional, it.value(), child, depth + 1, out);
        }
    }
}

void Walker::checkArray(const QJsonObject &s, const QJsonArray &a, const QString &path,
                        int depth, QList<ValidationIssue> &out)
{
    const QJsonValue minItems = s.value(u"minItems");
    if (minItems.isDouble() && a.size() < minItems.toDouble())
        add(out, path, u"there must be a minimum of %1 items in the array"_s
                           .arg(formatNumber(minItems.toDouble())));
    const QJsonValue maxItems = s.value(u"maxItems");
    if (maxItems.isDouble() && a.size() > maxItems.toDouble())
        add(out, path, u"there must be a maximum of %1 items in the array"_s
                           .arg(formatNumber(maxItems.toDouble())));
    if (s.value(u"uniqueItems").toBool()) {
        QSet<QString> seen;
        for (const QJsonValue &item : a) {
            const QString key = canonical(item);
            if (seen.contains(key)) {
                add(out, path, u"the items in the array must be unique"_s);
                break;
            }
            seen.insert(key);
        }
    }
    const QJsonValue items = s.value(u"items");
    if (items.isObject() || items.isBool()) {
        for (qsizetype i = 0; i < a.size(); ++i)
            visit(items, a.at(i), indexPath(path, i), depth + 1, out);
    } else if (items.isArray()) {
        const QJsonArray tuple = items.toArray();
        for (qsizetype i = 0; i < a.size() && i < tuple.size(); ++i)
            visit(tuple.at(i), a.at(i), indexPath(path, i), depth + 1, out);
    }
}

void Walker::checkAnyOf(const QJsonArray &options, const QJsonValue &v, const QString &path,
                        int depth, QList<ValidationIssue> &out)
{
    for (const QJsonValue &option : options) {
        QList<ValidationIssue> trial;
        visit(option, v, path, depth + 1, trial);
        if (trial.isEmpty())
            return;
    }
    add(out, path, u"should be valid to any of the schemas"_s);
}

void Walker::checkOneOf(const QJsonArray &options, const QJsonValue &v, const QString &path,
                        int depth, QList<ValidationIssue> &out)
{
    if (options.isEmpty())
        return;
    QList<QList<ValidationIssue>> results;
    int valid = 0;
    for (const QJsonValue &option : options) {
        QList<ValidationIssue> trial;
        visit(option, v, path, depth + 1, trial);
        valid += trial.isEmpty() ? 1 : 0;
        results.append(trial);
    }
    if (valid == 1)
        return;
    if (valid > 1) {
        add(out, path, u"should be valid to one and only one schema, but %1 are valid"_s.arg(valid));
        return;
    }

    // None matched. Airbyte options carry a `const` discriminator (tunnel_method, auth_type...);
    // the option the user picked is the one whose const the value carries, and its own errors
    // are what a person needs to see, not the noise of every other option.
    const QJsonObject object = v.toObject();
    QString commonKey;
    QJsonArray commonValues;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonObject props = resolved(options.at(i)).value(u"properties").toObject();
        for (auto p = props.constBegin(); p != props.constEnd(); ++p) {
            const QJsonObject ps = resolved(p.value());
            if (!ps.contains(u"const"))
                continue;
            if (v.isObject() && object.value(p.key()) == ps.value(u"const")) {
                out.append(results.at(i));
                return;
            }
            if (i == 0 && commonKey.isEmpty())
                commonKey = p.key();
            if (p.key() == commonKey)
                commonValues.append(ps.value(u"const"));
        }
    }
    if (v.isObject() && !commonKey.isEmpty() && commonValues.size() == options.size()) {
        const QString child = childPath(path, commonKey);
        if (!object.contains(commonKey))
            out.append({child, child % u": is missing but it is required"_s});
        else
            out.append({child, child % u": does not have a value in the enumeration "_s
                                   % enumText(commonValues)});
        return;
    }
    add(out, path, u"should be valid to one and only one schema, but 0 are valid"_s);
    // Without a discriminator, the closest option explains the failure best.
    qsizetype best = 0;
    for (qsizetype i = 1; i < results.size(); ++i) {
        if (results.at(i).size() < results.at(best).size())
            best = i;
    }
    out.append(results.at(best));
}

} // namespace

ConfigValidator::ConfigValidator(QJsonObject schema) : m_schema(std::move(schema)) {}

QList<ValidationIssue> ConfigValidator::validate(const QJsonValue &config) const
{
    return validate(m_schema, config);
}

QList<ValidationIssue> ConfigValidator::validate(const QJsonObject &schema, const QJsonValue &config)
{
    QList<ValidationIssue> issues;
    Walker walker(schema);
    walker.visit(schema, config, u"$"_s, 0, issues);
    // Past the budget every further check passed vacuously, so the verdict is not trustworthy.
    if (walker.exhausted())
        issues.append({u"$"_s, u"$: schema is too complex, validation stopped"_s});
    return issues;
}

QString ConfigValidator::summary(const QList<ValidationIssue> &issues)
{
    QStringList messages;
    messages.reserve(issues.size());
    for (const ValidationIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(u", "_s);
}

std::optional<QJsonObject> ConfigValidator::resolveRef(const QJsonObject &root, const QString &ref)
{
    if (ref == u"#")
        return root;
    if (!ref.startsWith(u"#/"))
        return std::nullopt; // remote references are never fetched
    QJsonValue node = root;
    const QStringList tokens = ref.mid(2).split(u'/');
    for (QString token : tokens) {
        // JSON Pointer escapes (RFC 6901), in this order.
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (node.isObject()) {
            node = node.toObject().value(token);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            node = ok ? node.toArray().at(index) : QJsonValue(QJsonValue::Undefined);
        } else {
            return std::nullopt;
        }
    }
    if (!node.isObject())
        return std::nullopt;
    return node.toObject();
}

std::optional<QRegularExpression> ConfigValidator::compiledPattern(const QString &pattern)
{
    static QMutex mutex;
    static QHash<QString, std::optional<QRegularExpression>> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(pattern); it != cache.constEnd())
        return *it;
    if (cache.size() >= PatternCacheLimit)
        cache.clear(); // crude, but a form never uses anywhere near this many patterns
    QRegularExpression re(pattern);
    std::optional<QRegularExpression> entry;
    if (re.isValid()) {
        re.optimize();
        entry = re;
    }
    cache.insert(pattern, entry);
    return entry;
}

} // namespace airdesk::spec

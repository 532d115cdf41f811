#include "ManifestReferences.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace airdesk::manifest::ManifestReferences {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::manifest::ManifestReferences", text);
}

bool isReference(const QJsonValue &value)
{
    return value.isString() && value.toString().startsWith(u"#/"_s);
}

/// One resolution pass; successful resolutions are remembered, since a reference that resolved
/// once without a cycle resolves the same way from anywhere.
class Resolver
{
public:
    Resolver(const QJsonObject &root, QList<Problem> *issues)
        : m_root(root)
        , m_issues(issues)
    {
    }

    QJsonValue evaluate(const QJsonValue &node)
    {
        return changed(node).value_or(node);
    }

private:
    // The resolved value, or nullopt when it is the node unchanged: most of a large manifest
    // (inline schemas, texts) holds no reference and is neither copied nor rebuilt.
    std::optional<QJsonValue> changed(const QJsonValue &node)
    {
        if (node.isObject())
            return changedObject(node.toObject());
        if (node.isArray()) {
            const QJsonArray array = node.toArray();
            std::optional<QJsonArray> out;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue item = array.at(i);
                if (!(item.isObject() || item.isArray() || isReference(item)))
                    continue;
                m_steps.append(QJsonValue(static_cast<qint64>(i)));
                auto value = changed(item);
                m_steps.removeLast();
                if (value) {
                    if (!out)
                        out = array;
                    (*out)[i] = *value;
                }
            }
            return out ? std::optional<QJsonValue>(*out) : std::nullopt;
        }
        if (isReference(node))
            return follow(node.toString());
        return std::nullopt;
    }

    std::optional<QJsonValue> changedObject(const QJsonObject &object)
    {
        std::optional<QJsonObject> out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() == u"config_overrides"_s || it.key() == u"$ref"_s)
                continue; // config_overrides is copied as written (the CDK resolves nothing there)
            const QJsonValue value = it.value();
            if (!(value.isObject() || value.isArray() || isReference(value)))
                continue;
            m_steps.append(QJsonValue(it.key()));
            auto resolved = changed(value);
            m_steps.removeLast();
            if (resolved) {
                if (!out)
                    out = object;
                out->insert(it.key(), *resolved);
            }
        }
        const auto ref = object.constFind(u"$ref"_s);
        if (ref == object.constEnd())
            return out ? std::optional<QJsonValue>(*out) : std::nullopt;
        QJsonObject own = out ? *out : object;
        own.remove(u"$ref"_s);
        m_steps.append(QJsonValue(u"$ref"_s));
        const QJsonValue target = evaluate(ref.value());
        m_steps.removeLast();
        if (!target.isObject())
            return target;
        QJsonObject merged = target.toObject();
        for (auto it = own.constBegin(); it != own.constEnd(); ++it)
            merged.insert(it.key(), it.value()); // the node's own keys win
        return merged;
    }

    QJsonValue follow(const QString &reference)
    {
        if (const auto cached = m_done.constFind(reference); cached != m_done.constEnd())
            return *cached;
        if (m_visiting.contains(reference)) {
            const QString chain = m_chain.mid(m_chain.indexOf(reference)).join(u" -> "_s);
            report(tr("circular reference '%1' (%2 -> %1)").arg(reference, chain));
            return reference;
        }
        const auto target = lookup(m_root, reference);
        if (!target) {
            report(tr("undefined reference '%1'").arg(reference));
            return reference;
        }
        const qsizetype before = m_issues->size();
        m_visiting.insert(reference);
        m_chain.append(reference);
        const QList<QJsonValue> outer = std::exchange(m_steps, target->path.steps());
        const QJsonValue value = evaluate(target->value);
        m_steps = outer;
        m_chain.removeLast();
        m_visiting.remove(reference);
        if (m_issues->size() == before)
            m_done.insert(reference, value);
        return value;
    }

    // A reference reached along several routes is reported once per place.
    void report(const QString &message)
    {
        ManifestPath path;
        for (const QJsonValue &step : std::as_const(m_steps))
            path = step.isString() ? path.key(step.toString()) : path.index(step.toInteger());
        const QString key = path.toString() % u'\n' % message;
        if (m_reported.contains(key))
            return;
        m_reported.insert(key);
        m_issues->append({path, message});
    }

    const QJsonObject &m_root;
    QList<Problem> *m_issues;
    QSet<QString> m_reported;
    QList<QJsonValue> m_steps; // where the walk is, kept as a stack (paths are only built for problems)
    QSet<QString> m_visiting;
    QStringList m_chain;
    QHash<QString, QJsonValue> m_done;
};

std::optional<qint64> indexStep(const QString &head)
{
    bool ok = false;
    const qint64 i = head.toLongLong(&ok);
    return ok ? std::optional<qint64>(i) : std::nullopt;
}

} // namespace

std::optional<Target> lookup(const QJsonObject &manifest, const QString &reference)
{
    if (!reference.startsWith(u"#/"_s))
        return std::nullopt;
    QString rest = reference.mid(2);
    QJsonValue node = manifest;
    ManifestPath path;
    while (!rest.isEmpty()) {
        if (node.isObject() && node.toObject().contains(rest))
            return Target{node.toObject().value(rest), path.key(rest)};
        const qsizetype slash = rest.indexOf(u'/');
        const QString head = slash < 0 ? rest : rest.left(slash);
        rest = slash < 0 ? QString() : rest.mid(slash + 1);
        const auto index = indexStep(head);
        if (index && node.isArray()) {
            const QJsonArray array = node.toArray();
            const qint64 i = *index < 0 ? array.size() + *index : *index; // Python's negative index
            if (i < 0 || i >= array.size())
                return std::nullopt;
            node = array.at(i);
            path = path.index(i);
        } else if (!index && node.isObject() && node.toObject().contains(head)) {
            node = node.toObject().value(head);
            path = path.key(head);
        } else {
            return std::nullopt;
        }
    }
    return Target{node, path};
}

QJsonObject resolve(const QJsonObject &manifest, QList<Problem> *issues)
{
    Resolver resolver(manifest, issues);
    return resolver.evaluate(manifest).toObject();
}

ManifestPath origin(const QJsonObject &manifest, const ManifestPath &resolvedPath)
{
    QJsonValue node = manifest;
    ManifestPath at;
    int hops = 0;
    auto jump = [&](const QString &reference) {
        const auto target = lookup(manifest, reference);
        if (!target || ++hops > 64)
            return false;
        node = target->value;
        at = target->path;
        return true;
    };
    for (const QJsonValue &step : resolvedPath.steps()) {
        bool moved = false;
        while (!moved) {
            if (isReference(node)) {
                if (!jump(node.toString()))
                    return at;
            } else if (step.isString() && node.isObject()) {
                const QJsonObject object = node.toObject();
                const QString key = step.toString();
                if (key != u"$ref"_s && object.contains(key)) {
                    node = object.value(key);
                    at = at.key(key);
                    moved = true;
                } else if (isReference(object.value(u"$ref"_s))) {
                    if (!jump(object.value(u"$ref"_s).toString()))
                        return at;
                } else {
                    return at;
                }
            } else if (!step.isString() && node.isArray() && step.toInteger() < node.toArray().size()) {
                node = node.toArray().at(step.toInteger());
                at = at.index(step.toInteger());
                moved = true;
            } else {
                return at;
            }
        }
    }
    // The value itself may be written elsewhere: point at it, not at the reference.
    while (isReference(node) && jump(node.toString())) {
    }
    return at;
}

} // namespace airdesk::manifest::ManifestReferences

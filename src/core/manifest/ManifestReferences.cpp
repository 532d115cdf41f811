#include "ManifestReferences.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

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

    QJsonValue evaluate(const QJsonValue &node, const ManifestPath &path)
    {
        if (node.isObject())
            return evaluateObject(node.toObject(), path);
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue item = array.at(i);
                if (item.isObject() || item.isArray() || isReference(item))
                    array[i] = evaluate(item, path.index(i));
            }
            return array;
        }
        if (isReference(node))
            return follow(node.toString(), path);
        return node;
    }

private:
    QJsonValue evaluateObject(QJsonObject object, const ManifestPath &path)
    {
        const QJsonValue ref = object.take(u"$ref"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"config_overrides"_s)
                continue; // copied as written (the CDK resolves nothing below it)
            const QJsonValue value = it.value();
            if (value.isObject() || value.isArray() || isReference(value))
                it.value() = evaluate(value, path.key(it.key()));
        }
        if (ref.isUndefined())
            return object;
        const QJsonValue target = evaluate(ref, path.key(u"$ref"_s));
        if (!target.isObject())
            return target;
        QJsonObject merged = target.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            merged.insert(it.key(), it.value()); // the node's own keys win
        return merged;
    }

    QJsonValue follow(const QString &reference, const ManifestPath &path)
    {
        if (const auto cached = m_done.constFind(reference); cached != m_done.constEnd())
            return *cached;
        if (m_visiting.contains(reference)) {
            const QString chain = m_chain.mid(m_chain.indexOf(reference)).join(u" -> "_s);
            report(path, tr("circular reference '%1' (%2 -> %1)").arg(reference, chain));
            return reference;
        }
        const auto target = lookup(m_root, reference);
        if (!target) {
            report(path, tr("undefined reference '%1'").arg(reference));
            return reference;
        }
        const qsizetype before = m_issues->size();
        m_visiting.insert(reference);
        m_chain.append(reference);
        const QJsonValue value = evaluate(target->value, target->path);
        m_chain.removeLast();
        m_visiting.remove(reference);
        if (m_issues->size() == before)
            m_done.insert(reference, value);
        return value;
    }

    // A reference reached along several routes is reported once per place.
    void report(const ManifestPath &path, const QString &message)
    {
        const QString key = path.toString() % u'\n' % message;
        if (m_reported.contains(key))
            return;
        m_reported.insert(key);
        m_issues->append({path, message});
    }

    const QJsonObject &m_root;
    QList<Problem> *m_issues;
    QSet<QString> m_reported;
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
    return resolver.evaluate(manifest, ManifestPath()).toObject();
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

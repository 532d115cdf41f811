#include "FaultInjector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

bool FaultInjector::Rule::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return pathPrefix.isEmpty() || path.startsWith(pathPrefix);
}

const QStringList &FaultInjector::kinds()
{
    static const QStringList all = {u"429"_s,     u"500"_s,       u"502"_s,       u"503"_s,
                                    u"504"_s,     u"timeout"_s,   u"reset"_s,     u"malformed"_s,
                                    u"truncated"_s, u"html"_s,    u"slow"_s};
    return all;
}

bool FaultInjector::parseSpec(const QString &spec, Rule *rule, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Rule parsed;
    const qsizetype at = spec.indexOf(u'@');
    parsed.kind = (at < 0 ? spec : spec.left(at)).trimmed();
    if (!kinds().contains(parsed.kind))
        return fail(u"Unknown fault kind \"%1\" (one of %2)"_s.arg(parsed.kind, kinds().join(u", "_s)));
    if (at >= 0) {
        const QString target = spec.mid(at + 1).trimmed();
        const qsizetype space = target.indexOf(u' ');
        const QString method = space < 0 ? QString() : target.left(space);
        parsed.pathPrefix = (space < 0 ? target : target.mid(space + 1)).trimmed();
        if (!method.isEmpty()) {
            static const QStringList methods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
            if (!methods.contains(method))
                return fail(u"Unknown HTTP method \"%1\" in fault \"%2\""_s.arg(method, spec));
            parsed.method = method.toLatin1();
        }
        if (!parsed.pathPrefix.startsWith(u'/'))
            return fail(u"The target of fault \"%1\" must be a URL path starting with /"_s.arg(spec));
    }
    *rule = parsed;
    return true;
}

FaultInjector::FaultInjector(const QHash<QString, double> &rates, quint32 seed)
    : m_rng(seed)
{
    for (auto it = rates.begin(); it != rates.end(); ++it) {
        Rule rule;
        if (it.value() > 0.0 && parseSpec(it.key(), &rule)) {
            rule.rate = it.value();
            m_rules.append(rule);
        }
    }
    // A stable order, so the same seed stages the same faults.
    std::sort(m_rules.begin(), m_rules.end(), [](const Rule &a, const Rule &b) {
        return std::tie(a.kind, a.method, a.pathPrefix) < std::tie(b.kind, b.method, b.pathPrefix);
    });
}

QString FaultInjector::next(const QByteArray &method, const QString &path)
{
    if (m_rules.isEmpty())
        return {};
    double roll = m_rng.generateDouble();
    for (const Rule &rule : std::as_const(m_rules)) {
        if (!rule.matches(method, path))
            continue;
        if (roll < rule.rate)
            return rule.kind;
        roll -= rule.rate;
    }
    return {};
}

} // namespace airdesk::sandbox

#pragma once

#include <QByteArray>
#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace airdesk::sandbox {

/// Decides, per request, whether to stage a fault (429, 5xx, timeout, reset, malformed or
/// truncated body, a wrong content type, a slow answer), from the configured rates and a seed
/// so that a failing test can be replayed.
///
/// A fault spec is a kind ("503") or a kind aimed at some requests: "503@POST /api/public/v1/sources"
/// stages it only for POSTs whose URL path starts with that prefix; "503@/api/v1" for any method.
class FaultInjector final
{
public:
    /// One parsed fault spec.
    struct Rule
    {
        QString kind;
        QByteArray method;  // empty: any method
        QString pathPrefix; // empty: any path (the full URL path, API prefix included)
        double rate = 0.0;
        bool matches(const QByteArray &requestMethod, const QString &path) const;
    };

    FaultInjector(const QHash<QString, double> &rates, quint32 seed);

    /// Every fault kind the sandbox can stage.
    static const QStringList &kinds();
    /// Parses "KIND" or "KIND@[METHOD ]PATH"; false (and `error` set) when it is not one.
    static bool parseSpec(const QString &spec, Rule *rule, QString *error = nullptr);

    /// The fault to stage for this request, or an empty string for none.
    QString next(const QByteArray &method, const QString &path);
    bool enabled() const { return !m_rules.isEmpty(); }

private:
    QList<Rule> m_rules;
    QRandomGenerator m_rng;
};

} // namespace airdesk::sandbox

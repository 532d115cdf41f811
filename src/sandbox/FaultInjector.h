#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace airdesk::sandbox {

/// Decides, per request, whether to stage a fault (429, 5xx, timeout, reset, malformed body),
/// from the configured rates and a seed so that a failing test can be replayed.
class FaultInjector final
{
public:
    FaultInjector(const QHash<QString, double> &rates, quint32 seed);

    /// The fault to stage for the next request, or an empty string for none.
    QString next();
    bool enabled() const { return !m_rates.isEmpty(); }

private:
    QList<QPair<QString, double>> m_rates;
    QRandomGenerator m_rng;
};

} // namespace airdesk::sandbox

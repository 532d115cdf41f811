#include "FaultInjector.h"

#include <algorithm>

namespace airdesk::sandbox {

FaultInjector::FaultInjector(const QHash<QString, double> &rates, quint32 seed)
    : m_rng(seed)
{
    for (auto it = rates.begin(); it != rates.end(); ++it)
        if (it.value() > 0.0)
            m_rates.append({it.key(), it.value()});
    // A stable order, so the same seed stages the same faults.
    std::sort(m_rates.begin(), m_rates.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

QString FaultInjector::next()
{
    if (m_rates.isEmpty())
        return {};
    double roll = m_rng.generateDouble();
    for (const auto &[kind, rate] : std::as_const(m_rates)) {
        if (roll < rate)
            return kind;
        roll -= rate;
    }
    return {};
}

} // namespace airdesk::sandbox

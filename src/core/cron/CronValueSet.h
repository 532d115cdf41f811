#pragma once

#include <algorithm>
#include <optional>
#include <vector>

namespace airdesk::cron {

/// Sorted set of field values, the counterpart of the TreeSet<Integer> each Quartz field keeps.
/// Quartz's marker values (98 = '?', 99 = '*') are stored as ordinary members on purpose: the
/// scheduling rules test for them ("does day-of-month contain '?'") exactly like Quartz does.
class CronValueSet
{
public:
    void add(int value)
    {
        const auto it = std::lower_bound(m_values.begin(), m_values.end(), value);
        if (it == m_values.end() || *it != value)
            m_values.insert(it, value);
    }
    bool contains(int value) const { return std::binary_search(m_values.begin(), m_values.end(), value); }
    bool isEmpty() const { return m_values.empty(); }
    int first() const { return m_values.front(); }
    int last() const { return m_values.back(); }
    /// TreeSet.tailSet(value).first(): the smallest member >= value, if any.
    std::optional<int> firstAtLeast(int value) const
    {
        const auto it = std::lower_bound(m_values.begin(), m_values.end(), value);
        if (it == m_values.end())
            return std::nullopt;
        return *it;
    }
    const std::vector<int> &values() const { return m_values; }

private:
    std::vector<int> m_values;
};

} // namespace airdesk::cron

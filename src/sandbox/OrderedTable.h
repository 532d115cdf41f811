#pragma once

#include <QHash>
#include <QList>

#include <vector>

namespace airdesk::sandbox {

/// A keyed table that keeps insertion order, so list endpoints page in a stable order
/// (the real server pages by creation time) while lookups by id stay O(1).
template <typename Key, typename T>
class OrderedTable final
{
public:
    T *find(const Key &key)
    {
        const auto it = m_rows.find(key);
        return it == m_rows.end() ? nullptr : &it.value();
    }
    const T *find(const Key &key) const
    {
        const auto it = m_rows.constFind(key);
        return it == m_rows.cend() ? nullptr : &it.value();
    }
    void insert(const Key &key, T value)
    {
        if (!m_rows.contains(key))
            m_order.append(key);
        m_rows.insert(key, std::move(value));
    }
    bool remove(const Key &key)
    {
        if (m_rows.remove(key) == 0)
            return false;
        m_order.removeOne(key);
        return true;
    }
    /// Rows in insertion order; pointers stay valid until the next insert or remove.
    std::vector<const T *> ordered() const
    {
        std::vector<const T *> out;
        out.reserve(static_cast<size_t>(m_order.size()));
        for (const Key &key : m_order)
            out.push_back(&m_rows.find(key).value());
        return out;
    }
    qsizetype size() const { return m_rows.size(); }
    void reserve(qsizetype n)
    {
        m_rows.reserve(n);
        m_order.reserve(n);
    }

private:
    QHash<Key, T> m_rows;
    QList<Key> m_order;
};

} // namespace airdesk::sandbox

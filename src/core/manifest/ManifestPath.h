#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace airdesk::manifest {

/// A location inside a manifest: each step is an object key (a string value) or an array index
/// (a number value). Shown as `streams[0].retriever.requester`, the root as `(root)`; keys that
/// are not plain identifiers are quoted: `definitions["my.key"]`.
class ManifestPath final
{
public:
    ManifestPath() = default;

    [[nodiscard]] ManifestPath key(const QString &name) const;
    [[nodiscard]] ManifestPath index(qsizetype i) const;

    [[nodiscard]] const QList<QJsonValue> &steps() const { return m_steps; }
    [[nodiscard]] qsizetype depth() const { return m_steps.size(); }
    [[nodiscard]] bool isRoot() const { return m_steps.isEmpty(); }
    /// The first @p n steps.
    [[nodiscard]] ManifestPath prefix(qsizetype n) const;

    /// The readable form; the empty string for the root.
    [[nodiscard]] QString toString() const;
    /// The readable form, `(root)` for the root.
    [[nodiscard]] QString display() const;
    /// Appends one key step to a readable path (the form the position map is keyed by).
    [[nodiscard]] static QString appendKey(const QString &path, const QString &name);
    [[nodiscard]] static QString appendIndex(const QString &path, qsizetype i);

    friend bool operator==(const ManifestPath &, const ManifestPath &) = default;

private:
    QList<QJsonValue> m_steps;
};

} // namespace airdesk::manifest

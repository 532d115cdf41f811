#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// One page of a public API list response ({data[], next?, previous?}). The paginator reads
/// `data` into the concrete types itself; next/previous are full URLs, empty at the ends.
struct ListPage
{
    QJsonArray data;
    QString next;
    QString previous;
    QJsonObject raw;

    /// Fails when `data` is missing or not an array (an error body is not an empty page).
    static std::optional<ListPage> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    bool hasNext() const { return !next.isEmpty(); }
};

} // namespace airdesk::domain

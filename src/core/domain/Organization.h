#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// An organization the signed-in user belongs to (public API GET /organizations).
struct Organization
{
    QString organizationId;
    QString organizationName;
    QString email;
    QJsonObject raw; // fields not modeled here, re-emitted by toJson()

    /// Fails only when organizationId is missing or not a string.
    static std::optional<Organization> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace airdesk::domain

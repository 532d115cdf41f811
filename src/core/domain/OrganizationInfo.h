#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// The Config API's OrganizationInfoRead (/workspaces/get_organization_info and
/// /organizations/get_organization_info): the organization with its billing standing.
struct OrganizationInfo
{
    QString organizationId;
    QString organizationName;
    bool sso = false;
    bool hasBilling = false;     // the `billing` object was sent (it is optional on OSS)
    QString paymentStatus;       // uninitialized|okay|grace_period|disabled|locked|manual
    QString subscriptionStatus;  // pre_subscription|unsubscribed|subscribed
    QJsonObject billingRaw;      // the rest of `billing` (accountType, gracePeriodEndsAt, ...)
    QJsonObject raw;             // fields not modeled here (scim, organizationPlanId, ...)

    /// Fails only when organizationId is missing or not a string.
    static std::optional<OrganizationInfo> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;

    /// PyAirbyte's rule: locked when paymentStatus is disabled or locked, or the subscription
    /// is unsubscribed. Without billing data the account is not considered locked.
    bool isAccountLocked() const;
    /// PyAirbyte's CloudWorkspace.get_organization() refuses info without both id and name.
    bool isComplete() const { return !organizationId.isEmpty() && !organizationName.isEmpty(); }
};

} // namespace airdesk::domain

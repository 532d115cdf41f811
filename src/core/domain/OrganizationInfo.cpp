#include "core/domain/OrganizationInfo.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<OrganizationInfo> OrganizationInfo::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"OrganizationInfo"_s);
    OrganizationInfo info;
    if (!reader.requireString(u"organizationId"_s, info.organizationId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    info.organizationName = reader.string(u"organizationName"_s);
    info.sso = reader.boolean(u"sso"_s).value_or(false);
    if (const auto billing = reader.object(u"billing"_s)) {
        info.hasBilling = true;
        JsonFieldReader billingReader(*billing, u"OrganizationInfo.billing"_s);
        info.paymentStatus = billingReader.string(u"paymentStatus"_s);
        info.subscriptionStatus = billingReader.string(u"subscriptionStatus"_s);
        info.billingRaw = billingReader.rest();
    }
    info.raw = reader.rest();
    return info;
}

QJsonObject OrganizationInfo::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"organizationId"_s, organizationId);
    JsonFieldReader::put(out, u"organizationName"_s, organizationName, true);
    if (!out.contains(u"sso"_s)) // a non-boolean the server sent stays as it was
        out.insert(u"sso"_s, sso);
    if (hasBilling) {
        QJsonObject billing = billingRaw;
        JsonFieldReader::put(billing, u"paymentStatus"_s, paymentStatus, false);
        JsonFieldReader::put(billing, u"subscriptionStatus"_s, subscriptionStatus, false);
        out.insert(u"billing"_s, billing);
    }
    return out;
}

bool OrganizationInfo::isAccountLocked() const
{
    const QString payment = paymentStatus.toLower();
    return payment == u"disabled"_s || payment == u"locked"_s
        || subscriptionStatus.compare(u"unsubscribed"_s, Qt::CaseInsensitive) == 0;
}

} // namespace airdesk::domain

#include "core/domain/Organization.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<Organization> Organization::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"Organization"_s);
    Organization organization;
    if (!reader.requireString(u"organizationId"_s, organization.organizationId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    organization.organizationName = reader.string(u"organizationName"_s);
    organization.email = reader.string(u"email"_s);
    organization.raw = reader.rest();
    return organization;
}

QJsonObject Organization::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"organizationId"_s, organizationId);
    JsonFieldReader::put(out, u"organizationName"_s, organizationName, true);
    JsonFieldReader::put(out, u"email"_s, email, true);
    return out;
}

} // namespace airdesk::domain

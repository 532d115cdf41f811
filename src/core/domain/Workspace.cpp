#include "core/domain/Workspace.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<Workspace> Workspace::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"Workspace"_s);
    Workspace workspace;
    if (!reader.requireString(u"workspaceId"_s, workspace.workspaceId)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    workspace.name = reader.string(u"name"_s);
    workspace.dataResidency = reader.string(u"dataResidency"_s);
    workspace.organizationId = reader.string(u"organizationId"_s);
    workspace.raw = reader.rest();
    return workspace;
}

QJsonObject Workspace::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"workspaceId"_s, workspaceId);
    JsonFieldReader::put(out, u"name"_s, name, true);
    JsonFieldReader::put(out, u"dataResidency"_s, dataResidency, false); // WorkspaceRead has none
    JsonFieldReader::put(out, u"organizationId"_s, organizationId, false);
    return out;
}

} // namespace airdesk::domain

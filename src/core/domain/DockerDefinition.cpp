#include "core/domain/DockerDefinition.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<DockerDefinition> DockerDefinition::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"DefinitionResponse"_s);
    DockerDefinition d;
    if (!reader.requireString(u"id"_s, d.id)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    d.name = reader.string(u"name"_s);
    d.dockerRepository = reader.string(u"dockerRepository"_s);
    d.dockerImageTag = reader.string(u"dockerImageTag"_s);
    d.documentationUrl = reader.string(u"documentationUrl"_s);
    return d;
}

QJsonObject DockerDefinition::createRequest() const
{
    QJsonObject body{{u"name"_s, name.trimmed()},
                     {u"dockerRepository"_s, dockerRepository.trimmed()},
                     {u"dockerImageTag"_s, dockerImageTag.trimmed()}};
    if (!documentationUrl.trimmed().isEmpty())
        body.insert(u"documentationUrl"_s, documentationUrl.trimmed());
    return body;
}

} // namespace airdesk::domain

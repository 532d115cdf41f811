#include "core/domain/DeclarativeDefinition.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<DeclarativeDefinition> DeclarativeDefinition::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"DeclarativeDefinition"_s);
    DeclarativeDefinition definition;
    if (!reader.requireString(u"id"_s, definition.id)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    definition.name = reader.string(u"name"_s);
    definition.manifest = reader.object(u"manifest"_s).value_or(QJsonObject());
    definition.version = reader.int64(u"version"_s).value_or(0);
    definition.raw = reader.rest();
    return definition;
}

QJsonObject DeclarativeDefinition::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"id"_s, id);
    JsonFieldReader::put(out, u"name"_s, name, true);
    if (!out.contains(u"manifest"_s))
        out.insert(u"manifest"_s, manifest);
    if (!out.contains(u"version"_s))
        out.insert(u"version"_s, version);
    return out;
}

} // namespace airdesk::domain

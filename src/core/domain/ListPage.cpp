#include "core/domain/ListPage.h"

#include "core/domain/JsonFieldReader.h"

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<ListPage> ListPage::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"ListPage"_s);
    ListPage page;
    const QJsonValue data = object.value(u"data"_s);
    if (!data.isArray()) {
        if (error) {
            *error = data.isUndefined()
                ? u"ListPage: required field \"data\" is missing"_s
                : QString(u"ListPage: field \"data\" must be an array, got "_s + JsonFieldReader::typeName(data));
        }
        return std::nullopt;
    }
    page.data = *reader.array(u"data"_s);
    page.next = reader.string(u"next"_s);
    page.previous = reader.string(u"previous"_s);
    page.raw = reader.rest();
    return page;
}

QJsonObject ListPage::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"data"_s, data);
    JsonFieldReader::put(out, u"next"_s, next, false);
    JsonFieldReader::put(out, u"previous"_s, previous, false);
    return out;
}

} // namespace airdesk::domain

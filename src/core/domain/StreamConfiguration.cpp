#include "core/domain/StreamConfiguration.h"

#include "core/domain/JsonFieldReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::domain {

std::optional<StreamConfiguration> StreamConfiguration::fromJson(const QJsonObject &object, QString *error)
{
    JsonFieldReader reader(object, u"StreamConfiguration"_s);
    StreamConfiguration stream;
    if (!reader.requireString(u"name"_s, stream.name)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    stream.streamNamespace = reader.string(u"namespace"_s);
    stream.syncMode = reader.string(u"syncMode"_s);
    stream.cursorField = reader.stringList(u"cursorField"_s).value_or(QStringList());

    // Take the primary key only when every path is a list of strings, otherwise leave it raw.
    const QJsonValue keyValue = object.value(u"primaryKey"_s);
    if (keyValue.isArray()) {
        QList<QStringList> paths;
        bool ok = true;
        for (const QJsonValue path : keyValue.toArray()) {
            const auto list = JsonFieldReader::toStringList(path);
            if (!list) {
                ok = false;
                break;
            }
            paths.append(*list);
        }
        if (ok && !paths.isEmpty()) {
            stream.primaryKey = paths;
            reader.array(u"primaryKey"_s);
        }
    }
    stream.raw = reader.rest();
    return stream;
}

QJsonObject StreamConfiguration::toJson() const
{
    QJsonObject out = raw;
    out.insert(u"name"_s, name);
    JsonFieldReader::put(out, u"namespace"_s, streamNamespace, false);
    JsonFieldReader::put(out, u"syncMode"_s, syncMode, false);
    if (!cursorField.isEmpty())
        out.insert(u"cursorField"_s, JsonFieldReader::toJsonArray(cursorField));
    if (!primaryKey.isEmpty()) {
        QJsonArray paths;
        for (const QStringList &path : primaryKey)
            paths.append(JsonFieldReader::toJsonArray(path));
        out.insert(u"primaryKey"_s, paths);
    }
    return out;
}

} // namespace airdesk::domain


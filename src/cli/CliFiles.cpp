#include "CliFiles.h"

#include "core/manifest/YamlToJson.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

std::optional<QJsonObject> readObjectFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    manifest::YamlError yamlError;
    const auto value = manifest::YamlToJson::parse(data, &yamlError);
    if (!value) {
        *error = u"%1: %2"_s.arg(path, yamlError.toString());
        return std::nullopt;
    }
    if (!value->isObject()) {
        *error = u"%1: expected an object at the top level"_s.arg(path);
        return std::nullopt;
    }
    return value->toObject();
}

} // namespace airdesk::cli

#include "JsonToYaml.h"

#include "YamlToJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace airdesk::manifest::JsonToYaml {

namespace {

void emitText(YAML::Emitter &out, const QString &text)
{
    // Quote what would not come back as this text (YAML 1.1 readers are generous).
    if (text.isEmpty() || !YamlToJson::plainScalar(text).isString() || text.trimmed() != text)
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

// A form YAML 1.1 reads as a float: it needs a dot, and a signed exponent if any.
QString shortestFloat(double d)
{
    const QString shortest = QString::number(d, 'g', 17);
    return YamlToJson::plainScalar(shortest).isDouble() ? shortest : QString::number(d, 'e', 16);
}

void emitValue(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            out << static_cast<long long>(d);
        else
            out << shortestFloat(d).toStdString();
        break;
    }
    case QJsonValue::String:
        emitText(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out << (array.isEmpty() ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
        for (const QJsonValue &item : array)
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out << (object.isEmpty() ? YAML::Flow : YAML::Block) << YAML::BeginMap;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key;
            emitText(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    }
}

} // namespace

QByteArray write(const QJsonValue &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitValue(out, value);
    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    text.append('\n');
    return text;
}

} // namespace airdesk::manifest::JsonToYaml

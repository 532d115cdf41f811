#include "YamlToJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace airdesk::manifest {

QString YamlError::toString() const
{
    if (line > 0)
        return u"line %1, column %2: %3"_s.arg(line).arg(column).arg(message);
    return message;
}

namespace YamlToJson {

namespace {

constexpr int kMaxDepth = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::manifest::YamlToJson", text);
}

QJsonValue scalarValue(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    // A quoted scalar ("1", 'true') carries the non-specific tag "!" and stays a string.
    if (node.Tag() == "!")
        return text;
    static const QRegularExpression integer(u"^[-+]?(0|[1-9][0-9]*)$"_s);
    static const QRegularExpression number(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (text.isEmpty() || text == u"~"_s || text == u"null"_s || text == u"Null"_s || text == u"NULL"_s)
        return QJsonValue::Null;
    if (text == u"true"_s || text == u"True"_s || text == u"TRUE"_s)
        return true;
    if (text == u"false"_s || text == u"False"_s || text == u"FALSE"_s)
        return false;
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (ok)
            return v;
    }
    if (number.match(text).hasMatch()) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (ok)
            return v;
    }
    return text;
}

std::optional<QJsonValue> convert(const YAML::Node &node, int depth, YamlError *error)
{
    auto fail = [&node, error](const QString &message) -> std::optional<QJsonValue> {
        if (error) {
            error->message = message;
            error->line = node.Mark().line + 1;
            error->column = node.Mark().column + 1;
        }
        return std::nullopt;
    };
    if (depth > kMaxDepth)
        return fail(tr("The document is nested too deeply."));
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return scalarValue(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            auto value = convert(item, depth + 1, error);
            if (!value)
                return std::nullopt;
            array.append(*value);
        }
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            if (!entry.first.IsScalar())
                return fail(tr("Only text keys are supported."));
            const QString key = QString::fromStdString(entry.first.Scalar());
            if (object.contains(key)) {
                if (error) {
                    error->message = tr("The key \"%1\" appears twice.").arg(key);
                    error->line = entry.first.Mark().line + 1;
                    error->column = entry.first.Mark().column + 1;
                }
                return std::nullopt;
            }
            auto value = convert(entry.second, depth + 1, error);
            if (!value)
                return std::nullopt;
            object.insert(key, *value);
        }
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<QJsonValue> parse(const QByteArray &text, YamlError *error)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        return convert(root, 0, error);
    } catch (const YAML::Exception &e) {
        if (error) {
            error->message = QString::fromStdString(e.msg);
            error->line = e.mark.is_null() ? 0 : e.mark.line + 1;
            error->column = e.mark.is_null() ? 0 : e.mark.column + 1;
        }
    } catch (const std::exception &e) {
        if (error)
            *error = {QString::fromUtf8(e.what()), 0, 0};
    }
    return std::nullopt;
}

std::optional<QJsonValue> parseFile(const QString &path, YamlError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {tr("Cannot read %1: %2").arg(path, file.errorString()), 0, 0};
        return std::nullopt;
    }
    return parse(file.readAll(), error);
}

} // namespace YamlToJson
} // namespace airdesk::manifest

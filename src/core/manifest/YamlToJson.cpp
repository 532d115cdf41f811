#include "YamlToJson.h"

#include "ManifestPath.h"

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

// YAML 1.1 integer forms as PyYAML's resolver accepts them ('_' separators allowed).
std::optional<qint64> yaml11Integer(QString text)
{
    static const QRegularExpression form(
        u"^[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$"_s);
    if (!form.match(text).hasMatch())
        return std::nullopt;
    text.remove(u'_');
    qint64 sign = 1;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        sign = text.startsWith(u'-') ? -1 : 1;
        text.remove(0, 1);
    }
    bool ok = false;
    qint64 value = 0;
    if (text.startsWith(u"0b"_s)) {
        value = text.mid(2).toLongLong(&ok, 2);
    } else if (text.startsWith(u"0x"_s)) {
        value = text.mid(2).toLongLong(&ok, 16);
    } else if (text.contains(u':')) {
        ok = true;
        for (const QString &part : text.split(u':')) // base 60, e.g. 1:30 is 90
            value = value * 60 + part.toLongLong();
    } else if (text.size() > 1 && text.startsWith(u'0')) {
        value = text.toLongLong(&ok, 8);
    } else {
        value = text.toLongLong(&ok, 10);
    }
    if (!ok)
        return std::nullopt;
    return sign * value;
}

// YAML 1.1 floats need a dot, and a signed exponent: "1.5e+3" is a number, "1e5" is text.
std::optional<double> yaml11Float(QString text)
{
    static const QRegularExpression form(u"^([-+]?[0-9][0-9_]*\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?\\.[0-9_]+([eE][-+][0-9]+)?)$"_s);
    if (!form.match(text).hasMatch())
        return std::nullopt;
    text.remove(u'_');
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QJsonValue scalarValue(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    // A quoted scalar ("1", 'true') carries the non-specific tag "!"; "!!str" asks for text too.
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return text;
    if (text.isEmpty() || text == u"~"_s || text == u"null"_s || text == u"Null"_s || text == u"NULL"_s)
        return QJsonValue::Null;
    static const QStringList yes{u"true"_s, u"True"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s, u"YES"_s,
                                 u"on"_s,   u"On"_s,   u"ON"_s};
    static const QStringList no{u"false"_s, u"False"_s, u"FALSE"_s, u"no"_s, u"No"_s, u"NO"_s,
                                u"off"_s,   u"Off"_s,   u"OFF"_s};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    if (const auto integer = yaml11Integer(text))
        return *integer;
    if (const auto number = yaml11Float(text))
        return *number;
    return text;
}

/// One document walk; records positions when asked to.
class Converter
{
public:
    Converter(YamlError *error, PositionMap *positions)
        : m_error(error)
        , m_positions(positions)
    {
    }

    std::optional<QJsonValue> convert(const YAML::Node &node, const QString &path, int depth)
    {
        if (depth > kMaxDepth)
            return fail(node.Mark(), tr("The document is nested too deeply."));
        if (m_positions)
            m_positions->insert(path, {node.Mark().line + 1, node.Mark().column + 1});
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            return scalarValue(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            qsizetype i = 0;
            for (const YAML::Node &item : node) {
                auto value = convert(item, m_positions ? ManifestPath::appendIndex(path, i) : QString(), depth + 1);
                if (!value)
                    return std::nullopt;
                array.append(*value);
                ++i;
            }
            return array;
        }
        case YAML::NodeType::Map:
            return convertMap(node, path, depth);
        }
        return QJsonValue(QJsonValue::Null);
    }

private:
    std::optional<QJsonValue> convertMap(const YAML::Node &node, const QString &path, int depth)
    {
        QJsonObject object;
        QList<YAML::Node> merges;
        for (const auto &entry : node) {
            if (!entry.first.IsScalar())
                return fail(entry.first.Mark(), tr("Only text keys are supported."));
            const QString key = QString::fromStdString(entry.first.Scalar());
            if (key == u"<<"_s && entry.first.Tag() != "!") {
                merges.append(entry.second);
                continue;
            }
            auto value = convert(entry.second, m_positions ? ManifestPath::appendKey(path, key) : QString(), depth + 1);
            if (!value)
                return std::nullopt;
            object.insert(key, *value); // a repeated key keeps its last value, as in PyYAML
            if (m_positions) // an entry starts at its key
                m_positions->insert(ManifestPath::appendKey(path, key),
                                    {entry.first.Mark().line + 1, entry.first.Mark().column + 1});
        }
        // `<<: *base` or `<<: [*a, *b]`: the mapping's own keys win, then earlier sources.
        for (const YAML::Node &merge : std::as_const(merges)) {
            QList<YAML::Node> sources;
            if (merge.IsSequence()) {
                for (const YAML::Node &item : merge)
                    sources.append(item);
            } else {
                sources.append(merge);
            }
            for (const YAML::Node &source : std::as_const(sources)) {
                if (!source.IsMap())
                    return fail(source.Mark(), tr("A merge key (<<) needs a mapping or a list of mappings."));
                auto merged = convert(source, QString(), depth + 1);
                if (!merged)
                    return std::nullopt;
                const QJsonObject mergedObject = merged->toObject();
                for (auto it = mergedObject.begin(); it != mergedObject.end(); ++it) {
                    if (!object.contains(it.key()))
                        object.insert(it.key(), it.value());
                }
            }
        }
        return object;
    }

    std::optional<QJsonValue> fail(const YAML::Mark &mark, const QString &message)
    {
        if (m_error) {
            m_error->message = message;
            m_error->line = mark.line + 1;
            m_error->column = mark.column + 1;
        }
        return std::nullopt;
    }

    YamlError *m_error;
    PositionMap *m_positions;
};

} // namespace

std::optional<QJsonValue> parse(const QByteArray &text, YamlError *error, PositionMap *positions)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        Converter converter(error, positions);
        return converter.convert(root, QString(), 0);
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

std::optional<QJsonValue> parseFile(const QString &path, YamlError *error, PositionMap *positions)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {tr("Cannot read %1: %2").arg(path, file.errorString()), 0, 0};
        return std::nullopt;
    }
    return parse(file.readAll(), error, positions);
}

} // namespace YamlToJson
} // namespace airdesk::manifest

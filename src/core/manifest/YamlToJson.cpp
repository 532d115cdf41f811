#include "YamlToJson.h"

#include "ManifestPath.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

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
        for (const QString &part : text.split(u':')) { // base 60, e.g. 1:30 is 90
            bool digits = false;
            const qint64 next = part.toLongLong(&digits);
            // Too large for 64 bits: not an integer, so the scalar stays text.
            if (!digits || __builtin_mul_overflow(value, 60, &value) || __builtin_add_overflow(value, next, &value))
                return std::nullopt;
        }
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

QJsonValue scalarValue(const std::string &tag, const std::string &scalar)
{
    const QString text = QString::fromStdString(scalar);
    // A quoted scalar ("1", 'true') carries the non-specific tag "!"; "!!str" asks for text too.
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return text;
    if (text.isEmpty() || text == u"~"_s || text == u"null"_s || text == u"Null"_s || text == u"NULL"_s)
        return QJsonValue::Null;
    static const QStringList yes{u"true"_s, u"True"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s, u"YES"_s,
                                 u"on"_s,   u"On"_s,   u"ON"_s};
    static const QStringList no{u"false"_s, u"False"_s, u"FALSE"_s, u"no"_s, u"No"_s, u"NO"_s,
                                u"off"_s,   u"Off"_s,   u"OFF"_s};
    // Most scalars are words: only text that could be a boolean or a number meets the patterns.
    if (text.size() <= 5 && (yes.contains(text) || no.contains(text)))
        return yes.contains(text);
    const QChar first = text.at(0);
    if (!(first.isDigit() || first == u'-' || first == u'+' || first == u'.'))
        return text;
    if (const auto integer = yaml11Integer(text))
        return *integer;
    if (const auto number = yaml11Float(text))
        return *number;
    return text;
}

/// Thrown from the event handler to stop the parser at a problem of ours.
struct Stop
{
    YamlError error;
};

/// Builds JSON straight from the parser's events (no yaml-cpp node tree: several times
/// faster on large manifests) and records positions when asked to.
class Builder final : public YAML::EventHandler
{
public:
    explicit Builder(PositionMap *positions)
        : m_positions(positions)
    {
    }

    QJsonValue result() const { return m_result; }

    int startLine() const { return m_startLine; }

    void OnDocumentStart(const YAML::Mark &mark) override { m_startLine = mark.line + 1; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (expectingKey())
            fail(mark, tr("Only text keys are supported."));
        value(mark, anchor, QJsonValue::Null);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.constFind(anchor);
        if (found == m_anchors.constEnd())
            fail(mark, tr("An alias refers to a node that is not complete yet."));
        if (expectingKey())
            fail(mark, tr("Only text keys are supported."));
        value(mark, 0, *found);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &text) override
    {
        if (expectingKey()) {
            Frame &frame = m_stack.last();
            frame.key = QString::fromStdString(text);
            frame.keyMark = mark;
            frame.mergeKey = text == "<<" && tag != "!";
            frame.expectingKey = false;
            return;
        }
        value(mark, anchor, scalarValue(tag, text));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        bool isMap = false;
        QJsonObject object;
        QJsonArray array;
        QString path;
        YAML::anchor_t anchor = 0;
        bool expectingKey = true;
        QString key;
        YAML::Mark keyMark;
        bool mergeKey = false;
        QList<QJsonValue> merges; // `<<` values, applied when the mapping ends
    };

    bool expectingKey() const { return !m_stack.isEmpty() && m_stack.last().isMap && m_stack.last().expectingKey; }

    // The path of the value that comes next in the innermost container.
    QString nextPath() const
    {
        if (!m_positions || m_stack.isEmpty())
            return QString();
        const Frame &frame = m_stack.last();
        return frame.isMap ? ManifestPath::appendKey(frame.path, frame.key)
                           : ManifestPath::appendIndex(frame.path, frame.array.size());
    }

    void record(const YAML::Mark &mark, const QString &path)
    {
        if (!m_positions)
            return;
        // A mapping entry starts at its key.
        const YAML::Mark &at = !m_stack.isEmpty() && m_stack.last().isMap ? m_stack.last().keyMark : mark;
        m_positions->insert(path, {at.line + 1, at.column + 1});
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
    {
        if (expectingKey())
            fail(mark, tr("Only text keys are supported."));
        if (m_stack.size() >= kMaxDepth)
            fail(mark, tr("The document is nested too deeply."));
        const QString path = nextPath();
        record(mark, path);
        Frame frame;
        frame.isMap = isMap;
        frame.path = path;
        frame.anchor = anchor;
        frame.keyMark = mark;
        m_stack.append(std::move(frame));
    }

    void close()
    {
        Frame frame = m_stack.takeLast();
        QJsonValue done;
        if (frame.isMap) {
            // `<<: *base` or `<<: [*a, *b]`: the mapping's own keys win, then earlier sources.
            for (const QJsonValue &merge : std::as_const(frame.merges)) {
                const QJsonArray sources = merge.isArray() ? merge.toArray() : QJsonArray{merge};
                for (const QJsonValue &source : sources) {
                    if (!source.isObject())
                        fail(frame.keyMark, tr("A merge key (<<) needs a mapping or a list of mappings."));
                    const QJsonObject object = source.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it) {
                        if (!frame.object.contains(it.key()))
                            frame.object.insert(it.key(), it.value());
                    }
                }
            }
            done = frame.object;
        } else {
            done = frame.array;
        }
        if (frame.anchor)
            m_anchors.insert(frame.anchor, done);
        place(done);
    }

    void value(const YAML::Mark &mark, YAML::anchor_t anchor, const QJsonValue &v)
    {
        if (m_positions)
            record(mark, nextPath());
        if (anchor)
            m_anchors.insert(anchor, v);
        place(v);
    }

    void place(const QJsonValue &v)
    {
        if (m_stack.isEmpty()) {
            m_result = v;
            return;
        }
        Frame &frame = m_stack.last();
        if (!frame.isMap) {
            frame.array.append(v);
        } else if (frame.mergeKey) {
            frame.merges.append(v);
            frame.mergeKey = false;
            frame.expectingKey = true;
        } else {
            frame.object.insert(frame.key, v); // a repeated key keeps its last value, as in PyYAML
            frame.expectingKey = true;
        }
    }

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        throw Stop{{message, mark.line + 1, mark.column + 1}};
    }

    PositionMap *m_positions;
    QList<Frame> m_stack;
    QHash<YAML::anchor_t, QJsonValue> m_anchors;
    QJsonValue m_result = QJsonValue::Null;
    int m_startLine = 0;
};

} // namespace

std::optional<QJsonValue> parse(const QByteArray &text, YamlError *error, PositionMap *positions)
{
    try {
        std::istringstream stream(text.toStdString());
        YAML::Parser parser(stream);
        Builder builder(positions);
        parser.HandleNextDocument(builder);
        // PyYAML's safe_load takes exactly one document.
        Builder another(nullptr);
        if (parser.HandleNextDocument(another)) {
            if (error)
                *error = {tr("Expected a single document, but found another one."), another.startLine(), 1};
            return std::nullopt;
        }
        return builder.result();
    } catch (const Stop &stop) {
        if (error)
            *error = stop.error;
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

QJsonValue plainScalar(const QString &text)
{
    return scalarValue("?", text.toStdString());
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

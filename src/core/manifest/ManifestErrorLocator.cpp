#include "ManifestErrorLocator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace airdesk::manifest::ManifestErrorLocator {

namespace {

/// `/streams/0/retriever` → `streams[0].retriever`.
QString fromPointer(const QString &pointer)
{
    QString out;
    for (const QString &step : pointer.split(u'/', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        (void)step.toInt(&isIndex);
        if (isIndex)
            out += u'[' + step + u']';
        else
            out += (out.isEmpty() ? QString() : u"."_s) + step;
    }
    return out;
}

/// The longest prefix of @p path the manifest has a position for.
Location deepestKnown(QString path, const PositionMap &positions)
{
    static const QRegularExpression lastStep(uR"((\.[^.\[]+|\[\d+\])$)"_s);
    while (!path.isEmpty()) {
        if (const auto it = positions.constFind(path); it != positions.constEnd())
            return {path, *it};
        const qsizetype before = path.size();
        path.remove(lastStep);
        if (path.size() == before)
            break;
    }
    return {};
}

Location byPath(const QString &message, const PositionMap &positions)
{
    // Dotted or indexed paths, optionally after "$." as JSON-schema validators write them.
    static const QRegularExpression dotted(uR"((?:\$\.)?([A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)+))"_s);
    static const QRegularExpression pointer(uR"(#?((?:/[\w-]+){2,}))"_s);
    Location best;
    for (auto it = dotted.globalMatch(message); it.hasNext();) {
        const Location found = deepestKnown(it.next().captured(1), positions);
        if (found.path.size() > best.path.size())
            best = found;
    }
    for (auto it = pointer.globalMatch(message); it.hasNext();) {
        const Location found = deepestKnown(fromPointer(it.next().captured(1)), positions);
        if (found.path.size() > best.path.size())
            best = found;
    }
    return best;
}

Location byStreamName(const QJsonObject &manifest, const QString &message, const PositionMap &positions)
{
    const QJsonArray streams = manifest.value(u"streams"_s).toArray();
    Location best;
    qsizetype bestLength = 0;
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QString name = streams.at(i).toObject().value(u"name"_s).toString();
        if (name.isEmpty() || name.size() <= bestLength)
            continue;
        // The whole name, not a part of a longer word ("pets" must not match "petstore").
        const QRegularExpression word(u"(?<![\\w-])"_s + QRegularExpression::escape(name) + u"(?![\\w-])"_s);
        if (!word.match(message).hasMatch())
            continue;
        const QString path = u"streams[%1]"_s.arg(i);
        const QString namePath = path + u".name"_s;
        if (positions.contains(namePath))
            best = {namePath, positions.value(namePath)};
        else if (positions.contains(path))
            best = {path, positions.value(path)};
        else
            continue;
        bestLength = name.size();
    }
    return best;
}

} // namespace

Location locate(const QByteArray &yaml, const QString &message)
{
    if (message.isEmpty())
        return {};
    YamlError error;
    PositionMap positions;
    const std::optional<QJsonValue> json = YamlToJson::parse(yaml, &error, &positions);
    if (!json || !json->isObject())
        return {};
    if (Location found = byPath(message, positions); found.isValid())
        return found;
    return byStreamName(json->toObject(), message, positions);
}

} // namespace airdesk::manifest::ManifestErrorLocator

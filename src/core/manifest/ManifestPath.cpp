#include "ManifestPath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace airdesk::manifest {

namespace {

bool isPlainKey(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'-'))
            return false;
    }
    return true;
}

} // namespace

ManifestPath ManifestPath::key(const QString &name) const
{
    ManifestPath out = *this;
    out.m_steps.append(QJsonValue(name));
    return out;
}

ManifestPath ManifestPath::index(qsizetype i) const
{
    ManifestPath out = *this;
    out.m_steps.append(QJsonValue(static_cast<qint64>(i)));
    return out;
}

ManifestPath ManifestPath::prefix(qsizetype n) const
{
    ManifestPath out;
    out.m_steps = m_steps.first(qBound(qsizetype(0), n, m_steps.size()));
    return out;
}

QString ManifestPath::appendKey(const QString &path, const QString &name)
{
    if (!isPlainKey(name)) {
        QString quoted = name;
        quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        return QString(path % u"[\""_s % quoted % u"\"]"_s);
    }
    return path.isEmpty() ? name : QString(path % u'.' % name);
}

QString ManifestPath::appendIndex(const QString &path, qsizetype i)
{
    return QString(path % u'[' % QString::number(i) % u']');
}

QString ManifestPath::toString() const
{
    QString out;
    for (const QJsonValue &step : m_steps)
        out = step.isString() ? appendKey(out, step.toString()) : appendIndex(out, step.toInteger());
    return out;
}

QString ManifestPath::display() const
{
    return isRoot() ? QCoreApplication::translate("airdesk::manifest::ManifestPath", "(root)") : toString();
}

} // namespace airdesk::manifest

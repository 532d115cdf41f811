#include "DeclarativeSchemaSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace airdesk::manifest::DeclarativeSchemaSource {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::manifest::DeclarativeSchemaSource", text);
}

} // namespace

QString cdkVersion()
{
    return u"7.28.2"_s;
}

QString environmentVariable()
{
    return u"AIRDESK_DECLARATIVE_SCHEMA"_s;
}

QUrl publishedUrl()
{
    return QUrl(u"https://raw.githubusercontent.com/airbytehq/airbyte-python-cdk/v%1/"
                u"airbyte_cdk/sources/declarative/declarative_component_schema.yaml"_s.arg(cdkVersion()));
}

QString cacheFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QDir(dir).filePath(u"declarative_component_schema-%1.yaml"_s.arg(cdkVersion()));
}

std::optional<Location> locate(const QString &explicitPath, QString *error)
{
    error->clear();
    if (!explicitPath.isEmpty()) {
        if (QFileInfo(explicitPath).isFile())
            return Location{explicitPath, Origin::Explicit};
        *error = tr("No declarative component schema at %1.").arg(explicitPath);
        return std::nullopt;
    }
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable().toLatin1().constData());
    if (!fromEnvironment.isEmpty()) {
        if (QFileInfo(fromEnvironment).isFile())
            return Location{fromEnvironment, Origin::Environment};
        *error = tr("%1 names %2, which does not exist.").arg(environmentVariable(), fromEnvironment);
        return std::nullopt;
    }
    if (QFileInfo(cacheFilePath()).isFile())
        return Location{cacheFilePath(), Origin::Cache};
    return std::nullopt;
}

std::shared_ptr<const DeclarativeSchema> load(const QString &explicitPath, QString *error)
{
    const auto location = locate(explicitPath, error);
    if (!location)
        return nullptr;
    return DeclarativeSchema::fromFile(location->path, error);
}

bool storeInCache(const QByteArray &text, QString *error)
{
    if (!DeclarativeSchema::fromText(text, error))
        return false;
    const QString path = cacheFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the cache folder for %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace airdesk::manifest::DeclarativeSchemaSource

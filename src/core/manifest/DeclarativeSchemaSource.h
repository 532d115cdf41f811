#pragma once

#include "DeclarativeSchema.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace airdesk::manifest {

/// Where the application finds Airbyte's declarative component schema at run time. The file is
/// Airbyte's, so it is not shipped: it comes from (1) a path the user gives or the
/// AIRDESK_DECLARATIVE_SCHEMA environment variable, else (2) the per-user cache, which (3) the
/// api layer fills by downloading it from the published CDK (publishedUrl()). Core does no
/// network itself.
namespace DeclarativeSchemaSource {

/// The CDK release whose schema Airdesk validates against.
QString cdkVersion();
QString environmentVariable();
/// The schema file of that release on GitHub.
QUrl publishedUrl();
/// Where a downloaded copy is kept (under QStandardPaths::CacheLocation).
QString cacheFilePath();

enum class Origin { Explicit, Environment, Cache };

struct Location
{
    QString path;
    Origin origin = Origin::Cache;
};

/// The first of: @p explicitPath, the environment variable, the cache. A path that is given
/// (explicitly or by the environment) but missing is an error, not a silent fallback; no copy
/// in the cache is not an error (nullopt, @p error empty).
std::optional<Location> locate(const QString &explicitPath, QString *error);

/// The compiled schema from locate(); null when there is none (see @p error).
std::shared_ptr<const DeclarativeSchema> load(const QString &explicitPath, QString *error);

/// Checks that @p text is the schema (it must compile), then writes it to the cache atomically.
bool storeInCache(const QByteArray &text, QString *error);

} // namespace DeclarativeSchemaSource
} // namespace airdesk::manifest

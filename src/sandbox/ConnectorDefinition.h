#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace airdesk::sandbox {

enum class ConnectorKind { Source, Destination };

/// One connector the sandbox can create sources or destinations from: what the real server
/// keeps as a StandardSourceDefinition/StandardDestinationDefinition plus the spec and, for
/// sources, the streams a discover would return.
struct ConnectorDefinition
{
    QString id; ///< definitionId (uuid)
    ConnectorKind kind = ConnectorKind::Source;
    QString name;     ///< "Sample Data"
    QString typeName; ///< the server's short name: "faker", "postgres", "e2e-test"
    QString dockerRepository;
    QString dockerImageTag;
    QString documentationUrl;
    QString releaseStage; ///< alpha | beta | generally_available | custom
    QString supportLevel; ///< community | certified | archived | none
    QString iconPath;     ///< file or resource path of the SVG, read when first served
    QJsonObject spec;     ///< the connectionSpecification JSON Schema
    QJsonArray streams;   ///< AirbyteStream-shaped objects (sources only)
    QStringList supportedDestinationSyncModes; ///< destinations only
};

} // namespace airdesk::sandbox

#pragma once

#include "core/domain/ConnectionSchedule.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace airdesk::api {

/// Everything the public API's ConnectionCreateRequest can say, for the new-connection wizard:
/// the chosen streams each with its sync mode, table prefix, namespace handling, what to do on
/// non-breaking schema changes, schedule and initial state. toJson() leaves out what is unset
/// so the server applies its own defaults.
struct ConnectionCreateRequest
{
    struct Stream
    {
        QString name;
        QString syncMode; // connection sync mode ("incremental_append"); empty: the server's default
    };

    QString name;
    QString sourceId;
    QString destinationId;
    QList<Stream> streams;
    QString prefix;
    QString namespaceDefinition; // source | destination | custom_format; empty: server default
    QString namespaceFormat;     // with custom_format, e.g. "${SOURCE_NAMESPACE}_raw"
    QString nonBreakingSchemaUpdatesBehavior; // ignore | disable_connection | propagate_columns | propagate_fully
    domain::ConnectionSchedule schedule = domain::ConnectionSchedule::manual();
    bool enabled = true;

    QJsonObject toJson() const;
};

} // namespace airdesk::api

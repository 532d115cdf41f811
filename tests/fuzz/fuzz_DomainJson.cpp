// Fuzzes the parsing of every domain type from API JSON (src/core/domain fromJson): whatever
// the bytes, parsing must end in a value or an error message, never a crash or a hang.
#include "core/domain/Actor.h"
#include "core/domain/Attempt.h"
#include "core/domain/Connection.h"
#include "core/domain/ConnectionSchedule.h"
#include "core/domain/ConnectionState.h"
#include "core/domain/ConnectorDefinitionInfo.h"
#include "core/domain/ConnectorSpecification.h"
#include "core/domain/DeclarativeDefinition.h"
#include "core/domain/Job.h"
#include "core/domain/JobInfo.h"
#include "core/domain/ListPage.h"
#include "core/domain/LogEvent.h"
#include "core/domain/Organization.h"
#include "core/domain/OrganizationInfo.h"
#include "core/domain/StreamConfiguration.h"
#include "core/domain/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace airdesk::domain;

namespace {

void parseAll(const QJsonObject &o)
{
    QString error;
    (void)Actor::fromJson(o, &error);
    (void)Actor::fromJson(o, ActorKind::Destination, &error);
    (void)Attempt::fromJson(o, 3, &error);
    (void)Connection::fromJson(o, &error);
    (void)ConnectionSchedule::fromJson(o, &error);
    (void)ConnectionState::fromJson(o, &error);
    (void)ConnectorDefinitionInfo::fromJson(o, &error);
    (void)ConnectorDefinitionInfo::fromJson(o, ActorKind::Source, &error);
    (void)ConnectorSpecification::fromJson(o, &error);
    (void)DeclarativeDefinition::fromJson(o, &error);
    (void)Job::fromJson(o, &error);
    (void)JobInfo::fromJson(o, &error);
    (void)ListPage::fromJson(o, &error);
    (void)LogEvent::fromJson(o, &error);
    (void)Organization::fromJson(o, &error);
    (void)OrganizationInfo::fromJson(o, &error);
    (void)StreamConfiguration::fromJson(o, &error);
    (void)Workspace::fromJson(o, &error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject()) {
        parseAll(doc.object());
    } else if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array)
            parseAll(v.toObject());
    }
    return 0;
}

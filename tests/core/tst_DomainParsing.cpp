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

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace airdesk::domain;

namespace {

QJsonObject object(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        qFatal("bad JSON in test table (%s): %s", qPrintable(parseError.errorString()), json.constData());
    return doc.object();
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Parses with the named type and gives back toJson(), or nullopt with the error.
std::optional<QJsonObject> parseAndEmit(const QString &type, const QJsonObject &json, QString *error)
{
    auto emit = [](const auto &parsed) -> std::optional<QJsonObject> {
        if (!parsed)
            return std::nullopt;
        return parsed->toJson();
    };
    if (type == u"Workspace"_s)
        return emit(Workspace::fromJson(json, error));
    if (type == u"Organization"_s)
        return emit(Organization::fromJson(json, error));
    if (type == u"OrganizationInfo"_s)
        return emit(OrganizationInfo::fromJson(json, error));
    if (type == u"Source"_s)
        return emit(Actor::fromJson(json, ActorKind::Source, error));
    if (type == u"Destination"_s)
        return emit(Actor::fromJson(json, ActorKind::Destination, error));
    if (type == u"Actor"_s)
        return emit(Actor::fromJson(json, error));
    if (type == u"ConnectionSchedule"_s)
        return emit(ConnectionSchedule::fromJson(json, error));
    if (type == u"StreamConfiguration"_s)
        return emit(StreamConfiguration::fromJson(json, error));
    if (type == u"Connection"_s)
        return emit(Connection::fromJson(json, error));
    if (type == u"Job"_s)
        return emit(Job::fromJson(json, error));
    if (type == u"Attempt"_s)
        return emit(Attempt::fromJson(json, error));
    if (type == u"LogEvent"_s)
        return emit(LogEvent::fromJson(json, error));
    if (type == u"JobInfo"_s)
        return emit(JobInfo::fromJson(json, error));
    if (type == u"ConnectionState"_s)
        return emit(ConnectionState::fromJson(json, error));
    if (type == u"DeclarativeDefinition"_s)
        return emit(DeclarativeDefinition::fromJson(json, error));
    if (type == u"ConnectorDefinitionInfo"_s)
        return emit(ConnectorDefinitionInfo::fromJson(json, error));
    if (type == u"ConnectorSpecification"_s)
        return emit(ConnectorSpecification::fromJson(json, error));
    if (type == u"ListPage"_s)
        return emit(ListPage::fromJson(json, error));
    qFatal("unknown type in test table: %s", qPrintable(type));
}

const QStringList allTypes = {
    u"Workspace"_s, u"Organization"_s, u"OrganizationInfo"_s, u"Source"_s, u"Destination"_s, u"Actor"_s,
    u"ConnectionSchedule"_s, u"StreamConfiguration"_s, u"Connection"_s, u"Job"_s, u"Attempt"_s, u"LogEvent"_s,
    u"JobInfo"_s, u"ConnectionState"_s, u"DeclarativeDefinition"_s, u"ConnectorDefinitionInfo"_s,
    u"ConnectorSpecification"_s, u"ListPage"_s,
};

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace

class tst_DomainParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobStartTime_data();
    void jobStartTime();
    void jobCounts_data();
    void jobCounts();
    void jobDuration_data();
    void jobDuration();
    void jobStatusStrings_data();
    void jobStatusStrings();
    void jobTypeStrings_data();
    void jobTypeStrings();
    void unknownEnumsKeepRawText_data();
    void unknownEnumsKeepRawText();
    void cronReadBack_data();
    void cronReadBack();
    void maskedSecretsPreserved();
    void actorKindAndCreatedAt();
    void connectionFields();
    void organizationLocked_data();
    void organizationLocked();
    void attemptAndJobInfo();
    void connectionState_data();
    void connectionState();
    void connectorDefinitionShapes();
    void listPage();
    void roundTripKeepsUnknownFields_data();
    void roundTripKeepsUnknownFields();
    void requiredFieldErrors_data();
    void requiredFieldErrors();
    void wrongTypesNeverCrash_data();
    void wrongTypesNeverCrash();
};

void tst_DomainParsing::jobStartTime_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("reEmittedAsSent");

    QTest::newRow("with seconds") << QByteArray(R"({"jobId":1,"startTime":"2024-05-01T12:34:56Z"})")
                                  << utc(2024, 5, 1, 12, 34, 56) << true;
    // Java's OffsetDateTime.toString() leaves out zero seconds.
    QTest::newRow("without seconds") << QByteArray(R"({"jobId":1,"startTime":"2024-05-01T12:34Z"})")
                                     << utc(2024, 5, 1, 12, 34, 0) << true;
    QTest::newRow("midnight without seconds") << QByteArray(R"({"jobId":1,"startTime":"2024-01-01T00:00Z"})")
                                              << utc(2024, 1, 1, 0, 0, 0) << true;
    // The spec's own example is not what the server sends; it must not parse into a wrong time,
    // and the text is kept.
    QTest::newRow("spec example form") << QByteArray(R"({"jobId":1,"startTime":"2023-03-25 01:30:50+00:00"})")
                                       << QDateTime() << true;
    QTest::newRow("garbage") << QByteArray(R"({"jobId":1,"startTime":"yesterday"})") << QDateTime() << true;
    QTest::newRow("number") << QByteArray(R"({"jobId":1,"startTime":1714566896})") << QDateTime() << true;
    QTest::newRow("absent") << QByteArray(R"({"jobId":1})") << QDateTime() << true;
}

void tst_DomainParsing::jobStartTime()
{
    QFETCH(QByteArray, json);
    QFETCH(QDateTime, expected);
    QFETCH(bool, reEmittedAsSent);

    const QJsonObject input = object(json);
    const auto job = Job::fromJson(input);
    QVERIFY(job);
    QCOMPARE(job->startTime.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(job->startTime, expected);
        QCOMPARE(job->startTime.timeSpec(), Qt::UTC);
    }
    if (reEmittedAsSent)
        QCOMPARE(job->toJson().value(u"startTime"_s), input.value(u"startTime"_s));
}

void tst_DomainParsing::jobCounts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("hasBytes");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("hasRows");
    QTest::addColumn<qint64>("rows");

    QTest::newRow("both numbers") << QByteArray(R"({"jobId":1,"bytesSynced":2048,"rowsSynced":10})")
                                  << true << qint64(2048) << true << qint64(10);
    QTest::newRow("zero is a value") << QByteArray(R"({"jobId":1,"bytesSynced":0,"rowsSynced":0})")
                                     << true << qint64(0) << true << qint64(0);
    QTest::newRow("both null") << QByteArray(R"({"jobId":1,"bytesSynced":null,"rowsSynced":null})")
                               << false << qint64(0) << false << qint64(0);
    QTest::newRow("both absent") << QByteArray(R"({"jobId":1})") << false << qint64(0) << false << qint64(0);
    QTest::newRow("null and number") << QByteArray(R"({"jobId":1,"bytesSynced":null,"rowsSynced":7})")
                                     << false << qint64(0) << true << qint64(7);
    QTest::newRow("beyond 2^53") << QByteArray(R"({"jobId":1,"bytesSynced":9007199254740993})")
                                 << true << qint64(9007199254740993LL) << false << qint64(0);
    QTest::newRow("string count") << QByteArray(R"({"jobId":1,"bytesSynced":"2048","rowsSynced":[1]})")
                                  << false << qint64(0) << false << qint64(0);
    QTest::newRow("fraction") << QByteArray(R"({"jobId":1,"bytesSynced":1.5,"rowsSynced":{}})")
                              << false << qint64(0) << false << qint64(0);
}

void tst_DomainParsing::jobCounts()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, hasBytes);
    QFETCH(qint64, bytes);
    QFETCH(bool, hasRows);
    QFETCH(qint64, rows);

    const QJsonObject input = object(json);
    const auto job = Job::fromJson(input);
    QVERIFY(job);
    QCOMPARE(job->bytesSynced.has_value(), hasBytes);
    QCOMPARE(job->rowsSynced.has_value(), hasRows);
    if (hasBytes)
        QCOMPARE(*job->bytesSynced, bytes);
    if (hasRows)
        QCOMPARE(*job->rowsSynced, rows);
    // null stays null, absent stays absent, a wrong type comes back as sent.
    const QJsonObject output = job->toJson();
    for (const QString &key : {u"bytesSynced"_s, u"rowsSynced"_s}) {
        QCOMPARE(output.contains(key), input.contains(key));
        QCOMPARE(output.value(key), input.value(key));
    }
}

void tst_DomainParsing::jobDuration_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("hasDuration");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("hours minutes seconds") << QByteArray(R"({"jobId":1,"duration":"PT8H6M12S"})") << true
                                           << qint64(8 * 3600 + 6 * 60 + 12);
    QTest::newRow("zero") << QByteArray(R"({"jobId":1,"duration":"PT0S"})") << true << qint64(0);
    QTest::newRow("null while pending") << QByteArray(R"({"jobId":1,"duration":null})") << false << qint64(0);
    QTest::newRow("absent") << QByteArray(R"({"jobId":1})") << false << qint64(0);
    QTest::newRow("malformed") << QByteArray(R"({"jobId":1,"duration":"8 hours"})") << false << qint64(0);
    QTest::newRow("number") << QByteArray(R"({"jobId":1,"duration":3600})") << false << qint64(0);
}

void tst_DomainParsing::jobDuration()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, hasDuration);
    QFETCH(qint64, seconds);

    const QJsonObject input = object(json);
    const auto job = Job::fromJson(input);
    QVERIFY(job);
    QCOMPARE(job->durationSeconds.has_value(), hasDuration);
    if (hasDuration)
        QCOMPARE(*job->durationSeconds, seconds);
    QCOMPARE(job->toJson().value(u"duration"_s), input.value(u"duration"_s));
}

void tst_DomainParsing::jobStatusStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<JobStatus>("status");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("failure");

    QTest::newRow("pending") << u"pending"_s << JobStatus::Pending << false << false;
    QTest::newRow("queued") << u"queued"_s << JobStatus::Queued << false << false;
    QTest::newRow("running") << u"running"_s << JobStatus::Running << false << false;
    QTest::newRow("incomplete") << u"incomplete"_s << JobStatus::Incomplete << false << false;
    QTest::newRow("failed") << u"failed"_s << JobStatus::Failed << true << true;
    QTest::newRow("succeeded") << u"succeeded"_s << JobStatus::Succeeded << true << false;
    QTest::newRow("cancelled") << u"cancelled"_s << JobStatus::Cancelled << true << true;
    QTest::newRow("upper case") << u"SUCCEEDED"_s << JobStatus::Succeeded << true << false;
    QTest::newRow("american spelling is not the enum") << u"canceled"_s << JobStatus::Unknown << false << false;
    QTest::newRow("empty") << QString() << JobStatus::Unknown << false << false;
}

void tst_DomainParsing::jobStatusStrings()
{
    QFETCH(QString, text);
    QFETCH(JobStatus, status);
    QFETCH(bool, final);
    QFETCH(bool, failure);

    QCOMPARE(jobStatusFromString(text), status);
    QCOMPARE(isFinal(status), final);
    QCOMPARE(isFailure(status), failure);
    if (status != JobStatus::Unknown)
        QCOMPARE(jobStatusToString(status), text.toLower());
}

void tst_DomainParsing::jobTypeStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<JobType>("type");

    QTest::newRow("sync") << u"sync"_s << JobType::Sync;
    QTest::newRow("reset") << u"reset"_s << JobType::Reset;
    QTest::newRow("refresh") << u"refresh"_s << JobType::Refresh;
    QTest::newRow("clear") << u"clear"_s << JobType::Clear;
    QTest::newRow("config api name") << u"reset_connection"_s << JobType::Unknown;
    QTest::newRow("empty") << QString() << JobType::Unknown;
}

void tst_DomainParsing::jobTypeStrings()
{
    QFETCH(QString, text);
    QFETCH(JobType, type);

    QCOMPARE(jobTypeFromString(text), type);
    if (type != JobType::Unknown)
        QCOMPARE(jobTypeToString(type), text);
}

void tst_DomainParsing::unknownEnumsKeepRawText_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");

    QTest::newRow("job status") << u"Job"_s << QByteArray(R"({"jobId":5,"status":"paused","jobType":"sync"})")
                                << u"status"_s;
    QTest::newRow("job type") << u"Job"_s << QByteArray(R"({"jobId":5,"status":"running","jobType":"backfill"})")
                              << u"jobType"_s;
    QTest::newRow("connection status") << u"Connection"_s << QByteArray(R"({"connectionId":"c","status":"archived"})")
                                       << u"status"_s;
    QTest::newRow("schedule type") << u"ConnectionSchedule"_s << QByteArray(R"({"scheduleType":"event_driven"})")
                                   << u"scheduleType"_s;
    QTest::newRow("log level") << u"LogEvent"_s << QByteArray(R"({"timestamp":1,"level":"notice","message":"m"})")
                               << u"level"_s;
    QTest::newRow("attempt status") << u"Attempt"_s << QByteArray(R"({"attempt":{"id":3,"status":"exploded"}})")
                                    << u"attempt"_s;
    QTest::newRow("state type") << u"ConnectionState"_s << QByteArray(R"({"connectionId":"c","stateType":"quantum"})")
                                << u"stateType"_s;
}

void tst_DomainParsing::unknownEnumsKeepRawText()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, key);

    const QJsonObject input = object(json);
    QString error;
    const auto output = parseAndEmit(type, input, &error);
    QVERIFY2(output, qPrintable(error));
    QCOMPARE(output->value(key), input.value(key));

    // And the enum itself says Unknown, with the text kept beside it.
    if (type == u"Job"_s) {
        const auto job = Job::fromJson(input);
        QVERIFY(job->status == JobStatus::Unknown || job->jobType == JobType::Unknown);
        if (key == u"status"_s)
            QCOMPARE(job->rawStatus, u"paused"_s);
        else
            QCOMPARE(job->rawJobType, u"backfill"_s);
        QVERIFY(!job->isFinal());
    } else if (type == u"Connection"_s) {
        const auto connection = Connection::fromJson(input);
        QCOMPARE(connection->status, Connection::Status::Unknown);
        QCOMPARE(connection->statusText, u"archived"_s);
        QVERIFY(!connection->isEnabled());
    } else if (type == u"ConnectionSchedule"_s) {
        QCOMPARE(ConnectionSchedule::fromJson(input)->type, ConnectionSchedule::Type::Unknown);
        QCOMPARE(ConnectionSchedule::fromJson(input)->toRequestJson().value(u"scheduleType"_s).toString(),
                 u"event_driven"_s);
    } else if (type == u"LogEvent"_s) {
        QCOMPARE(LogEvent::fromJson(input)->level, LogEvent::Level::Unknown);
        QCOMPARE(LogEvent::fromJson(input)->levelText, u"notice"_s);
    } else if (type == u"Attempt"_s) {
        QCOMPARE(Attempt::fromJson(input)->status, JobStatus::Unknown);
        QCOMPARE(Attempt::fromJson(input)->rawStatus, u"exploded"_s);
    } else if (type == u"ConnectionState"_s) {
        QCOMPARE(ConnectionState::fromJson(input)->stateType, ConnectionState::Type::Unknown);
        QVERIFY(!ConnectionState::fromJson(input)->supportsStreamEdits());
    }
}

void tst_DomainParsing::cronReadBack_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ConnectionSchedule::Type>("type");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("request");

    QTest::newRow("cron with UTC read back")
        << QByteArray(R"({"scheduleType":"cron","cronExpression":"0 0 12 * * ? UTC"})") << ConnectionSchedule::Type::Cron
        << u"0 0 12 * * ?"_s << QByteArray(R"({"cronExpression":"0 0 12 * * ?","scheduleType":"cron"})");
    QTest::newRow("cron without zone")
        << QByteArray(R"({"scheduleType":"cron","cronExpression":"0 0 */6 * * ?"})") << ConnectionSchedule::Type::Cron
        << u"0 0 */6 * * ?"_s << QByteArray(R"({"cronExpression":"0 0 */6 * * ?","scheduleType":"cron"})");
    QTest::newRow("cron with year and UTC")
        << QByteArray(R"({"scheduleType":"cron","cronExpression":"0 30 9 ? * MON 2030 UTC"})")
        << ConnectionSchedule::Type::Cron << u"0 30 9 ? * MON 2030"_s
        << QByteArray(R"({"cronExpression":"0 30 9 ? * MON 2030","scheduleType":"cron"})");
    QTest::newRow("manual") << QByteArray(R"({"scheduleType":"manual"})") << ConnectionSchedule::Type::Manual
                            << QString() << QByteArray(R"({"scheduleType":"manual"})");
    QTest::newRow("basic") << QByteArray(R"({"scheduleType":"basic","basicTiming":"Every 24 HOURS"})")
                           << ConnectionSchedule::Type::Basic << QString()
                           << QByteArray(R"({"scheduleType":"basic"})");
}

void tst_DomainParsing::cronReadBack()
{
    QFETCH(QByteArray, json);
    QFETCH(ConnectionSchedule::Type, type);
    QFETCH(QString, expression);
    QFETCH(QByteArray, request);

    const QJsonObject input = object(json);
    const auto schedule = ConnectionSchedule::fromJson(input);
    QVERIFY(schedule);
    QCOMPARE(schedule->type, type);
    QCOMPARE(schedule->cronExpression, expression);
    QCOMPARE(schedule->cronExpressionRaw, input.value(u"cronExpression"_s).toString());
    QCOMPARE(text(schedule->toRequestJson()), text(object(request)));
    QCOMPARE(text(schedule->toJson()), text(input)); // the read shape comes back as read

    // Inside a connection too.
    QJsonObject connectionJson = object(R"({"connectionId":"c1"})");
    connectionJson.insert(u"schedule"_s, input);
    const auto connection = Connection::fromJson(connectionJson);
    QVERIFY(connection);
    QCOMPARE(connection->schedule.cronExpression, expression);

    QCOMPARE(ConnectionSchedule::cron(u"0 0 12 * * ? UTC"_s).toRequestJson().value(u"cronExpression"_s).toString(),
             u"0 0 12 * * ?"_s);
}

void tst_DomainParsing::maskedSecretsPreserved()
{
    const QJsonObject input = object(R"({
        "sourceId":"s1","name":"pg","sourceType":"postgres","definitionId":"d1","workspaceId":"w1",
        "configuration":{"host":"db","password":"**********","tunnel_method":{"tunnel_method":"SSH_KEY_AUTH","ssh_key":"**********"}},
        "createdAt":1714566896})");
    const auto source = Actor::fromJson(input);
    QVERIFY(source);
    QCOMPARE(source->configuration.value(u"password"_s).toString(), u"**********"_s);
    QCOMPARE(source->configuration.value(u"tunnel_method"_s).toObject().value(u"ssh_key"_s).toString(),
             u"**********"_s);
    QCOMPARE(text(source->toJson()), text(input));
}

void tst_DomainParsing::actorKindAndCreatedAt()
{
    const auto destination = Actor::fromJson(object(
        R"({"destinationId":"d9","name":"lake","destinationType":"","definitionId":"x","workspaceId":"w","configuration":{},"createdAt":1714566896})"));
    QVERIFY(destination);
    QCOMPARE(destination->kind, ActorKind::Destination);
    QCOMPARE(destination->id, u"d9"_s);
    QCOMPARE(destination->typeName, QString()); // unknown definitions have "" as their type
    QCOMPARE(destination->createdAt, utc(2024, 5, 1, 12, 34, 56));
    QCOMPARE(destination->toJson().value(u"destinationType"_s), QJsonValue(u""_s));
    QVERIFY(!destination->toJson().contains(u"sourceId"_s));

    // Asked for a source, a destination body has no sourceId: that is an identity error.
    QString error;
    QVERIFY(!Actor::fromJson(object(R"({"destinationId":"d9"})"), ActorKind::Source, &error));
    QCOMPARE(error, u"Source: required field \"sourceId\" is missing"_s);
}

void tst_DomainParsing::connectionFields()
{
    const auto connection = Connection::fromJson(object(R"({
        "connectionId":"c1","name":"pg to lake","sourceId":"s1","destinationId":"d1","workspaceId":"w1",
        "status":"inactive","schedule":{"scheduleType":"manual"},
        "configurations":{"streams":[
            {"name":"users","syncMode":"incremental_deduped_history","cursorField":["updated_at"],"primaryKey":[["id"],["org","id"]]},
            {"name":"orders","namespace":"public"}]},
        "prefix":"raw_","namespaceDefinition":"custom_format","namespaceFormat":"${SOURCE_NAMESPACE}",
        "nonBreakingSchemaUpdatesBehavior":"propagate_columns","createdAt":0,
        "tags":[{"tagId":"t1","name":"prod","color":"FF0000","workspaceId":"w1"},{"tagId":"t2","name":"nightly","color":"00FF00","workspaceId":"w1"}],
        "statusReason":"paused by user"})"));
    QVERIFY(connection);
    QCOMPARE(connection->status, Connection::Status::Inactive);
    QVERIFY(!connection->isEnabled());
    QCOMPARE(connection->streamNames(), QStringList({u"users"_s, u"orders"_s}));
    QCOMPARE(connection->streams.at(0).cursorField, QStringList{u"updated_at"_s});
    QCOMPARE(connection->streams.at(0).primaryKey,
             (QList<QStringList>{QStringList{u"id"_s}, QStringList{u"org"_s, u"id"_s}}));
    QCOMPARE(connection->streams.at(1).streamNamespace, u"public"_s);
    QCOMPARE(connection->prefix, u"raw_"_s);
    QCOMPARE(connection->namespaceFormat, u"${SOURCE_NAMESPACE}"_s);
    QCOMPARE(connection->tags, QStringList({u"prod"_s, u"nightly"_s}));
    QCOMPARE(connection->statusReason, u"paused by user"_s);
    QCOMPARE(connection->createdAt, utc(1970, 1, 1, 0, 0, 0));

    const auto minimal = Connection::fromJson(object(R"({"connectionId":"c2","status":"active"})"));
    QVERIFY(minimal);
    QVERIFY(minimal->isEnabled());
    QCOMPARE(minimal->schedule.type, ConnectionSchedule::Type::Manual); // no schedule means manual
    QVERIFY(minimal->streamNames().isEmpty());
}

void tst_DomainParsing::organizationLocked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("locked");

    QTest::newRow("okay, subscribed")
        << QByteArray(R"({"organizationId":"o","billing":{"paymentStatus":"okay","subscriptionStatus":"subscribed"}})")
        << false;
    QTest::newRow("payment disabled")
        << QByteArray(R"({"organizationId":"o","billing":{"paymentStatus":"disabled"}})") << true;
    QTest::newRow("payment locked")
        << QByteArray(R"({"organizationId":"o","billing":{"paymentStatus":"locked","subscriptionStatus":"subscribed"}})")
        << true;
    QTest::newRow("unsubscribed")
        << QByteArray(R"({"organizationId":"o","billing":{"paymentStatus":"okay","subscriptionStatus":"unsubscribed"}})")
        << true;
    QTest::newRow("grace period is not locked")
        << QByteArray(R"({"organizationId":"o","billing":{"paymentStatus":"grace_period"}})") << false;
    QTest::newRow("pre-subscription is not locked")
        << QByteArray(R"({"organizationId":"o","billing":{"paymentStatus":"uninitialized","subscriptionStatus":"pre_subscription"}})")
        << false;
    QTest::newRow("no billing (OSS)") << QByteArray(R"({"organizationId":"o","organizationName":"n","sso":false})")
                                      << false;
    QTest::newRow("billing not an object") << QByteArray(R"({"organizationId":"o","billing":"locked"})") << false;
}

void tst_DomainParsing::organizationLocked()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, locked);

    const QJsonObject input = object(json);
    const auto info = OrganizationInfo::fromJson(input);
    QVERIFY(info);
    QCOMPARE(info->isAccountLocked(), locked);
    QCOMPARE(info->toJson().value(u"billing"_s), input.value(u"billing"_s));
}

void tst_DomainParsing::attemptAndJobInfo()
{
    const QJsonObject input = object(R"({
        "job":{"id":42,"configType":"sync","configId":"c1","createdAt":1714566896,"updatedAt":1714567000,
               "startedAt":1714566900,"status":"failed",
               "aggregatedStats":{"recordsEmitted":10,"bytesEmitted":100,"recordsCommitted":8,"bytesCommitted":80,"recordsRejected":0}},
        "attempts":[
          {"attempt":{"id":100,"status":"failed","createdAt":1714566900,"updatedAt":1714566950,"endedAt":1714566950,
                      "bytesSynced":50,"recordsSynced":5,
                      "failureSummary":{"failures":[{"failureOrigin":"source","failureType":"config_error",
                          "externalMessage":"Bad password","internalMessage":"auth failed","timestamp":1714566949000}],
                          "partialSuccess":false}},
           "logType":"formatted","logs":{"logLines":["a","b"]}},
          {"attempt":{"id":101,"status":"failed","createdAt":1714566960,"updatedAt":1714567000}}]})");
    const auto info = JobInfo::fromJson(input);
    QVERIFY(info);
    QCOMPARE(info->id, qint64(42));
    QCOMPARE(info->configType, u"sync"_s);
    QCOMPARE(info->status, JobStatus::Failed);
    QCOMPARE(info->startedAt, utc(2024, 5, 1, 12, 35, 0));
    QVERIFY(info->aggregatedStats);
    QCOMPARE(info->aggregatedStats->bytesCommitted, std::optional<qint64>(80));
    QCOMPARE(info->attempts.size(), 2);
    const Attempt &first = info->attempts.at(0);
    QCOMPARE(first.number, 0);
    QCOMPARE(info->attempts.at(1).number, 1);
    QCOMPARE(first.id, qint64(100));
    QCOMPARE(first.createdAt, utc(2024, 5, 1, 12, 35, 0));
    QCOMPARE(first.bytesSynced, std::optional<qint64>(50));
    QCOMPARE(first.failureMessages(), QStringList{u"Bad password"_s});
    QCOMPARE(first.failures.at(0).origin, u"source"_s);
    QCOMPARE(first.failures.at(0).timestamp, utc(2024, 5, 1, 12, 35, 49));
    QCOMPARE(first.logFormat, Attempt::LogFormat::Formatted);
    QVERIFY(!info->attempts.at(1).endedAt.isValid());
    QVERIFY(!info->attempts.at(1).bytesSynced);
    QCOMPARE(text(info->toJson()), text(input));
}

void tst_DomainParsing::connectionState_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ConnectionState::Type>("type");
    QTest::addColumn<QStringList>("streams");

    QTest::newRow("stream") << QByteArray(R"({"connectionId":"c","stateType":"stream","streamState":[
            {"streamDescriptor":{"name":"users","namespace":"public"},"streamState":{"cursor":"2024-01-01"}},
            {"streamDescriptor":{"name":"orders"},"streamState":{"cursor":5}}]})")
                            << ConnectionState::Type::Stream << QStringList{u"users"_s, u"orders"_s};
    QTest::newRow("global") << QByteArray(R"({"connectionId":"c","stateType":"global","globalState":{
            "shared_state":{"lsn":123},"streamStates":[{"streamDescriptor":{"name":"t1"},"streamState":{}}]}})")
                            << ConnectionState::Type::Global << QStringList{u"t1"_s};
    QTest::newRow("legacy") << QByteArray(R"({"connectionId":"c","stateType":"legacy","state":{"cdc":true}})")
                            << ConnectionState::Type::Legacy << QStringList();
    QTest::newRow("not set") << QByteArray(R"({"connectionId":"c","stateType":"not_set"})")
                             << ConnectionState::Type::NotSet << QStringList();
    QTest::newRow("streamState not an array")
        << QByteArray(R"({"connectionId":"c","stateType":"stream","streamState":{"oops":1}})")
        << ConnectionState::Type::Stream << QStringList();
}

void tst_DomainParsing::connectionState()
{
    QFETCH(QByteArray, json);
    QFETCH(ConnectionState::Type, type);
    QFETCH(QStringList, streams);

    const QJsonObject input = object(json);
    const auto state = ConnectionState::fromJson(input);
    QVERIFY(state);
    QCOMPARE(state->stateType, type);
    QStringList names;
    for (const auto &stream : state->streams)
        names.append(stream.name);
    QCOMPARE(names, streams);
    QCOMPARE(text(state->toJson()), text(input)); // written back whole, so kept whole
    if (type == ConnectionState::Type::Stream && !streams.isEmpty()) {
        QCOMPARE(state->stream(u"users"_s, u"public"_s)->state.value(u"cursor"_s).toString(), u"2024-01-01"_s);
        QVERIFY(!state->stream(u"users"_s)); // namespace is part of the identity
    }
    if (type == ConnectionState::Type::Global)
        QCOMPARE(state->sharedState.value(u"lsn"_s).toInt(), 123);
}

void tst_DomainParsing::connectorDefinitionShapes()
{
    const auto config = ConnectorDefinitionInfo::fromJson(object(R"({
        "destinationDefinitionId":"dd","name":"BigQuery","dockerRepository":"airbyte/destination-bigquery",
        "dockerImageTag":"2.9.0","documentationUrl":"https://docs.airbyte.com/x","icon":"https://cdn/x.svg",
        "supportLevel":"certified","releaseStage":"generally_available","custom":false})"));
    QVERIFY(config);
    QCOMPARE(config->kind, ActorKind::Destination);
    QCOMPARE(config->id, u"dd"_s);
    QCOMPARE(config->iconUrl, u"https://cdn/x.svg"_s);
    QCOMPARE(config->supportLevel, u"certified"_s);

    const auto publicShape = ConnectorDefinitionInfo::fromJson(
        object(R"({"id":"p1","name":"Faker","dockerRepository":"airbyte/source-faker","dockerImageTag":"6.2.0"})"),
        ActorKind::Source);
    QVERIFY(publicShape);
    QCOMPARE(publicShape->kind, ActorKind::Source);
    QCOMPARE(publicShape->dockerImageTag, u"6.2.0"_s);
    QVERIFY(publicShape->iconUrl.isEmpty());
    QCOMPARE(text(publicShape->toJson()),
             text(object(R"({"id":"p1","name":"Faker","dockerRepository":"airbyte/source-faker","dockerImageTag":"6.2.0"})")));

    const auto listed = ConnectorDefinitionInfo::fromJson(
        object(R"({"id":"p2","name":"Dev Null","connectorDefinitionType":"destination","version":"0.4.0"})"));
    QVERIFY(listed);
    QCOMPARE(listed->kind, ActorKind::Destination);
    QCOMPARE(listed->dockerImageTag, u"0.4.0"_s);
    QVERIFY(!listed->toJson().contains(u"dockerImageTag"_s));

    const auto spec = ConnectorSpecification::fromJson(object(R"({
        "destinationDefinitionId":"dd","documentationUrl":"https://docs","connectionSpecification":{"type":"object","required":["project_id"]},
        "supportedDestinationSyncModes":["overwrite","append"],"jobInfo":{"id":"j","succeeded":true}})"));
    QVERIFY(spec);
    QCOMPARE(spec->kind, ActorKind::Destination);
    QCOMPARE(spec->supportedDestinationSyncModes, QStringList({u"overwrite"_s, u"append"_s}));
    QVERIFY(spec->advancedAuth.isEmpty());
    QVERIFY(spec->toJson().contains(u"jobInfo"_s));

    const auto declarative = DeclarativeDefinition::fromJson(
        object(R"({"id":"dd1","name":"my api","manifest":{"version":"6.0.0","type":"DeclarativeSource"},"version":3})"));
    QVERIFY(declarative);
    QCOMPARE(declarative->version, qint64(3));
    QCOMPARE(declarative->manifest.value(u"type"_s).toString(), u"DeclarativeSource"_s);
}

void tst_DomainParsing::listPage()
{
    const auto page = ListPage::fromJson(object(
        R"({"data":[{"workspaceId":"a"},{"workspaceId":"b"}],"next":"https://api.airbyte.com/v1/workspaces?limit=2&offset=2"})"));
    QVERIFY(page);
    QCOMPARE(page->data.size(), 2);
    QVERIFY(page->hasNext());
    QVERIFY(page->previous.isEmpty());

    const auto last = ListPage::fromJson(object(R"({"data":[],"next":""})"));
    QVERIFY(last);
    QVERIFY(!last->hasNext());
}

void tst_DomainParsing::roundTripKeepsUnknownFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("workspace with notifications")
        << u"Workspace"_s
        << QByteArray(R"({"workspaceId":"w","name":"Acme","dataResidency":"auto","notifications":{"failure":{"email":{"enabled":true}}},"futureField":[1,2]})");
    QTest::newRow("config workspace with slug")
        << u"Workspace"_s
        << QByteArray(R"({"workspaceId":"w","name":"Acme","slug":"acme","organizationId":"o","initialSetupComplete":true})");
    QTest::newRow("organization") << u"Organization"_s
                                  << QByteArray(R"({"organizationId":"o","organizationName":"Acme","email":"a@b.c","x":1})");
    QTest::newRow("organization info")
        << u"OrganizationInfo"_s
        << QByteArray(R"({"organizationId":"o","organizationName":"Acme","sso":true,"scim":false,"organizationPlanId":"pro",
                          "billing":{"paymentStatus":"grace_period","subscriptionStatus":"subscribed","accountType":"free","gracePeriodEndsAt":1714566896}})");
    QTest::newRow("source with resource allocation")
        << u"Source"_s
        << QByteArray(R"({"sourceId":"s","name":"n","sourceType":"faker","definitionId":"d","workspaceId":"w",
                          "configuration":{"count":10},"createdAt":1714566896,"resourceAllocation":{"default":{"cpuLimit":"1"}}})");
    QTest::newRow("destination with empty type")
        << u"Destination"_s
        << QByteArray(R"({"destinationId":"d","name":"n","destinationType":"","definitionId":"x","workspaceId":"w","configuration":{},"createdAt":1})");
    QTest::newRow("stream with mappers")
        << u"StreamConfiguration"_s
        << QByteArray(R"({"name":"users","namespace":"public","syncMode":"full_refresh_overwrite","cursorField":[],"primaryKey":[],
                          "selectedFields":[{"fieldPath":["id"]}],"mappers":[{"type":"hashing"}],"includeFiles":false})");
    QTest::newRow("connection")
        << u"Connection"_s
        << QByteArray(R"({"connectionId":"c","name":"n","sourceId":"s","destinationId":"d","workspaceId":"w","status":"active",
                          "schedule":{"scheduleType":"cron","cronExpression":"0 0 12 * * ? UTC"},
                          "configurations":{"streams":[{"name":"users","syncMode":"incremental_append","cursorField":["ts"],"primaryKey":[["id"]]}]},
                          "prefix":"","namespaceDefinition":"destination","nonBreakingSchemaUpdatesBehavior":"ignore","createdAt":1714566896,
                          "tags":[{"tagId":"t","name":"prod","color":"FF0000","workspaceId":"w"}],"dataResidency":"auto"})");
    QTest::newRow("job running")
        << u"Job"_s
        << QByteArray(R"({"jobId":7,"status":"running","jobType":"sync","startTime":"2024-05-01T12:34Z","connectionId":"c",
                          "lastUpdatedAt":null,"duration":"PT1M","bytesSynced":null,"rowsSynced":null})");
    QTest::newRow("job done")
        << u"Job"_s
        << QByteArray(R"({"jobId":8,"status":"succeeded","jobType":"clear","startTime":"2024-05-01T12:34:56Z","connectionId":"c",
                          "lastUpdatedAt":"2024-05-01T20:41:08Z","duration":"PT8H6M12S","bytesSynced":123,"rowsSynced":4})");
    QTest::newRow("attempt structured")
        << u"Attempt"_s
        << QByteArray(R"({"attempt":{"id":1,"status":"succeeded","createdAt":1,"updatedAt":2,"endedAt":2,"totalStats":{"recordsEmitted":1}},
                          "logType":"structured","logs":{"events":[{"timestamp":1714566896123,"level":"info","message":"hi","logSource":"platform",
                          "caller":{"className":"X"}}],"version":"1"}})");
    QTest::newRow("job info without attempts")
        << u"JobInfo"_s
        << QByteArray(R"({"job":{"id":1,"configType":"sync","configId":"c","createdAt":1,"updatedAt":2,"status":"pending","enabledStreams":[{"name":"a"}]},"attempts":[]})");
    QTest::newRow("declarative")
        << u"DeclarativeDefinition"_s
        << QByteArray(R"({"id":"d","name":"n","manifest":{"version":"6.0.0","type":"DeclarativeSource","spec":{"connection_specification":{}}},"version":1})");
    QTest::newRow("config source definition")
        << u"ConnectorDefinitionInfo"_s
        << QByteArray(R"({"sourceDefinitionId":"d","name":"Faker","dockerRepository":"airbyte/source-faker","dockerImageTag":"6.2.0",
                          "documentationUrl":"https://docs","icon":"https://cdn/faker.svg","protocolVersion":"0.2.0","custom":false,
                          "enterprise":false,"supportLevel":"certified","releaseStage":"generally_available","sourceType":"api"})");
    QTest::newRow("spec with advanced auth")
        << u"ConnectorSpecification"_s
        << QByteArray(R"({"sourceDefinitionId":"d","documentationUrl":"https://docs","connectionSpecification":{"type":"object"},
                          "advancedAuth":{"authFlowType":"oauth2.0","predicateKey":["credentials","auth_type"]},
                          "advancedAuthGlobalCredentialsAvailable":true,"jobInfo":{"id":"j"}})");
    QTest::newRow("list page") << u"ListPage"_s
                               << QByteArray(R"({"data":[{"a":1}],"next":"n","previous":"p","total":10})");
}

void tst_DomainParsing::roundTripKeepsUnknownFields()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);

    const QJsonObject input = object(json);
    QString error;
    const auto output = parseAndEmit(type, input, &error);
    QVERIFY2(output, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(text(*output), text(input));
}

void tst_DomainParsing::requiredFieldErrors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QString &type, const char *json, const QString &message) {
        QTest::newRow(name) << type << QByteArray(json) << message;
    };
    row("workspace missing id", u"Workspace"_s, R"({"name":"x"})",
        u"Workspace: required field \"workspaceId\" is missing"_s);
    row("workspace id number", u"Workspace"_s, R"({"workspaceId":12})",
        u"Workspace: field \"workspaceId\" must be a string, got a number"_s);
    row("workspace id empty", u"Workspace"_s, R"({"workspaceId":""})",
        u"Workspace: required field \"workspaceId\" is empty"_s);
    row("organization missing id", u"Organization"_s, R"({"organizationName":"x"})",
        u"Organization: required field \"organizationId\" is missing"_s);
    row("organization info id null", u"OrganizationInfo"_s, R"({"organizationId":null})",
        u"OrganizationInfo: field \"organizationId\" must be a string, got null"_s);
    row("source missing id", u"Source"_s, R"({"name":"x"})", u"Source: required field \"sourceId\" is missing"_s);
    row("destination id object", u"Destination"_s, R"({"destinationId":{"id":"x"}})",
        u"Destination: field \"destinationId\" must be a string, got an object"_s);
    row("stream missing name", u"StreamConfiguration"_s, R"({"syncMode":"x"})",
        u"StreamConfiguration: required field \"name\" is missing"_s);
    row("connection missing id", u"Connection"_s, R"({"name":"x"})",
        u"Connection: required field \"connectionId\" is missing"_s);
    row("connection id array", u"Connection"_s, R"({"connectionId":["c"]})",
        u"Connection: field \"connectionId\" must be a string, got an array"_s);
    row("job missing id", u"Job"_s, R"({"status":"running"})", u"Job: required field \"jobId\" is missing"_s);
    row("job id string", u"Job"_s, R"({"jobId":"12"})", u"Job: field \"jobId\" must be an integer, got a string"_s);
    row("job id fraction", u"Job"_s, R"({"jobId":1.5})", u"Job: field \"jobId\" must be an integer, got a number"_s);
    row("attempt missing", u"Attempt"_s, R"({"logs":{}})", u"Attempt: required field \"attempt\" is missing"_s);
    row("attempt is array", u"Attempt"_s, R"({"attempt":[]})",
        u"Attempt: field \"attempt\" must be an object, got an array"_s);
    row("attempt id missing", u"Attempt"_s, R"({"attempt":{"status":"running"}})",
        u"Attempt.attempt: required field \"id\" is missing"_s);
    row("job info missing job", u"JobInfo"_s, R"({"attempts":[]})", u"JobInfo: required field \"job\" is missing"_s);
    row("job info job string", u"JobInfo"_s, R"({"job":"42"})", u"JobInfo: field \"job\" must be an object, got a string"_s);
    row("job info id bool", u"JobInfo"_s, R"({"job":{"id":true}})",
        u"JobInfo.job: field \"id\" must be an integer, got a boolean"_s);
    row("state missing connection", u"ConnectionState"_s, R"({"stateType":"not_set"})",
        u"ConnectionState: required field \"connectionId\" is missing"_s);
    row("declarative missing id", u"DeclarativeDefinition"_s, R"({"name":"x"})",
        u"DeclarativeDefinition: required field \"id\" is missing"_s);
    row("definition missing id", u"ConnectorDefinitionInfo"_s, R"({"name":"x"})",
        u"ConnectorDefinitionInfo: required field \"id\" is missing"_s);
    row("definition config id number", u"ConnectorDefinitionInfo"_s, R"({"sourceDefinitionId":5})",
        u"ConnectorDefinitionInfo: field \"sourceDefinitionId\" must be a string, got a number"_s);
    row("spec missing id", u"ConnectorSpecification"_s, R"({"documentationUrl":"x"})",
        u"ConnectorSpecification: required field \"sourceDefinitionId\" is missing"_s);
    row("list page missing data", u"ListPage"_s, R"({"message":"Unauthorized"})",
        u"ListPage: required field \"data\" is missing"_s);
    row("list page data object", u"ListPage"_s, R"({"data":{}})", u"ListPage: field \"data\" must be an array, got an object"_s);
}

void tst_DomainParsing::requiredFieldErrors()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!parseAndEmit(type, object(json), &error));
    QCOMPARE(error, message);
    // Asking for no message must not crash either.
    QVERIFY(!parseAndEmit(type, object(json), nullptr));
}

void tst_DomainParsing::wrongTypesNeverCrash_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");

    // Identity fields are right; everything else has the wrong type.
    const QByteArray hostile = R"({"name":5,"dataResidency":[],"organizationName":{},"email":true,"sso":"yes",
        "billing":[],"sourceType":7,"destinationType":null,"definitionId":[],"workspaceId":{},"configuration":"**********",
        "createdAt":"2024-05-01","scheduleType":3,"cronExpression":{},"basicTiming":[],"namespace":1,"syncMode":[],
        "cursorField":"ts","primaryKey":[["id",1]],"status":{},"schedule":"cron","configurations":{"streams":{"name":"x"}},
        "prefix":0,"tags":"prod","statusReason":[],"jobType":[],"startTime":123,"connectionId":{},"lastUpdatedAt":[],
        "duration":{},"bytesSynced":"1","rowsSynced":{},"timestamp":"now","level":4,"message":{},"logSource":[],
        "logType":1,"logs":[],"attempts":{},"stateType":[],"streamState":"x","globalState":[],"manifest":"yaml",
        "version":"3","dockerRepository":1,"dockerImageTag":{},"documentationUrl":[],"icon":0,"connectionSpecification":[],
        "advancedAuth":"x","supportedDestinationSyncModes":[1,2],"next":{},"previous":[]})";

    for (const QString &type : allTypes) {
        QJsonObject object = QJsonDocument::fromJson(hostile).object();
        if (type == u"Workspace"_s)
            object.insert(u"workspaceId"_s, u"w"_s);
        else if (type == u"Organization"_s || type == u"OrganizationInfo"_s)
            object.insert(u"organizationId"_s, u"o"_s);
        else if (type == u"Source"_s || type == u"Actor"_s)
            object.insert(u"sourceId"_s, u"s"_s);
        else if (type == u"Destination"_s)
            object.insert(u"destinationId"_s, u"d"_s);
        else if (type == u"StreamConfiguration"_s)
            object.insert(u"name"_s, u"users"_s);
        else if (type == u"Connection"_s || type == u"ConnectionState"_s)
            object.insert(u"connectionId"_s, u"c"_s);
        else if (type == u"Job"_s)
            object.insert(u"jobId"_s, 9);
        else if (type == u"Attempt"_s)
            object.insert(u"attempt"_s, QJsonObject{{u"id"_s, 1}, {u"status"_s, 2}, {u"failureSummary"_s, u"x"_s},
                                                    {u"createdAt"_s, u"x"_s}});
        else if (type == u"JobInfo"_s)
            object.insert(u"job"_s, QJsonObject{{u"id"_s, 1}, {u"aggregatedStats"_s, QJsonArray{1}}});
        else if (type == u"DeclarativeDefinition"_s || type == u"ConnectorDefinitionInfo"_s)
            object.insert(u"id"_s, u"x"_s);
        else if (type == u"ConnectorSpecification"_s)
            object.insert(u"sourceDefinitionId"_s, u"x"_s);
        else if (type == u"ListPage"_s)
            object.insert(u"data"_s, QJsonArray{1, u"two"_s, QJsonValue::Null});
        QTest::newRow(qPrintable(type)) << type << QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    QTest::newRow("attempt logs wrong inside")
        << u"Attempt"_s
        << QByteArray(R"({"attempt":{"id":1},"logs":{"events":[1,"x",null,{"timestamp":[]}],"logLines":"x"}})");
    QTest::newRow("attempt log lines not strings")
        << u"Attempt"_s << QByteArray(R"({"attempt":{"id":1},"logs":{"logLines":[1,{"a":2},null]}})");
    QTest::newRow("job info attempts broken")
        << u"JobInfo"_s << QByteArray(R"({"job":{"id":1},"attempts":[1,{"attempt":"x"},{"attempt":{"id":2}}]})");
    QTest::newRow("connection streams without names")
        << u"Connection"_s
        << QByteArray(R"({"connectionId":"c","configurations":{"streams":[{"syncMode":"x"},{"name":"ok"},7]},"tags":[1,{"name":2},null]})");
    QTest::newRow("state with broken descriptors")
        << u"ConnectionState"_s
        << QByteArray(R"({"connectionId":"c","stateType":"global","globalState":{"shared_state":[],"streamStates":[1,{"streamDescriptor":"x"}]}})");
}

void tst_DomainParsing::wrongTypesNeverCrash()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);

    const QJsonObject input = object(json);
    QString error;
    const auto output = parseAndEmit(type, input, &error);
    QVERIFY2(output, qPrintable(error));
    // Nothing the server sent is lost: each key comes back, and one we could not read comes back as sent.
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        QVERIFY2(output->contains(it.key()), qPrintable(type + u": lost "_s + it.key()));
        if (!it.value().isObject())
            QVERIFY2(output->value(it.key()) == it.value(), qPrintable(type + u": changed "_s + it.key()));
    }
}

QTEST_GUILESS_MAIN(tst_DomainParsing)
#include "tst_DomainParsing.moc"

#include "ServiceTestUtil.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace airdesk::test {

api::ApiError awaitDone(const std::function<void(api::DoneCallback)> &start, int timeoutMs)
{
    auto result = std::make_shared<std::optional<api::ApiError>>();
    start([result](const api::ApiError &error) { *result = error; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs);
    return result->value_or(api::ApiError::configuration(u"no answer"_s));
}

api::ApiError awaitDone(const std::function<void(const QObject *, api::DoneCallback)> &start, int timeoutMs)
{
    QObject context;
    return awaitDone(std::function<void(api::DoneCallback)>(
                         [&start, &context](api::DoneCallback callback) { start(&context, std::move(callback)); }),
                     timeoutMs);
}

QString createFakerSource(SandboxFixture &fixture, const QString &name)
{
    return fixture
        .call("POST", u"/sources"_s,
              {{u"name"_s, name},
               {u"workspaceId"_s, fixture.workspaceId()},
               {u"configuration"_s, QJsonObject{{u"sourceType"_s, u"faker"_s}}}})
        .object()
        .value(u"sourceId"_s)
        .toString();
}

QString createDuckDbDestination(SandboxFixture &fixture, const QString &name, const QString &path)
{
    const QJsonObject configuration{{u"destinationType"_s, u"duckdb"_s}, {u"destination_path"_s, path}};
    return fixture
        .call("POST", u"/destinations"_s,
              {{u"name"_s, name}, {u"workspaceId"_s, fixture.workspaceId()}, {u"configuration"_s, configuration}})
        .object()
        .value(u"destinationId"_s)
        .toString();
}

QString createConnection(SandboxFixture &fixture, const QString &sourceId, const QString &destinationId,
                         const QString &name)
{
    return fixture
        .call("POST", u"/connections"_s,
              {{u"sourceId"_s, sourceId}, {u"destinationId"_s, destinationId}, {u"name"_s, name}})
        .object()
        .value(u"connectionId"_s)
        .toString();
}

} // namespace airdesk::test

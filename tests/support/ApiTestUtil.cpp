#include "ApiTestUtil.h"

#include <QTest>

namespace airdesk::test {

CallResult callAndWait(api::ApiClient &client, const api::ApiRequest &request, int timeoutMs)
{
    auto result = std::make_shared<CallResult>();
    QObject context;
    client.send(request, &context, [result](const api::ApiResponse &response, const api::ApiError &error) {
        result->response = response;
        result->error = error;
        result->done = true;
    });
    (void)QTest::qWaitFor([&result] { return result->done; }, timeoutMs);
    return *result;
}

namespace {
std::unique_ptr<api::ApiClient> makeWith(SandboxFixture &fixture, const api::Credentials &credentials)
{
    const auto roots = api::ApiRoots::make(fixture.server().publicApiRoot().toString());
    auto client = std::make_unique<api::ApiClient>(*roots, credentials);
    client->setRetryPolicy({3, 10, 50});
    return client;
}
} // namespace

std::unique_ptr<api::ApiClient> makeClient(SandboxFixture &fixture)
{
    const auto &options = fixture.server().options();
    return makeWith(fixture, api::Credentials::clientCredentials(options.clientId, options.clientSecret));
}

std::unique_ptr<api::WorkspaceSession> makeSession(SandboxFixture &fixture)
{
    const auto roots = api::ApiRoots::make(fixture.server().publicApiRoot().toString());
    const auto &o = fixture.server().options();
    return std::make_unique<api::WorkspaceSession>(
        *roots, api::Credentials::clientCredentials(o.clientId, o.clientSecret), fixture.workspaceId());
}

std::unique_ptr<api::ApiClient> makeBearerClient(SandboxFixture &fixture, const QString &token)
{
    return makeWith(fixture, api::Credentials::bearer(token));
}

} // namespace airdesk::test

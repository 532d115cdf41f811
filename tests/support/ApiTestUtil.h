#pragma once

#include "SandboxFixture.h"

#include "api/ApiClient.h"
#include "api/WorkspaceSession.h"

#include <memory>

namespace airdesk::test {

/// One finished API call, for tests.
struct CallResult
{
    api::ApiResponse response;
    api::ApiError error;
    bool done = false;
};

/// Sends `request` and waits (tests only; the GUI never waits) for its single callback.
CallResult callAndWait(api::ApiClient &client, const api::ApiRequest &request, int timeoutMs = 15000);

/// A client for the fixture's sandbox with its default client credentials and a fast retry policy.
std::unique_ptr<api::ApiClient> makeClient(SandboxFixture &fixture);
/// A whole workspace session (client and services) on the fixture's default workspace, with its
/// default client credentials: what the GUI tests give their windows and dialogs.
std::unique_ptr<api::WorkspaceSession> makeSession(SandboxFixture &fixture);
/// A client for the fixture's sandbox with a fixed bearer token.
std::unique_ptr<api::ApiClient> makeBearerClient(SandboxFixture &fixture, const QString &token);

} // namespace airdesk::test

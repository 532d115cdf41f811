#pragma once

#include "CliArguments.h"
#include "CliOutput.h"

#include "api/ApiClient.h"

#include <QObject>

#include <functional>
#include <memory>

namespace airdesk::sandbox {
class SandboxServer;
}

namespace airdesk::cli {

/// What a running command needs: the output, the API client for the chosen workspace (or
/// the in-process sandbox with --sandbox), and a way to finish with an exit code.
class CliContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext(const CliArguments &arguments, QObject *parent = nullptr);
    ~CliContext() override;

    /// Resolves roots, credentials (environment only) and workspace, starting the sandbox
    /// with --sandbox. False (with the error printed) when something is missing or wrong.
    bool connectApi();

    const CliArguments &args() const { return m_args; }
    CliOutput &out() { return m_out; }
    api::ApiClient &client() { return *m_client; }
    QString workspaceId() const { return m_workspaceId; }
    int timeoutSeconds() const { return m_timeoutSeconds; }

    /// Ends the program with `code` once control returns to the event loop.
    void finish(int code);
    /// Prints the error and finishes with its exit code.
    void fail(const api::ApiError &error);
    void usage(const QString &message);

private:
    CliArguments m_args;
    CliOutput m_out;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    QString m_workspaceId;
    int m_timeoutSeconds = 300;
};

} // namespace airdesk::cli

#include "CliContext.h"

#include "api/ApiTls.h"
#include "api/Credentials.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

CliContext::CliContext(const CliArguments &arguments, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_out(arguments.globals.contains(u"json"_s))
{
    bool ok = false;
    const int timeout = arguments.globals.value(u"timeout"_s).toInt(&ok);
    if (ok && timeout > 0) {
        m_timeoutSeconds = timeout;
        // --timeout bounds the whole command: whatever is still waiting then ends with exit 5.
        QTimer::singleShot(std::chrono::seconds(timeout), this, [this, timeout] {
            m_out.error(u"timed out after %1 s"_s.arg(timeout));
            QCoreApplication::exit(CliOutput::TimedOut);
        });
    }
}

CliContext::~CliContext() = default;

bool CliContext::connectApi()
{
    const api::EnvironmentConfig env = api::EnvironmentConfig::read();
    std::optional<api::Credentials> credentials;
    QString publicRoot = m_args.globals.value(u"api-url"_s, env.apiUrl);
    QString configRoot = m_args.globals.value(u"config-api-url"_s, env.configApiUrl);
    m_workspaceId = m_args.globals.value(u"workspace-id"_s, env.workspaceId);

    if (m_args.globals.contains(u"sandbox"_s)) {
        QString error;
        const auto options = sandbox::SandboxOptions::parse({u"--job-duration-ms"_s, u"3000"_s}, &error);
        m_sandbox = std::make_unique<sandbox::SandboxServer>(*options);
        if (!m_sandbox->start(&error)) {
            m_out.error(u"cannot start the sandbox: "_s + error);
            return false;
        }
        publicRoot = m_sandbox->publicApiRoot().toString();
        configRoot = m_sandbox->configApiRoot().toString();
        credentials = api::Credentials::clientCredentials(options->clientId, options->clientSecret);
        if (!m_args.globals.contains(u"workspace-id"_s))
            m_workspaceId = m_sandbox->defaultWorkspaceId();
    } else {
        if (!env.credentialsError.isEmpty()) {
            m_out.error(env.credentialsError);
            return false;
        }
        if (!env.credentials) {
            m_out.error(u"no credentials: set AIRBYTE_CLOUD_CLIENT_ID and AIRBYTE_CLOUD_CLIENT_SECRET, or "
                        u"AIRBYTE_CLOUD_BEARER_TOKEN (or try --sandbox)"_s);
            return false;
        }
        credentials = env.credentials;
    }
    QString error;
    const auto roots = api::ApiRoots::make(publicRoot, configRoot, m_args.globals.value(u"web-url"_s), &error);
    if (!roots) {
        m_out.error(error);
        return false;
    }
    if (m_workspaceId.isEmpty()) {
        m_out.error(u"no workspace: give --workspace-id or set AIRBYTE_CLOUD_WORKSPACE_ID"_s);
        return false;
    }
    m_client = std::make_unique<api::ApiClient>(*roots, *credentials);
    if (const QString bundle = m_args.globals.value(u"ca-bundle"_s); !bundle.isEmpty()) {
        const auto tls = api::ApiTls::fromCaBundleFile(bundle, &error);
        if (!tls) {
            m_out.error(u"--ca-bundle: "_s + error);
            return false;
        }
        m_client->setTls(*tls);
    }
    return true;
}

void CliContext::finish(int code)
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void CliContext::fail(const api::ApiError &error)
{
    finish(m_out.apiError(error));
}

void CliContext::usage(const QString &message)
{
    m_out.error(message);
    finish(CliOutput::Usage);
}

} // namespace airdesk::cli

// airdesk-cli: Airdesk's services for scripts. Credentials come from the environment only
// (never from a flag, so they stay out of shell history).
#include "CliContext.h"
#include "CommandSpec.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace airdesk::cli;

namespace {

const QStringList kGlobalValues = {u"api-url"_s, u"config-api-url"_s, u"web-url"_s, u"workspace-id"_s, u"timeout"_s,
                                   u"ca-bundle"_s};
const QStringList kGlobalFlags = {u"json"_s, u"sandbox"_s, u"help"_s, u"version"_s};

QList<CommandSpec> allCommands()
{
    QList<CommandSpec> all;
    all += workspaceCommands();
    all += actorCommands();
    all += connectionCommands();
    all += artifactCommands();
    all += jobCommands();
    all += definitionCommands();
    all += connectorCommands();
    all += cronCommands();
    return all;
}

QString usageText(const QList<CommandSpec> &commands)
{
    QString text = uR"(Usage: airdesk-cli [--api-url URL] [--config-api-url URL] [--web-url URL] [--workspace-id ID]
                   [--ca-bundle PEM] [--json] [--sandbox] [--timeout SECONDS] <group> <command> [args]

Credentials come from the environment: AIRBYTE_CLOUD_CLIENT_ID and AIRBYTE_CLOUD_CLIENT_SECRET, or
AIRBYTE_CLOUD_BEARER_TOKEN (aliases AIRBYTE_CLIENT_ID, ...). --sandbox uses an in-process sandbox.
--ca-bundle trusts the certificate authorities of a PEM file besides the system's (self-managed).
Exit codes: 0 ok, 1 API or network error, 2 usage, 3 invalid input, 4 sync failed or cancelled, 5 timed out.

Commands:
)"_s;
    for (const CommandSpec &c : commands)
        text += u"  "_s + c.usage + u'\n';
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"airdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRDESK_VERSION));
    // Scripts read stdout and stderr: diagnostics only when asked for (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"airdesk.*.debug=false"_s);
    const QList<CommandSpec> commands = allCommands();

    QSet<QString> values(kGlobalValues.begin(), kGlobalValues.end());
    QSet<QString> flags(kGlobalFlags.begin(), kGlobalFlags.end());
    for (const CommandSpec &c : commands) {
        values.unite(QSet<QString>(c.valueOptions.begin(), c.valueOptions.end()));
        flags.unite(QSet<QString>(c.flagOptions.begin(), c.flagOptions.end()));
    }
    const QSet<QString> globals = QSet<QString>(kGlobalValues.begin(), kGlobalValues.end())
                                      .unite(QSet<QString>(kGlobalFlags.begin(), kGlobalFlags.end()));
    QString error;
    const auto args = CliArguments::parse(app.arguments().mid(1), values, flags, globals, &error);
    CliOutput out(false);
    if (!args) {
        out.error(error + u" (see --help)"_s);
        return CliOutput::Usage;
    }
    if (args->globals.contains(u"version"_s)) {
        out.printLine(u"airdesk-cli "_s + QCoreApplication::applicationVersion());
        return CliOutput::Ok;
    }
    if (args->globals.contains(u"help"_s) || args->group.isEmpty()) {
        out.printLine(usageText(commands));
        return args->globals.contains(u"help"_s) ? CliOutput::Ok : CliOutput::Usage;
    }
    const CommandSpec *spec = nullptr;
    for (const CommandSpec &c : commands) {
        // "sources" and "destinations" share their commands.
        if (c.group.split(u'|').contains(args->group) && c.command == args->command)
            spec = &c;
    }
    if (!spec) {
        out.error(u"unknown command \"%1 %2\" (see --help)"_s.arg(args->group, args->command));
        return CliOutput::Usage;
    }
    for (auto it = args->options.cbegin(); it != args->options.cend(); ++it) {
        if (!spec->valueOptions.contains(it.key()) && !spec->flagOptions.contains(it.key())) {
            out.error(u"--%1 does not apply here. Usage: airdesk-cli %2"_s.arg(it.key(), spec->usage));
            return CliOutput::Usage;
        }
    }
    if (args->positional.size() < spec->minArgs || args->positional.size() > spec->maxArgs) {
        out.error(u"usage: airdesk-cli "_s + spec->usage);
        return CliOutput::Usage;
    }
    CliContext context(*args);
    if (spec->needsApi && !context.connectApi())
        return CliOutput::Usage;
    spec->run(context);
    return QCoreApplication::exec();
}

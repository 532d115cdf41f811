#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace airdesk::cli {

class CliContext;

/// One `<group> <command>`: its usage line, the options it takes, how many positional
/// arguments, whether it talks to the API, and what it does.
struct CommandSpec
{
    QString group;
    QString command;
    QString usage;
    QStringList valueOptions;
    QStringList flagOptions;
    int minArgs = 0;
    int maxArgs = 0;
    bool needsApi = true;
    std::function<void(CliContext &)> run;
};

QList<CommandSpec> cronCommands();
QList<CommandSpec> workspaceCommands();
QList<CommandSpec> actorCommands();
QList<CommandSpec> connectionCommands();
QList<CommandSpec> jobCommands();
QList<CommandSpec> definitionCommands();
QList<CommandSpec> connectorCommands();
QList<CommandSpec> artifactCommands();

} // namespace airdesk::cli

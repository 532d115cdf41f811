#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace airdesk::cli {

/// The command line split into global options, the `<group> <command>` pair, positional
/// arguments and the command's own options. Which options take a value is declared up front,
/// so `--json` and `--name X` are told apart without guessing.
struct CliArguments
{
    QHash<QString, QString> globals; // --api-url etc.; flags map to "1"
    QString group;
    QString command;
    QStringList positional;
    QHash<QString, QString> options; // the command's --options; flags map to "1"

    bool flag(const QString &name) const { return options.contains(name) || globals.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return options.value(name, fallback); }

    /// `valueOptions`: every option (global or command) that takes a value. `flagOptions`: those
    /// that do not. Anything else starting with "--" is a usage error.
    static std::optional<CliArguments> parse(const QStringList &arguments, const QSet<QString> &valueOptions,
                                             const QSet<QString> &flagOptions, const QSet<QString> &globalNames,
                                             QString *error);
};

} // namespace airdesk::cli

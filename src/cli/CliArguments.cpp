#include "CliArguments.h"

using namespace Qt::StringLiterals;

namespace airdesk::cli {

std::optional<CliArguments> CliArguments::parse(const QStringList &arguments, const QSet<QString> &valueOptions,
                                                const QSet<QString> &flagOptions, const QSet<QString> &globalNames,
                                                QString *error)
{
    CliArguments out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg.startsWith(u"--"_s) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            QHash<QString, QString> &target = globalNames.contains(name) ? out.globals : out.options;
            if (valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size()) {
                        *error = u"--%1 needs a value"_s.arg(name);
                        return std::nullopt;
                    }
                    value = arguments.at(++i);
                }
                target.insert(name, value);
            } else if (flagOptions.contains(name) && !inlineValue) {
                target.insert(name, u"1"_s);
            } else {
                *error = u"unknown option --%1"_s.arg(name);
                return std::nullopt;
            }
            continue;
        }
        if (out.group.isEmpty())
            out.group = arg;
        else if (out.command.isEmpty())
            out.command = arg;
        else
            out.positional.append(arg);
    }
    return out;
}

} // namespace airdesk::cli

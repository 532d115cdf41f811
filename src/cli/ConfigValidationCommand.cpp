// `airdesk-cli connectors validate-config --spec SPEC.json --config CONFIG.json`: checks a
// connector configuration against a spec offline, as the form does before it submits.
#include "CliContext.h"
#include "CliFiles.h"
#include "CommandSpec.h"

#include "core/spec/ConfigValidator.h"

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

void validateConfig(CliContext &ctx)
{
    const QString specPath = ctx.args().value(u"spec"_s);
    const QString configPath = ctx.args().value(u"config"_s);
    if (specPath.isEmpty() || configPath.isEmpty())
        return ctx.usage(u"usage: connectors validate-config --spec SPEC.json --config CONFIG.json"_s);
    QString error;
    const auto spec = readObjectFile(specPath, &error);
    if (!spec) {
        ctx.out().error(error);
        return ctx.finish(CliOutput::InvalidInput);
    }
    const auto config = readObjectFile(configPath, &error);
    if (!config) {
        ctx.out().error(error);
        return ctx.finish(CliOutput::InvalidInput);
    }
    // Accept a whole specification object as well as the bare connectionSpecification.
    const QJsonObject schema = spec->value(u"connectionSpecification"_s).isObject()
                                   ? spec->value(u"connectionSpecification"_s).toObject()
                                   : *spec;
    if (schema.value(u"type"_s).toString(u"object"_s) != u"object") {
        ctx.out().error(u"%1: the spec's root is not an object schema"_s.arg(specPath));
        return ctx.finish(CliOutput::InvalidInput);
    }
    const auto issues = spec::ConfigValidator::validate(schema, *config);
    if (issues.isEmpty()) {
        ctx.out().printLine(u"valid"_s);
        return ctx.finish(CliOutput::Ok);
    }
    // One line per problem on stdout, path first, for scripts to read.
    for (const spec::ValidationIssue &issue : issues)
        ctx.out().printLine(issue.message);
    ctx.finish(CliOutput::InvalidInput);
}

} // namespace

QList<CommandSpec> configValidationCommands()
{
    return {{u"connectors"_s, u"validate-config"_s, u"connectors validate-config --spec SPEC.json --config CONFIG.json"_s,
             {u"spec"_s, u"config"_s}, {}, 0, 0, false, validateConfig}};
}

} // namespace airdesk::cli

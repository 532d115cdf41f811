// `airdesk-cli definitions ...`: custom YAML source definitions.
#include "CliContext.h"
#include "CliListing.h"
#include "CliFiles.h"
#include "CommandSpec.h"

#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/YamlToJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

api::DeclarativeDefinitionService *service(CliContext &ctx)
{
    return new api::DeclarativeDefinitionService(&ctx.client(), ctx.workspaceId(), &ctx);
}

/// The manifest file as JSON, or nullopt with the error printed and the exit code set.
std::optional<QJsonObject> manifestFrom(CliContext &ctx, const QString &path)
{
    if (path.isEmpty()) {
        ctx.usage(u"--manifest FILE is required"_s);
        return std::nullopt;
    }
    QString error;
    auto manifest = readObjectFile(path, &error);
    if (!manifest) {
        ctx.out().error(error);
        ctx.finish(CliOutput::InvalidInput);
    }
    return manifest;
}

api::ResultCallback<domain::DeclarativeDefinition> printOrFail(CliContext &ctx)
{
    return [&ctx](const domain::DeclarativeDefinition &d, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        if (ctx.out().json())
            ctx.out().printJson(d.toJson());
        else
            ctx.out().printFields({{u"id"_s, d.id}, {u"name"_s, d.name}, {u"version"_s, QString::number(d.version)}});
        ctx.finish(CliOutput::Ok);
    };
}

void list(CliContext &ctx)
{
    service(ctx)->list(&ctx, [&ctx](const QList<domain::DeclarativeDefinition> &defs, const api::ApiError &error) {
        if (error.isError())
            return ctx.fail(error);
        printRowsAndFinish(ctx, defs, {u"ID"_s, u"NAME"_s, u"VERSION"_s}, [](const domain::DeclarativeDefinition &d) {
            return QStringList{d.id, d.name, QString::number(d.version)};
        });
    });
}

void show(CliContext &ctx)
{
    service(ctx)->get(ctx.args().positional.at(0), &ctx, printOrFail(ctx));
}

void publish(CliContext &ctx)
{
    const QString name = ctx.args().value(u"name"_s);
    if (name.isEmpty())
        return ctx.usage(u"usage: definitions publish --name NAME --manifest FILE [--allow-duplicate] [--no-validate] "
                         u"[--testing-values FILE]"_s);
    const auto manifest = manifestFrom(ctx, ctx.args().value(u"manifest"_s));
    if (!manifest)
        return;
    api::DeclarativeDefinitionService::PublishOptions options;
    options.unique = !ctx.args().flag(u"allow-duplicate"_s);
    options.preValidate = !ctx.args().flag(u"no-validate"_s);
    if (ctx.args().options.contains(u"testing-values"_s)) {
        QString error;
        const auto values = readObjectFile(ctx.args().value(u"testing-values"_s), &error);
        if (!values) {
            ctx.out().error(error);
            return ctx.finish(CliOutput::InvalidInput);
        }
        options.testingValues = *values;
    }
    service(ctx)->publish(name, *manifest, options, &ctx, printOrFail(ctx));
}

void update(CliContext &ctx)
{
    const auto manifest = manifestFrom(ctx, ctx.args().value(u"manifest"_s));
    if (!manifest)
        return;
    service(ctx)->update(ctx.args().positional.at(0), *manifest, &ctx, printOrFail(ctx));
}

void remove(CliContext &ctx)
{
    const QString id = ctx.args().positional.at(0);
    service(ctx)->remove(id, !ctx.args().flag(u"no-safe-mode"_s), &ctx, deletedOrFail(ctx, id));
}

/// Offline: reads the file (YAML errors with line and column) and checks what the server
/// needs before a publish. Full schema validation arrives with the manifest validator.
void validate(CliContext &ctx)
{
    const QString path = ctx.args().positional.at(0);
    manifest::YamlError yamlError;
    const auto value = manifest::YamlToJson::parseFile(path, &yamlError);
    QStringList problems;
    if (!value)
        problems.append(u"%1: %2"_s.arg(path, yamlError.toString()));
    else if (!value->isObject())
        problems.append(u"%1: the manifest must be a mapping at the top level"_s.arg(path));
    else if (const api::ApiError e = api::DeclarativeDefinitionService::validateManifest(value->toObject()); e.isError())
        problems.append(u"%1: %2"_s.arg(path, e.detail.isEmpty() ? e.message() : e.detail));
    if (ctx.out().json()) {
        QJsonArray errors;
        for (const QString &p : std::as_const(problems))
            errors.append(p);
        ctx.out().printJson(QJsonObject{{u"valid"_s, problems.isEmpty()}, {u"errors"_s, errors}});
    } else {
        for (const QString &p : std::as_const(problems))
            ctx.out().printLine(p);
        if (problems.isEmpty())
            ctx.out().printLine(u"%1: valid"_s.arg(path));
    }
    ctx.finish(problems.isEmpty() ? CliOutput::Ok : CliOutput::InvalidInput);
}

} // namespace

QList<CommandSpec> definitionCommands()
{
    const QString g = u"definitions"_s;
    return {
        {g, u"list"_s, u"definitions list"_s, {}, {}, 0, 0, true, list},
        {g, u"show"_s, u"definitions show ID"_s, {}, {}, 1, 1, true, show},
        {g, u"publish"_s,
         u"definitions publish --name NAME --manifest FILE [--allow-duplicate] [--no-validate] [--testing-values FILE]"_s,
         {u"name"_s, u"manifest"_s, u"testing-values"_s}, {u"allow-duplicate"_s, u"no-validate"_s}, 0, 0, true, publish},
        {g, u"update"_s, u"definitions update ID --manifest FILE"_s, {u"manifest"_s}, {}, 1, 1, true, update},
        {g, u"delete"_s, u"definitions delete ID [--no-safe-mode]"_s, {}, {u"no-safe-mode"_s}, 1, 1, true, remove},
        {g, u"validate"_s, u"definitions validate FILE"_s, {}, {}, 1, 1, false, validate},
    };
}

} // namespace airdesk::cli

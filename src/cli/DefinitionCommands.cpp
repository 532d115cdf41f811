// `airdesk-cli definitions ...`: custom YAML source definitions.
#include "CliContext.h"
#include "CliListing.h"
#include "CliFiles.h"
#include "CommandSpec.h"

#include "api/DeclarativeSchemaDownload.h"
#include "api/services/DeclarativeDefinitionService.h"
#include "core/manifest/DeclarativeSchemaSource.h"
#include "core/manifest/ManifestValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace airdesk::cli {

namespace {

api::DeclarativeDefinitionService *service(CliContext &ctx)
{
    return new api::DeclarativeDefinitionService(&ctx.client(), ctx.workspaceId(), &ctx);
}

/// A service that also validates against the schema, when --schema, the environment or the
/// cache has one (no download here: publishing must not wait on GitHub). False, with the
/// error printed, when a schema was named but cannot be used.
bool withSchema(CliContext &ctx, api::DeclarativeDefinitionService *service)
{
    QString error;
    auto schema = manifest::DeclarativeSchemaSource::load(ctx.args().value(u"schema"_s), &error);
    if (!schema && !error.isEmpty()) {
        ctx.out().error(error);
        ctx.finish(CliOutput::InvalidInput);
        return false;
    }
    service->setManifestSchema(std::move(schema));
    return true;
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
                         u"[--testing-values FILE] [--schema PATH]"_s);
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
    auto *definitions = service(ctx);
    if (options.preValidate && !withSchema(ctx, definitions))
        return;
    definitions->publish(name, *manifest, options, &ctx, printOrFail(ctx));
}

void update(CliContext &ctx)
{
    const auto manifest = manifestFrom(ctx, ctx.args().value(u"manifest"_s));
    if (!manifest)
        return;
    auto *definitions = service(ctx);
    if (!withSchema(ctx, definitions))
        return;
    definitions->update(ctx.args().positional.at(0), *manifest, &ctx, printOrFail(ctx));
}

void remove(CliContext &ctx)
{
    const QString id = ctx.args().positional.at(0);
    service(ctx)->remove(id, !ctx.args().flag(u"no-safe-mode"_s), &ctx, deletedOrFail(ctx, id));
}

QString issueLine(const QString &file, const manifest::ManifestIssue &issue)
{
    const QString path = issue.path.isEmpty() ? u"(root)"_s : issue.path;
    if (issue.line > 0)
        return u"%1:%2:%3: %4: %5"_s.arg(file).arg(issue.line).arg(issue.column).arg(path, issue.message);
    return u"%1: %2: %3"_s.arg(file, path, issue.message);
}

void printValidation(CliContext &ctx, const QString &file, const manifest::ManifestValidation &result)
{
    const manifest::ManifestIssues issues = result.all();
    if (ctx.out().json()) {
        QJsonArray errors;
        for (const manifest::ManifestIssue &i : issues) {
            errors.append(QJsonObject{{u"path"_s, i.path}, {u"line"_s, i.line}, {u"column"_s, i.column},
                                      {u"message"_s, i.message}, {u"text"_s, issueLine(file, i)}});
        }
        ctx.out().printJson(QJsonObject{{u"valid"_s, issues.isEmpty()},
                                        {u"schemaChecked"_s, result.schemaChecked},
                                        {u"note"_s, result.note},
                                        {u"errors"_s, errors}});
    } else {
        for (const manifest::ManifestIssue &i : issues)
            ctx.out().printLine(issueLine(file, i));
        if (!result.note.isEmpty())
            ctx.out().printLine(u"%1: note: %2"_s.arg(file, result.note));
        if (issues.isEmpty())
            ctx.out().printLine(u"%1: valid"_s.arg(file));
    }
    ctx.finish(issues.isEmpty() ? CliOutput::Ok : CliOutput::InvalidInput);
}

void validateWith(CliContext &ctx, const QString &file, const QByteArray &text,
                  std::shared_ptr<const manifest::DeclarativeSchema> schema, const QString &why)
{
    manifest::ManifestValidation result = manifest::ManifestValidator(std::move(schema)).validateText(text);
    if (!why.isEmpty() && !result.schemaChecked)
        result.note += u" ("_s + why + u')';
    printValidation(ctx, file, result);
}

/// Offline unless the schema must first be fetched: the full CDK validation (schema from
/// --schema, AIRDESK_DECLARATIVE_SCHEMA or the cache, else downloaded once into the cache);
/// without a schema, the structural checks, saying so. One line per problem:
/// FILE:LINE:COL: PATH: message.
void validate(CliContext &ctx)
{
    const QString file = ctx.args().positional.at(0);
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        ctx.out().error(u"%1: cannot read: %2"_s.arg(file, input.errorString()));
        return ctx.finish(CliOutput::InvalidInput);
    }
    const QByteArray text = input.readAll();
    QString error;
    const QString explicitSchema = ctx.args().value(u"schema"_s);
    const auto location = manifest::DeclarativeSchemaSource::locate(explicitSchema, &error);
    if (!error.isEmpty()) {
        ctx.out().error(error);
        return ctx.finish(CliOutput::InvalidInput);
    }
    if (location) {
        auto schema = manifest::DeclarativeSchema::fromFile(location->path, &error);
        if (!schema) {
            ctx.out().error(error);
            return ctx.finish(CliOutput::InvalidInput);
        }
        return validateWith(ctx, file, text, std::move(schema), QString());
    }
    if (ctx.args().flag(u"no-download"_s))
        return validateWith(ctx, file, text, nullptr, QString());
    auto *network = new QNetworkAccessManager(&ctx);
    auto *download = new api::DeclarativeSchemaDownload(network, &ctx);
    download->fetch(&ctx, [&ctx, file, text](const QString &path, const QString &why) {
        QString loadError = why;
        std::shared_ptr<const manifest::DeclarativeSchema> schema;
        if (!path.isEmpty())
            schema = manifest::DeclarativeSchema::fromFile(path, &loadError);
        validateWith(ctx, file, text, std::move(schema), schema ? QString() : loadError);
    });
}

} // namespace

QList<CommandSpec> definitionCommands()
{
    const QString g = u"definitions"_s;
    return {
        {g, u"list"_s, u"definitions list"_s, {}, {}, 0, 0, true, list},
        {g, u"show"_s, u"definitions show ID"_s, {}, {}, 1, 1, true, show},
        {g, u"publish"_s,
         u"definitions publish --name NAME --manifest FILE [--allow-duplicate] [--no-validate] [--testing-values FILE] "
         u"[--schema PATH]"_s,
         {u"name"_s, u"manifest"_s, u"testing-values"_s, u"schema"_s}, {u"allow-duplicate"_s, u"no-validate"_s}, 0, 0,
         true, publish},
        {g, u"update"_s, u"definitions update ID --manifest FILE [--schema PATH]"_s, {u"manifest"_s, u"schema"_s}, {}, 1,
         1, true, update},
        {g, u"delete"_s, u"definitions delete ID [--no-safe-mode]"_s, {}, {u"no-safe-mode"_s}, 1, 1, true, remove},
        {g, u"validate"_s, u"definitions validate FILE [--schema PATH] [--no-download]"_s, {u"schema"_s},
         {u"no-download"_s}, 1, 1, false, validate},
    };
}

} // namespace airdesk::cli

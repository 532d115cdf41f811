// GCC 12 at -O2 and above reports a false -Wrestrict in std::string code inlined from
// valijson's parser (GCC bug 105329); nothing here copies overlapping memory.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include "DeclarativeSchema.h"

#include "YamlToJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::manifest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::manifest::DeclarativeSchema", text);
}

// valijson names steps "<root>", "[streams]", "[0]"; we name them streams[0].
QString pathFromContext(const std::vector<std::string> &context)
{
    QString out;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QString step = QString::fromStdString(context[i]);
        if (step.startsWith(u'[') && step.endsWith(u']'))
            step = step.mid(1, step.size() - 2);
        bool isIndex = false;
        step.toLongLong(&isIndex);
        out += isIndex ? QString(u'[' % step % u']') : (out.isEmpty() ? step : QString(u'.' % step));
    }
    return out;
}

} // namespace

struct DeclarativeSchema::Compiled
{
    QJsonObject json;
    valijson::Schema schema;
    double compileMs = 0;
};

DeclarativeSchema::DeclarativeSchema(std::unique_ptr<Compiled> compiled)
    : d(std::move(compiled))
{
}

DeclarativeSchema::~DeclarativeSchema() = default;

std::shared_ptr<const DeclarativeSchema> DeclarativeSchema::fromText(const QByteArray &text, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    YamlError yamlError;
    const auto value = YamlToJson::parse(text, &yamlError);
    if (!value) {
        *error = tr("The declarative component schema cannot be read: %1").arg(yamlError.toString());
        return nullptr;
    }
    const QJsonObject json = value->toObject();
    if (!json.value(u"definitions"_s).isObject() || json.value(u"title"_s).toString() != u"DeclarativeSource"_s) {
        *error = tr("The file is not Airbyte's declarative component schema (no DeclarativeSource title or "
                    "definitions).");
        return nullptr;
    }
    auto compiled = std::make_unique<Compiled>();
    compiled->json = json;
    try {
        // References are all local (#/definitions/...); the $id would only make valijson treat
        // the document as remote.
        QJsonObject parsed = json;
        parsed.remove(u"$id"_s);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root(parsed);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(root), compiled->schema);
    } catch (const std::exception &e) {
        *error = tr("The declarative component schema cannot be compiled: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    compiled->compileMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return std::shared_ptr<const DeclarativeSchema>(new DeclarativeSchema(std::move(compiled)));
}

std::shared_ptr<const DeclarativeSchema> DeclarativeSchema::fromFile(const QString &path, QString *error)
{
    struct Entry
    {
        QDateTime modified;
        qint64 size = 0;
        std::shared_ptr<const DeclarativeSchema> schema;
    };
    static QMutex mutex;
    static QHash<QString, Entry> cache;

    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("No declarative component schema at %1.").arg(path);
        return nullptr;
    }
    const QString key = info.absoluteFilePath();
    QMutexLocker lock(&mutex);
    const auto found = cache.constFind(key);
    if (found != cache.constEnd() && found->modified == info.lastModified() && found->size == info.size())
        return found->schema;
    QFile file(key);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    auto schema = fromText(file.readAll(), error);
    if (schema)
        cache.insert(key, {info.lastModified(), info.size(), schema});
    return schema;
}

const QJsonObject &DeclarativeSchema::json() const
{
    return d->json;
}

double DeclarativeSchema::compileMilliseconds() const
{
    return d->compileMs;
}

bool DeclarativeSchema::accepts(const QJsonValue &instance) const
{
    valijson::Validator validator; // holds a per-call regex cache, so one per call
    return validator.validate(d->schema, valijson::adapters::QtJsonAdapter(instance), nullptr);
}

QStringList DeclarativeSchema::rawFailures(const QJsonValue &instance) const
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    validator.validate(d->schema, valijson::adapters::QtJsonAdapter(instance), &results);
    std::vector<valijson::ValidationResults::Error> errors;
    valijson::ValidationResults::Error e;
    while (results.popError(e))
        errors.push_back(e);
    std::stable_sort(errors.begin(), errors.end(),
                     [](const auto &a, const auto &b) { return a.context.size() > b.context.size(); });
    QStringList out;
    for (const auto &error : errors)
        out.append(pathFromContext(error.context) % u": "_s % QString::fromStdString(error.description));
    return out;
}

} // namespace airdesk::manifest

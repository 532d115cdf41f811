// Benchmark: validating the largest real manifest (source-appfigures, 1.25 MB) against the
// declarative component schema, as the CLI and the editor do. The schema is compiled once,
// separately timed; each validation run starts from the YAML text. Reports medians of N runs,
// with the stages (YAML, references, types and $parameters, valijson) timed on their own.
// Usage: bench_ManifestValidator [runs] [manifest.yaml | folder] [schema.yaml]
// With a folder, every *.yaml in it is validated once per run and the whole pass is timed.
#include "core/manifest/DeclarativeSchema.h"
#include "core/manifest/ManifestComponents.h"
#include "core/manifest/ManifestReferences.h"
#include "core/manifest/ManifestValidator.h"
#include "core/manifest/YamlToJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace airdesk::manifest;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double timeMs(const std::function<void()> &work, double *cpuMs = nullptr)
{
    QElapsedTimer timer;
    const double cpuStart = threadCpuMs();
    timer.start();
    work();
    if (cpuMs)
        *cpuMs = threadCpuMs() - cpuStart;
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 15;
    const QString manifestPath =
        args.size() > 2 ? args.at(2) : QStringLiteral(AIRDESK_SHARED_DIR "/connectors/manifests/source-appfigures.yaml");
    const QString schemaPath =
        args.size() > 3 ? args.at(3) : QStringLiteral(AIRDESK_SHARED_DIR "/airbyte/declarative_component_schema.yaml");
    QTextStream out(stdout);

    if (QFileInfo(manifestPath).isDir()) {
        QString error;
        const auto schema = DeclarativeSchema::fromFile(schemaPath, &error);
        if (!schema) {
            out << "schema: " << error << Qt::endl;
            return 2;
        }
        const ManifestValidator validator(schema);
        const QDir dir(manifestPath);
        QList<QByteArray> texts;
        qint64 bytes = 0;
        for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                texts.append(f.readAll());
            bytes += texts.last().size();
        }
        QList<double> passes;
        int withIssues = 0;
        for (int i = 0; i < runs; ++i) {
            passes.append(timeMs([&] {
                withIssues = 0;
                for (const QByteArray &text : std::as_const(texts))
                    withIssues += validator.validateText(text).issues.isEmpty() ? 0 : 1;
            }));
        }
        out << texts.size() << " manifests (" << bytes << " bytes), " << runs << " runs: median pass "
            << median(passes) << " ms, " << withIssues << " with CDK-level issues" << Qt::endl;
        return 0;
    }

    QFile manifestFile(manifestPath);
    QFile schemaFile(schemaPath);
    if (!manifestFile.open(QIODevice::ReadOnly) || !schemaFile.open(QIODevice::ReadOnly)) {
        out << "cannot read " << manifestPath << " or " << schemaPath << Qt::endl;
        return 2;
    }
    const QByteArray text = manifestFile.readAll();
    const QByteArray schemaText = schemaFile.readAll();

    QList<double> compile;
    std::shared_ptr<const DeclarativeSchema> schema;
    for (int i = 0; i < std::min(runs, 5); ++i) {
        QString error;
        compile.append(timeMs([&] { schema = DeclarativeSchema::fromText(schemaText, &error); }));
        if (!schema) {
            out << "schema: " << error << Qt::endl;
            return 2;
        }
    }

    const ManifestValidator validator(schema);
    QList<double> total, totalCpu, yaml, references, components, valijson;
    int issues = 0;
    for (int i = 0; i < runs; ++i) {
        double cpu = 0;
        total.append(timeMs([&] { issues = int(validator.validateText(text).issues.size()); }, &cpu));
        totalCpu.append(cpu);
        QJsonObject manifest, resolved, propagated;
        YamlError error;
        yaml.append(timeMs([&] { manifest = YamlToJson::parse(text, &error)->toObject(); }));
        QList<ManifestReferences::Problem> problems;
        references.append(timeMs([&] { resolved = ManifestReferences::resolve(manifest, &problems); }));
        components.append(timeMs([&] { propagated = ManifestComponents::propagate(resolved); }));
        valijson.append(timeMs([&] { (void)schema->accepts(propagated); }));
    }

#ifdef NDEBUG
    const char *build = "release";
#else
    const char *build = "debug";
#endif
    out << "manifest " << manifestPath << " (" << text.size() << " bytes), " << runs << " runs, " << build
        << " build\n";
    out << "schema compile (median of " << compile.size() << "): " << median(compile) << " ms\n";
    out << "validateText median: " << median(total) << " ms (min " << *std::min_element(total.begin(), total.end())
        << ", max " << *std::max_element(total.begin(), total.end()) << "), CPU time median " << median(totalCpu)
        << " ms, issues: " << issues << "\n";
    out << "  stages (medians): yaml " << median(yaml) << " ms, references " << median(references)
        << " ms, types+$parameters " << median(components) << " ms, valijson " << median(valijson) << " ms\n";
    out << "target < 200 ms (wall median): " << (median(total) < 200.0 ? "met" : "NOT met") << Qt::endl;
    return 0;
}

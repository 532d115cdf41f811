#include "ManifestValidator.h"

#include "ManifestComponents.h"
#include "ManifestReferences.h"
#include "SchemaErrorFinder.h"
#include "YamlToJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace airdesk::manifest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("airdesk::manifest::ManifestValidator", text);
}

const QString kDeclarativeSource = u"DeclarativeSource"_s;

// What the CDK checks when the schema is not at hand: the root's required shape.
ManifestIssues basicStructure(const QJsonObject &manifest)
{
    ManifestIssues issues;
    const QJsonValue version = manifest.value(u"version"_s);
    if (version.isUndefined())
        issues.append({QString(), tr("missing required property 'version'"), 0, 0});
    else if (!version.isString())
        issues.append({u"version"_s, tr("expected string, found %1").arg(version.isDouble() ? u"number"_s : u"another type"_s), 0, 0});
    const QJsonValue type = manifest.value(u"type"_s);
    if (!type.isUndefined() && type != QJsonValue(kDeclarativeSource))
        issues.append({u"type"_s, tr("must be 'DeclarativeSource'"), 0, 0});
    if (!manifest.value(u"check"_s).isObject())
        issues.append({QString(), tr("missing required property 'check'"), 0, 0});
    const bool streams = manifest.value(u"streams"_s).isArray();
    const bool dynamicStreams = manifest.value(u"dynamic_streams"_s).isArray();
    if (!streams && !dynamicStreams)
        issues.append({QString(), tr("needs a 'streams' or 'dynamic_streams' list"), 0, 0});
    return issues;
}

// What the server needs on top, read from the manifest as written.
ManifestIssues publishRequirements(const QJsonObject &written)
{
    ManifestIssues issues;
    if (!written.contains(u"type"_s))
        issues.append({QString(), tr("missing 'type: DeclarativeSource' (needed to publish)"), 0, 0});
    const QJsonValue spec = written.value(u"spec"_s);
    if (!spec.isObject()) {
        issues.append({QString(), tr("missing 'spec' with 'connection_specification' (needed to publish: the server "
                                     "builds the connector's form from it)"),
                       0, 0});
    } else if (!spec.toObject().value(u"connection_specification"_s).isObject()) {
        issues.append({u"spec"_s, tr("missing 'connection_specification' object written out here (needed to publish: "
                                     "the server reads it as written, without resolving references)"),
                       0, 0});
    }
    return issues;
}

SourcePosition positionOf(const PositionMap &positions, ManifestPath path)
{
    for (;;) {
        const auto found = positions.constFind(path.toString());
        if (found != positions.constEnd())
            return *found;
        if (path.isRoot())
            return {};
        path = path.prefix(path.depth() - 1);
    }
}

} // namespace

/// An issue and where to look for its line: in the manifest as written or, for schema
/// failures, at a path of the resolved manifest.
struct ManifestValidator::Located
{
    enum List { Issues, PublishIssues } list = Issues;
    qsizetype index = 0;
    ManifestPath path;
    bool resolved = false;
};

ManifestIssues ManifestValidation::all() const
{
    ManifestIssues out = issues + publishIssues;
    std::stable_sort(out.begin(), out.end(), [](const ManifestIssue &a, const ManifestIssue &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

ManifestValidator::ManifestValidator(std::shared_ptr<const DeclarativeSchema> schema)
    : m_schema(std::move(schema))
{
}

QString ManifestValidator::structuralOnlyNote()
{
    return tr("schema not available: structural checks only");
}

ManifestValidation ManifestValidator::validate(const QJsonObject &manifest) const
{
    return run(manifest, nullptr);
}

ManifestValidation ManifestValidator::validateText(const QByteArray &yaml) const
{
    YamlError yamlError;
    const auto value = YamlToJson::parse(yaml, &yamlError);
    if (!value || !value->isObject()) {
        ManifestValidation result;
        result.schemaChecked = false;
        if (!value)
            result.issues.append({QString(), yamlError.message, yamlError.line, yamlError.column});
        else
            result.issues.append({QString(), tr("the manifest must be a mapping at the top level"), 1, 1});
        return result;
    }
    const QJsonObject manifest = value->toObject();
    QList<Located> located;
    ManifestValidation result = run(manifest, &located);
    if (located.isEmpty())
        return result;
    // Lines are only needed when something is wrong: read the text again, keeping positions.
    PositionMap positions;
    (void)YamlToJson::parse(yaml, &yamlError, &positions);
    for (const Located &at : std::as_const(located)) {
        const ManifestPath written = at.resolved ? ManifestReferences::origin(manifest, at.path) : at.path;
        const SourcePosition position = positionOf(positions, written);
        ManifestIssue &issue = (at.list == Located::Issues ? result.issues : result.publishIssues)[at.index];
        issue.line = position.line;
        issue.column = position.column;
    }
    return result;
}

ManifestValidation ManifestValidator::run(const QJsonObject &written, QList<Located> *located) const
{
    ManifestValidation result;
    auto note = [located](ManifestIssues &list, Located::List which, const ManifestIssue &issue,
                          const ManifestPath &path, bool resolved) {
        list.append(issue);
        if (located)
            located->append({which, list.size() - 1, path, resolved});
    };
    auto pathOf = [](const QString &text) {
        // Structural and reference issues name plain top-level keys or carry their own path.
        return text.isEmpty() ? ManifestPath() : ManifestPath().key(text);
    };

    for (const ManifestIssue &issue : publishRequirements(written))
        note(result.publishIssues, Located::PublishIssues, issue, pathOf(issue.path), false);

    QJsonObject manifest = written;
    if (!manifest.contains(u"type"_s))
        manifest.insert(u"type"_s, kDeclarativeSource); // as the CDK does before validating

    QList<ManifestReferences::Problem> referenceProblems;
    manifest = ManifestReferences::resolve(manifest, &referenceProblems);
    for (const auto &problem : std::as_const(referenceProblems))
        note(result.issues, Located::Issues, {problem.path.toString(), problem.message, 0, 0}, problem.path, false);
    if (!referenceProblems.isEmpty())
        return result; // the CDK stops at the first unresolvable reference

    manifest = ManifestComponents::propagate(manifest);

    if (!m_schema) {
        result.note = structuralOnlyNote();
        for (const ManifestIssue &issue : basicStructure(manifest))
            note(result.issues, Located::Issues, issue, pathOf(issue.path), false);
        return result;
    }
    result.schemaChecked = true;
    if (m_schema->accepts(manifest))
        return result;
    const SchemaErrorFinder finder(m_schema->json());
    const auto failures = finder.find(manifest);
    for (const auto &failure : failures)
        note(result.issues, Located::Issues, {failure.path.toString(), failure.message, 0, 0}, failure.path, true);
    if (failures.isEmpty()) {
        // The explanation and valijson disagree: give valijson's own words rather than nothing.
        const QStringList raw = m_schema->rawFailures(manifest);
        note(result.issues, Located::Issues,
             {QString(), raw.isEmpty() ? tr("does not match the declarative component schema") : raw.first(), 0, 0},
             ManifestPath(), true);
    }
    return result;
}

} // namespace airdesk::manifest

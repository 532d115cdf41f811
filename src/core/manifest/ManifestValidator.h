#pragma once

#include "DeclarativeSchema.h"
#include "ManifestIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace airdesk::manifest {

/// What validating a manifest found.
struct ManifestValidation
{
    /// Problems the CDK itself would reject the manifest for: YAML, references, the schema
    /// (or, without the schema, the basic structural checks).
    ManifestIssues issues;
    /// What the Airbyte server needs on top to publish it: an explicit `type: DeclarativeSource`
    /// and a written-out `spec.connection_specification` object (the server reads the manifest
    /// as sent, without resolving references).
    ManifestIssues publishIssues;
    /// False when the schema was not available and only structural checks ran.
    bool schemaChecked = false;
    /// Says so when only structural checks ran; empty otherwise.
    QString note;

    [[nodiscard]] bool isValid() const { return issues.isEmpty(); }
    [[nodiscard]] bool canPublish() const { return issues.isEmpty() && publishIssues.isEmpty(); }
    /// Both lists, sorted by line.
    [[nodiscard]] ManifestIssues all() const;
};

/// Validates a low-code (declarative) source manifest as the Airbyte CDK does before running
/// it: YAML 1.1 as PyYAML reads it, a missing root `type` taken as DeclarativeSource,
/// references (`#/...`, `$ref`) resolved, default component types and `$parameters`
/// propagated, then the declarative component schema (valijson, compiled once and shared).
/// Each issue carries a readable JSON path and, from text, the line and column it comes from
/// (through references: the line where the offending value is written). Without a schema it
/// falls back to structural checks and says so. Thread-safe: validate from worker threads.
class ManifestValidator final
{
public:
    /// @p schema may be null: structural checks only.
    explicit ManifestValidator(std::shared_ptr<const DeclarativeSchema> schema = nullptr);

    [[nodiscard]] bool hasSchema() const { return m_schema != nullptr; }

    [[nodiscard]] ManifestValidation validateText(const QByteArray &yaml) const;
    /// For a manifest already in JSON (no lines to give).
    [[nodiscard]] ManifestValidation validate(const QJsonObject &manifest) const;

    /// The note a result carries when no schema was available.
    [[nodiscard]] static QString structuralOnlyNote();

private:
    struct Located;
    ManifestValidation run(const QJsonObject &manifest, QList<Located> *located) const;

    std::shared_ptr<const DeclarativeSchema> m_schema;
};

} // namespace airdesk::manifest

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

namespace airdesk::manifest {

/// Airbyte's declarative component schema (declarative_component_schema.yaml), read and
/// compiled once for valijson. The compiled form is read-only and may be shared between
/// threads; fromFile() keeps one per file so the big schema is compiled once per process.
/// valijson stays inside the .cpp.
class DeclarativeSchema final
{
public:
    ~DeclarativeSchema();
    DeclarativeSchema(const DeclarativeSchema &) = delete;
    DeclarativeSchema &operator=(const DeclarativeSchema &) = delete;

    /// Compiles schema text (YAML or JSON); null with @p error set when it is not a usable schema.
    [[nodiscard]] static std::shared_ptr<const DeclarativeSchema> fromText(const QByteArray &text, QString *error);
    /// Same for a file, reusing the compiled schema while the file is unchanged.
    [[nodiscard]] static std::shared_ptr<const DeclarativeSchema> fromFile(const QString &path, QString *error);

    /// The schema as JSON, for explaining failures.
    [[nodiscard]] const QJsonObject &json() const;
    /// How long compiling took, in milliseconds.
    [[nodiscard]] double compileMilliseconds() const;

    /// True when @p instance is valid (stops at the first failure; the fast path).
    [[nodiscard]] bool accepts(const QJsonValue &instance) const;
    /// valijson's own failure list, `<path>: <description>`, deepest first; a fallback when the
    /// readable explanation finds nothing.
    [[nodiscard]] QStringList rawFailures(const QJsonValue &instance) const;

private:
    struct Compiled;
    explicit DeclarativeSchema(std::unique_ptr<Compiled> compiled);
    std::unique_ptr<Compiled> d;
};

} // namespace airdesk::manifest

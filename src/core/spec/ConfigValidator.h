#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace airdesk::spec {

/// One schema violation. `message` is the full text, path included, worded like the networknt
/// json-schema-validator the Airbyte server uses, so what the client shows before sending matches
/// the 422 the server would return.
struct ValidationIssue
{
    QString path;    ///< e.g. `$.tunnel_method.tunnel_host`
    QString message; ///< e.g. `$.port: string found, integer expected`

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

/// Validates a connector configuration against its spec's `connectionSpecification`.
///
/// Covers the JSON Schema subset real Airbyte specs use (type, properties, required, enum,
/// const, pattern, numeric and length bounds, items, uniqueItems, oneOf/anyOf/allOf,
/// additionalProperties, local `$ref`). Unknown keywords and patterns that do not compile are
/// ignored rather than fatal, because specs come from third parties and a broken spec must not
/// lock the user out of the form. Recursion is capped so hostile schemas cannot crash or hang us.
class ConfigValidator final
{
public:
    /// Schema nesting at which validation stops (and says so); real specs reach 11.
    static constexpr int MaxDepth = 64;

    explicit ConfigValidator(QJsonObject schema);

    [[nodiscard]] QList<ValidationIssue> validate(const QJsonValue &config) const;
    [[nodiscard]] static QList<ValidationIssue> validate(const QJsonObject &schema,
                                                         const QJsonValue &config);

    /// All messages joined the way the server's exception text lists them.
    [[nodiscard]] static QString summary(const QList<ValidationIssue> &issues);

    /// Resolves a local reference (`#/definitions/x`, `#/$defs/x`, `#`) inside @p root.
    [[nodiscard]] static std::optional<QJsonObject> resolveRef(const QJsonObject &root,
                                                               const QString &ref);

    /// The compiled pattern from a process-wide cache; nullopt when PCRE2 rejects it.
    [[nodiscard]] static std::optional<QRegularExpression> compiledPattern(const QString &pattern);

private:
    QJsonObject m_schema;
};

} // namespace airdesk::spec

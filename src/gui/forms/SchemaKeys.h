#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace airdesk::gui::SchemaKeys {

/// Reading a connector spec's schema objects the way the Airbyte web app does: tolerant of the
/// shapes real specs use (type arrays with "null", missing types, single-value enums standing
/// for const), so a sloppy spec still gives a usable form.

/// The effective JSON type: the first non-"null" entry of a type array; guessed from
/// properties / oneOf / enum / items when `type` is absent; "string" as the last resort.
[[nodiscard]] QString type(const QJsonObject &schema);
/// `title`, else the property key.
[[nodiscard]] QString title(const QJsonObject &schema, const QString &key);
[[nodiscard]] bool isSecret(const QJsonObject &schema);
[[nodiscard]] bool isHidden(const QJsonObject &schema);
[[nodiscard]] bool isReadOnly(const QJsonObject &schema);
/// The constant a schema pins its value to: `const`, or a one-value `enum` (older specs).
[[nodiscard]] QJsonValue constValue(const QJsonObject &schema);
/// The first example, as placeholder text (empty when none).
[[nodiscard]] QString placeholder(const QJsonObject &schema);
/// JSON value shown as plain text ("5432", "true", "[1,2]").
[[nodiscard]] QString displayText(const QJsonValue &value);
/// The discriminator of a oneOf: the property holding a const in every option (empty if none).
[[nodiscard]] QString discriminator(const QJsonArray &options);
/// Whether a format-carrying string is acceptable; empty string when it is, else the reason.
[[nodiscard]] QString formatProblem(const QString &format, const QString &text);
/// "$.a.b" for a child of "$.a".
[[nodiscard]] QString childPath(const QString &parent, const QString &key);
/// Whether @p path is @p base or lies under it ("$.a.b", "$.a[0]" under "$.a").
[[nodiscard]] bool isUnder(const QString &path, const QString &base);

} // namespace airdesk::gui::SchemaKeys

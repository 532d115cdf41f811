#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace airdesk::spec {

/// Secret handling over a connector spec: what the Airbyte server does with `airbyte_secret`
/// fields when it returns a configuration (mask) and when a client sends the mask back (restore).
///
/// Secret locations are taken from every branch of a oneOf/anyOf/allOf, not only the chosen
/// option, as the server's JsonSecretsProcessor collects them; over-masking is harmless, while
/// guessing the wrong option would leak a secret.
namespace SecretFields {

/// The placeholder the server puts in place of a secret (`AirbyteSecretConstants.SECRETS_MASK`).
[[nodiscard]] QString mask();

/// @p config with every present, non-null secret value replaced by mask().
[[nodiscard]] QJsonObject maskSecrets(const QJsonObject &schema, const QJsonObject &config);

/// @p incoming with each secret that still equals mask() replaced by the value at the same
/// path in @p stored. Where @p stored has nothing there the mask is left for validation to see.
[[nodiscard]] QJsonObject restoreMaskedSecrets(const QJsonObject &schema,
                                               const QJsonObject &incoming,
                                               const QJsonObject &stored);

/// @p config without any secret: secret members are removed (only them; their siblings stay)
/// and secret items of arrays are left out. What may be written to disk as a draft.
[[nodiscard]] QJsonObject removeSecrets(const QJsonObject &schema, const QJsonObject &config);

/// Paths (`$.tunnel_method.tunnel_user_password`, `$.keys[1].secret`) of secrets in @p config.
[[nodiscard]] QStringList secretPaths(const QJsonObject &schema, const QJsonObject &config);

} // namespace SecretFields

using SecretFields::maskSecrets;
using SecretFields::removeSecrets;
using SecretFields::restoreMaskedSecrets;
using SecretFields::secretPaths;

} // namespace airdesk::spec

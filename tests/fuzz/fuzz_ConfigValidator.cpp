// Fuzzes the connector-config validator and the secret masking with arbitrary JSON Schemas
// (src/core/spec). Input: a JSON array [schema, config] or just a schema, which is then checked
// against a few configurations. The spec-driven form widget is built elsewhere (src/gui/forms);
// it walks the same schemas, and these two are what it relies on.
#include "core/spec/ConfigValidator.h"
#include "core/spec/SecretFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace airdesk::spec;

namespace {

void exercise(const QJsonObject &schema, const QJsonValue &config)
{
    const auto issues = ConfigValidator::validate(schema, config);
    (void)ConfigValidator::summary(issues);
    const QJsonObject object = config.toObject();
    const QJsonObject masked = maskSecrets(schema, object);
    (void)restoreMaskedSecrets(schema, masked, object);
    (void)secretPaths(schema, object);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isArray()) {
        const QJsonArray pair = doc.array();
        exercise(pair.at(0).toObject(), pair.at(1));
    } else if (doc.isObject()) {
        const QJsonObject schema = doc.object();
        exercise(schema, QJsonObject{});
        exercise(schema, QJsonValue());
        exercise(schema, schema.value(QStringLiteral("default")));
        exercise(schema, schema.value(QStringLiteral("examples")).toArray().at(0));
    }
    return 0;
}

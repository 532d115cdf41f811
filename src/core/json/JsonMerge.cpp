#include "core/json/JsonMerge.h"

namespace airdesk::json {

QJsonObject deepMerge(const QJsonObject &base, const QJsonObject &patch)
{
    QJsonObject merged = base;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QJsonValue current = merged.value(it.key());
        if (current.isObject()) {
            // Jackson recurses whatever the patch value is; a non-object patch has no fields,
            // so the stored object survives (see the header).
            if (it.value().isObject())
                merged.insert(it.key(), deepMerge(current.toObject(), it.value().toObject()));
            continue;
        }
        merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace airdesk::json

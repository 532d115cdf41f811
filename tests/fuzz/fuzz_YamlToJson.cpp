// Fuzzes YAML manifest loading (src/core/manifest/YamlToJson): any text ends in JSON or a
// located error, never a crash, a stack overflow from deep nesting, or an alias bomb hang.
#include "core/manifest/YamlToJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    airdesk::manifest::YamlError error;
    const auto json = airdesk::manifest::YamlToJson::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!json)
        (void)error.toString();
    return 0;
}

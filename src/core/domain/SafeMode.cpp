#include "core/domain/SafeMode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace airdesk::domain::SafeMode {

bool isDeletionAllowedName(const QString &name)
{
    return name.contains(u"delete-me"_s, Qt::CaseInsensitive) || name.contains(u"deleteme"_s, Qt::CaseInsensitive);
}

QString refusalMessage(const QString &objectKind, const QString &name)
{
    return QCoreApplication::translate(
               "airdesk::domain::SafeMode",
               "Safe mode refused to delete the %1 \"%2\": its name must contain \"delete-me\" or "
               "\"deleteme\". Rename it first, or turn safe mode off for this deletion.")
        .arg(objectKind, name);
}

} // namespace airdesk::domain::SafeMode

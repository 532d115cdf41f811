#pragma once

#include <QString>

namespace airdesk::domain {

/// PyAirbyte's safe mode: a permanent delete (source, destination, connection, workspace,
/// custom definition) only goes ahead when the name says it is meant to go, so a slip of the
/// mouse or a wrong id in a script cannot remove production objects.
namespace SafeMode {

/// True when the name contains "delete-me" or "deleteme", in any letter case.
bool isDeletionAllowedName(const QString &name);

/// The sentence shown when safe mode refuses, e.g. objectKind "connection".
QString refusalMessage(const QString &objectKind, const QString &name);

} // namespace SafeMode
} // namespace airdesk::domain

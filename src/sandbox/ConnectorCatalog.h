#pragma once

#include "ConnectorDefinition.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace airdesk::sandbox {

/// The connector definitions the sandbox serves, read from a folder laid out like the shared
/// reference data: `catalog.json` (an array of entries), `specs/<connector>.json` and
/// `icons/<connector>.svg`. The same loader reads the built-in sample catalog from resources
/// and the 685-entry real one, so the sandbox can switch between them with a flag.
class ConnectorCatalog final
{
public:
    ConnectorCatalog() = default;

    /// Reads @p directory; on failure returns nullopt and says why in @p error.
    [[nodiscard]] static std::optional<ConnectorCatalog> load(const QString &directory,
                                                              QString *error = nullptr);
    /// The self-written sample catalog compiled into the sandbox (`:/sandbox/connectors`).
    [[nodiscard]] static ConnectorCatalog builtIn();

    [[nodiscard]] const QList<ConnectorDefinition> &definitions() const & { return m_definitions; }
    /// On a temporary (`builtIn().definitions()` in a range-for) hand the list over by value;
    /// a reference into the dying catalog would dangle.
    [[nodiscard]] QList<ConnectorDefinition> definitions() && { return std::move(m_definitions); }
    [[nodiscard]] QList<ConnectorDefinition> sources() const;
    [[nodiscard]] QList<ConnectorDefinition> destinations() const;
    [[nodiscard]] bool isEmpty() const { return m_definitions.isEmpty(); }

    [[nodiscard]] const ConnectorDefinition *find(const QString &definitionId) const;
    [[nodiscard]] const ConnectorDefinition *findByTypeName(ConnectorKind kind,
                                                            const QString &name) const;

private:
    void add(ConnectorDefinition definition);

    QList<ConnectorDefinition> m_definitions;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byTypeName; ///< key: "s:faker" / "d:postgres"
};

} // namespace airdesk::sandbox

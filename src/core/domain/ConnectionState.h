#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace airdesk::domain {

/// A connection's sync state (Config API /state/get, ConnectionState). It is read to show
/// per-stream cursors and written back whole (/state/create_or_update_safe), so the object is
/// kept exactly as sent and toJson() returns it unchanged.
struct ConnectionState
{
    enum class Type { Global, Stream, Legacy, NotSet, Unknown };

    /// One stream's state: from streamState[] (per-stream) or globalState.streamStates[] (global).
    struct StreamState
    {
        QString name;
        QString streamNamespace; // `namespace` in the descriptor; empty when none
        QJsonObject state;       // the opaque blob the connector wrote
    };

    Type stateType = Type::NotSet;
    QString stateTypeText;       // as sent
    QString connectionId;
    QList<StreamState> streams;
    QJsonObject sharedState;     // globalState.shared_state (global only)
    QJsonObject legacyState;     // `state` (legacy only)
    QJsonObject raw;             // the WHOLE object as sent

    /// Fails only when connectionId is missing or not a string.
    static std::optional<ConnectionState> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const { return raw; }

    /// PyAirbyte refuses per-stream edits for legacy and not_set states.
    bool supportsStreamEdits() const { return stateType == Type::Global || stateType == Type::Stream; }
    std::optional<StreamState> stream(const QString &name, const QString &streamNamespace = QString()) const;

    static Type typeFromString(const QString &text);
    static QString toString(Type type);
};

} // namespace airdesk::domain

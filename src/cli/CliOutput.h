#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace airdesk::api {
struct ApiError;
}

namespace airdesk::cli {

/// What the CLI prints: readable tables or the API's own JSON on stdout, and errors as one
/// line on stderr. Exit codes live here too, so every command uses the same ones.
class CliOutput final
{
public:
    enum ExitCode { Ok = 0, ApiFailure = 1, Usage = 2, InvalidInput = 3, SyncFailed = 4, TimedOut = 5 };

    explicit CliOutput(bool json);

    bool json() const { return m_json; }
    void printJson(const QJsonValue &value);
    /// Columns padded to their widest cell; long cells are not cut (ids must stay copyable).
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    /// "key: value" lines, for one object.
    void printFields(const QList<QPair<QString, QString>> &fields);
    void printLine(const QString &text);
    void error(const QString &text);
    /// The one readable line for an API failure, and the exit code that goes with it.
    int apiError(const api::ApiError &error);

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace airdesk::cli

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace airdesk::sandbox {

/// Everything `airdesk-sandbox` can be told on its command line; also used by the GUI
/// and the tests to start an embedded sandbox.
struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString clientId = QStringLiteral("airdesk-sandbox-client");
    QString clientSecret = defaultClientSecret();
    QString bearerToken;             // a fixed token accepted in addition to issued ones
    int tokenTtlSeconds = 900;       // the real server's default: 15 minutes
    int jobDurationMs = 8000;
    double jobFailureRate = 0.15;
    int checkDurationMs = 1500;      // how long a connection check runs before it answers
    QString catalogDir;              // empty: the built-in sample connectors
    QString seed = QStringLiteral("demo");   // demo | empty
    QHash<QString, int> scale;       // connections, sources, destinations, jobs
    int latencyMs = 0;
    /// Fault spec -> rate. A spec is a kind ("429", "500", "502", "503", "504", "timeout",
    /// "reset", "malformed", "truncated", "html", "slow"), optionally aimed: "500@POST /api/public/v1/sources".
    QHash<QString, double> faults;
    int slowMs = 5000;               // how late a "slow" fault answers
    /// Binding an address other than loopback exposes the sandbox's well-known credentials to
    /// the network, so parse() refuses it unless this is set (--allow-remote).
    bool allowRemote = false;
    quint32 faultSeed = 1;
    int minimumCronIntervalMinutes = 1; // OSS default (sub-hour schedules allowed)
    QString recordFile;              // JSON lines of every exchange, for the contract tests

    /// Parses command-line arguments (without the program name); nullopt and a message on error.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
    /// "airdesk-sandbox-secret", or "<AIRDESK_TEST_CANARY>-secret" when that variable is set:
    /// the canary check (scripts/canary-check.sh) then greps everything the suites left behind.
    static QString defaultClientSecret();
    /// Whether `host` is reachable from this machine only.
    bool isLoopbackOnly() const { return host.isLoopback(); }
};

} // namespace airdesk::sandbox

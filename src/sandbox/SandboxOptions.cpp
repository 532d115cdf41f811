#include "SandboxOptions.h"

#include "FaultInjector.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace airdesk::sandbox {

namespace {

bool parseKeyValueList(const QString &text, const std::function<bool(const QString &, const QString &)> &accept)
{
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype sep = item.indexOf(item.contains(u'=') ? u'=' : u':');
        if (sep <= 0 || !accept(item.left(sep).trimmed(), item.mid(sep + 1).trimmed()))
            return false;
    }
    return !items.isEmpty();
}

const QStringList kScaleKeys = {u"connections"_s, u"sources"_s, u"destinations"_s, u"jobs"_s};

} // namespace

QString SandboxOptions::defaultClientSecret()
{
    const QString canary = qEnvironmentVariable("AIRDESK_TEST_CANARY");
    return canary.isEmpty() ? u"airdesk-sandbox-secret"_s : canary + u"-secret"_s;
}

QString SandboxOptions::helpText()
{
    return uR"(Usage: airdesk-sandbox [options]
A local server speaking the Airbyte public API (/api/public/v1) and Config API (/api/v1).

  --host ADDRESS            address to bind (default 127.0.0.1: this machine only)
  --allow-remote            required to bind an address other than loopback, which
                            makes the sandbox and its fixed credentials reachable
                            from the network
  --port N                  port (default 0: any free port)
  --client-id ID            client id accepted by /applications/token
  --client-secret SECRET    client secret accepted by /applications/token
  --bearer-token TOKEN      a fixed bearer token accepted as well
  --token-ttl SECONDS       lifetime of issued tokens (default 900)
  --seed demo|empty         initial workspace (default demo)
  --scale connections=N,sources=N,destinations=N,jobs=N
                            build a large workspace instead of the demo one
  --catalog DIR             connector catalog laid out like ../shared/connectors
  --job-duration-ms N       how long a simulated sync runs (default 8000)
  --check-duration-ms N     how long a connection check takes to answer (default 1500)
  --job-failure-rate R      share of syncs that fail, 0..1 (default 0.15)
  --min-cron-interval MIN   minimum minutes between cron runs: 60, 15, 1 or 0 (default 1)
  --latency-ms N            delay every answer by N ms (asynchronously)
  --faults KIND:RATE,...    inject faults: 429 500 502 503 504 timeout reset malformed
                            truncated html slow; aim one at some requests with
                            KIND@[METHOD ]PATH-PREFIX, e.g. "500@POST /api/public/v1/sources:1"
  --slow-ms N               how late a "slow" fault answers (default 5000)
  --fault-seed N            seed for fault injection (default 1)
  --record FILE             append every exchange as a JSON line (contract tests)
  --help                    show this text
)"_s;
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error)
{
    SandboxOptions options;
    auto fail = [error](const QString &message) -> std::optional<SandboxOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = name.startsWith(u"--"_s) && eq > 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (name == u"--help"_s || name == u"-h"_s)
            return fail(helpText());
        if (name == u"--allow-remote"_s) {
            options.allowRemote = true;
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                return fail(u"Missing value for %1"_s.arg(name));
            value = arguments.at(++i);
        }
        bool ok = true;
        if (name == u"--host"_s) {
            ok = options.host.setAddress(value == u"localhost"_s ? u"127.0.0.1"_s : value);
        } else if (name == u"--port"_s) {
            const uint port = value.toUInt(&ok);
            ok = ok && port <= 65535;
            options.port = static_cast<quint16>(port);
        } else if (name == u"--client-id"_s) {
            options.clientId = value;
        } else if (name == u"--client-secret"_s) {
            options.clientSecret = value;
        } else if (name == u"--bearer-token"_s) {
            options.bearerToken = value;
        } else if (name == u"--token-ttl"_s) {
            options.tokenTtlSeconds = value.toInt(&ok);
            ok = ok && options.tokenTtlSeconds > 0;
        } else if (name == u"--seed"_s) {
            options.seed = value;
            ok = value == u"demo"_s || value == u"empty"_s;
        } else if (name == u"--scale"_s) {
            ok = parseKeyValueList(value, [&options](const QString &key, const QString &number) {
                bool isNumber = false;
                const int n = number.toInt(&isNumber);
                if (!kScaleKeys.contains(key) || !isNumber || n < 0 || n > 1000000)
                    return false;
                options.scale.insert(key, n);
                return true;
            });
        } else if (name == u"--catalog"_s) {
            options.catalogDir = value;
        } else if (name == u"--job-duration-ms"_s) {
            options.jobDurationMs = value.toInt(&ok);
            ok = ok && options.jobDurationMs >= 0;
        } else if (name == u"--job-failure-rate"_s) {
            options.jobFailureRate = value.toDouble(&ok);
            ok = ok && options.jobFailureRate >= 0.0 && options.jobFailureRate <= 1.0;
        } else if (name == u"--min-cron-interval"_s) {
            options.minimumCronIntervalMinutes = value.toInt(&ok);
            ok = ok && options.minimumCronIntervalMinutes >= 0;
        } else if (name == u"--latency-ms"_s) {
            options.latencyMs = value.toInt(&ok);
            ok = ok && options.latencyMs >= 0;
        } else if (name == u"--faults"_s) {
            ok = parseKeyValueList(value, [&options](const QString &kind, const QString &rate) {
                bool isNumber = false;
                const double r = rate.toDouble(&isNumber);
                FaultInjector::Rule rule;
                if (!FaultInjector::parseSpec(kind, &rule) || !isNumber || r < 0.0 || r > 1.0)
                    return false;
                options.faults.insert(kind, r);
                return true;
            });
        } else if (name == u"--check-duration-ms"_s) {
            options.checkDurationMs = value.toInt(&ok);
            ok = ok && options.checkDurationMs >= 0;
        } else if (name == u"--slow-ms"_s) {
            options.slowMs = value.toInt(&ok);
            ok = ok && options.slowMs >= 0;
        } else if (name == u"--fault-seed"_s) {
            options.faultSeed = value.toUInt(&ok);
        } else if (name == u"--record"_s) {
            options.recordFile = value;
        } else {
            return fail(u"Unknown option %1 (see --help)"_s.arg(name));
        }
        if (!ok)
            return fail(u"Invalid value for %1: %2"_s.arg(name, value));
    }
    if (!options.isLoopbackOnly() && !options.allowRemote)
        return fail(u"Refusing to bind %1: the sandbox accepts well-known credentials, so it listens on "
                    u"this machine only (127.0.0.1 or ::1). Add --allow-remote to expose it to the network."_s
                        .arg(options.host.toString()));
    return options;
}

} // namespace airdesk::sandbox

#pragma once
// An airdesk-sandbox process for the benchmarks that measure the window against a separate
// server (bench_MainWindowLoad, bench_Soak): started with the given arguments on a free port,
// and read back from its start-up banner (roots, workspace, credentials).
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace airdesk::bench {

struct SandboxProcess
{
    QProcess process;
    QString publicRoot;
    QString workspaceId;
    QString clientId;
    QString clientSecret;

    /// Starts `AIRDESK_SANDBOX_EXE --port 0 <arguments>`; false when it did not come up.
    bool start(const QStringList &arguments)
    {
        using namespace Qt::StringLiterals;
        process.setProgram(QStringLiteral(AIRDESK_SANDBOX_EXE));
        process.setArguments(QStringList{u"--port"_s, u"0"_s} + arguments);
        process.start();
        if (!process.waitForStarted(10000))
            return false;
        QString text;
        const QRegularExpression secret(u"client secret: (\\S+)"_s);
        while (!secret.match(text).hasMatch()) {
            if (!process.waitForReadyRead(60000))
                return false;
            text += QString::fromUtf8(process.readAllStandardOutput());
        }
        publicRoot = QRegularExpression(u"public API:\\s+(\\S+)"_s).match(text).captured(1);
        workspaceId = QRegularExpression(u"workspace:\\s+(\\S+)"_s).match(text).captured(1);
        clientId = QRegularExpression(u"client id:\\s+(\\S+)"_s).match(text).captured(1);
        clientSecret = secret.match(text).captured(1);
        return !publicRoot.isEmpty() && !workspaceId.isEmpty();
    }
};

} // namespace airdesk::bench

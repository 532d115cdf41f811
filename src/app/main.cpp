// airdesk: the desktop application. Composition root: parses the command line, starts the
// embedded sandbox when no other workspace is chosen, and shows the main window.
#include "api/WorkspaceSession.h"
#include "gui/MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Airdesk"_s);
    QApplication::setOrganizationName(u"Airdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(AIRDESK_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"airdesk.*.debug=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage Airbyte workspaces by point and click."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Save a picture of the main window to <file> and quit."),
                                        u"file"_s);
    const QCommandLineOption sandboxArgs(u"sandbox-args"_s,
                                         QApplication::translate("main", "Options for the embedded sandbox (as airdesk-sandbox takes them)."),
                                         u"options"_s);
    parser.addOption(screenshot);
    parser.addOption(sandboxArgs);
    parser.process(app);

    QString error;
    const QStringList extra = parser.value(sandboxArgs).split(u' ', Qt::SkipEmptyParts);
    const auto options = airdesk::sandbox::SandboxOptions::parse(extra, &error);
    if (!options) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    airdesk::sandbox::SandboxServer sandbox(*options);
    airdesk::gui::MainWindow window;
    std::unique_ptr<airdesk::api::WorkspaceSession> session;
    if (sandbox.start(&error)) {
        // The embedded sandbox is the workspace a new user lands on.
        const auto roots = airdesk::api::ApiRoots::make(sandbox.publicApiRoot().toString());
        session = std::make_unique<airdesk::api::WorkspaceSession>(
            *roots, airdesk::api::Credentials::clientCredentials(options->clientId, options->clientSecret),
            sandbox.defaultWorkspaceId());
        window.setSession(session.get(), QApplication::translate("main", "Sandbox workspace"));
    } else {
        qWarning("Embedded sandbox did not start: %s", qPrintable(error));
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Wait for the lists (bounded), then picture the window.
        auto *poll = new QTimer(&window);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, started, poll] {
            if (window.isLoading() && started->elapsed() < 10000)
                return;
            poll->stop();
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        });
        poll->start(100);
    }
    return app.exec();
}

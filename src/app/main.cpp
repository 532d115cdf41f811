// airdesk: the desktop application. Composition root: parses the command line, starts the
// embedded sandbox when no other workspace is chosen, and shows the main window.
#include "gui/MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
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
    if (sandbox.start(&error)) {
        window.setWorkspace(QApplication::translate("main", "Sandbox workspace"), sandbox.publicApiRoot().toString(),
                            sandbox.defaultWorkspaceId());
    } else {
        qWarning("Embedded sandbox did not start: %s", qPrintable(error));
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(600, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

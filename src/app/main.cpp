// airdesk: the desktop application. Composition root: parses the command line, makes the
// profile and secret stores and the session manager, and shows the main window on the current
// profile. On first start a "Sandbox" profile is made, so a new user lands on the embedded
// sandbox; the welcome choices stay one click away ("New profile…").
#include "FormScreenshot.h"
#include "gui/MainWindow.h"
#include "gui/common/AppearanceStyler.h"
#include "gui/common/SingleInstance.h"
#include "gui/common/Translations.h"
#include "gui/common/UiPreferences.h"
#include "gui/profiles/ProfileStore.h"
#include "gui/profiles/SecretStore.h"
#include "gui/workspace/SessionManager.h"
#include "sandbox/SandboxOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QLoggingCategory>
#include <QScreen>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Airdesk"_s);
    QApplication::setOrganizationName(u"Airdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(AIRDESK_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.airdesk.Airdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.airdesk.Airdesk.svg"_s));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"airdesk.*.debug=false"_s);
    {
        // Before the command line is parsed, so that --help speaks the user's language too.
        QSettings settings;
        const airdesk::gui::UiPreferences prefs(settings);
        airdesk::gui::Translations::install(&app, airdesk::gui::Translations::localeFor(prefs.language()));
        airdesk::gui::AppearanceStyler::apply(prefs.appearance());
    }

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
    const QCommandLineOption page(u"page"_s,
                                  QApplication::translate("main", "With --screenshot: the table to show (connections, sources, destinations or jobs)."),
                                  u"name"_s, u"connections"_s);
    const QCommandLineOption form(u"form"_s,
                                  QApplication::translate("main", "With --screenshot: picture the deploy form for the connector spec <file> instead."),
                                  u"file"_s);
    parser.addOption(form);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addOption(sandboxArgs);
    parser.process(app);

    if (parser.isSet(form))
        return parser.isSet(screenshot) ? airdesk::app::runFormScreenshot(parser.value(form), parser.value(screenshot)) : 2;
    // One window per user and settings profile: a second start raises the first and exits.
    // Screenshots are batch runs and never wait for, or stand in for, another instance.
    std::unique_ptr<airdesk::gui::SingleInstance> instance;
    if (!parser.isSet(screenshot)) {
        instance = std::make_unique<airdesk::gui::SingleInstance>(
            airdesk::gui::SingleInstance::keyFor(QSettings().fileName()));
        if (instance->sendToRunning(QApplication::arguments()))
            return 0;
        if (!instance->listen())
            qWarning("Airdesk cannot tell later starts to use this window: %s", qPrintable(instance->errorString()));
    }

    QString error;
    const QStringList extra = parser.value(sandboxArgs).split(u' ', Qt::SkipEmptyParts);
    const auto options = airdesk::sandbox::SandboxOptions::parse(extra, &error);
    if (!options) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    airdesk::gui::ProfileStore profiles;
    airdesk::gui::SecretStore secrets;
    airdesk::gui::SessionManager sessions(&secrets, *options);
    if (profiles.profiles().isEmpty()) {
        auto sandbox = airdesk::gui::Profile::create(QApplication::translate("main", "Sandbox"));
        sandbox.kind = airdesk::gui::Profile::Kind::Sandbox;
        profiles.setCurrentProfileId(profiles.add(sandbox));
    }
    airdesk::gui::MainWindow window(&profiles, &secrets, &sessions);
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        qCritical("%s", qPrintable(QApplication::translate("main", "Unknown page \"%1\": use connections, sources, destinations, jobs or definitions.")
                                       .arg(parser.value(page))));
        return 2;
    }
    window.openCurrentProfile();
    window.show();
    if (instance) {
        QObject::connect(instance.get(), &airdesk::gui::SingleInstance::messageReceived, &window, [&window] {
            if (window.isMinimized())
                window.showNormal();
            window.raise();
            window.activateWindow();
        });
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Wait for the lists (bounded), then picture the window.
        auto *poll = new QTimer(&window);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, started, poll] {
            if ((window.isLoading() || !window.hasSession()) && started->elapsed() < 10000)
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

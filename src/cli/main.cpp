// airdesk-cli: Airdesk's services for scripts. The commands arrive with the API client.
#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"airdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Airdesk command line: manage Airbyte workspaces from scripts."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    parser.showHelp(0);
}

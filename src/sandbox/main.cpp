// airdesk-sandbox: the Airbyte API sandbox as a stand-alone server.
#include "SandboxServer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"airdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.contains(u"--version"_s)) {
        out << "airdesk-sandbox " << AIRDESK_VERSION << Qt::endl;
        return 0;
    }
    QString error;
    const auto options = airdesk::sandbox::SandboxOptions::parse(arguments, &error);
    if (!options) {
        const bool help = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
        (help ? out : err) << error << Qt::endl;
        return help ? 0 : 2;
    }
    airdesk::sandbox::SandboxServer server(*options);
    if (!server.start(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    // The first line is what scripts and tests wait for.
    out << "airdesk-sandbox listening on " << server.baseUrl().toString() << Qt::endl;
    if (options->isLoopbackOnly())
        out << "  reachable from this machine only (loopback); --host with --allow-remote exposes it" << Qt::endl;
    else
        out << "  WARNING: reachable from the network (--allow-remote); its credentials are not secret" << Qt::endl;
    out << "  public API:  " << server.publicApiRoot().toString() << Qt::endl;
    out << "  Config API:  " << server.configApiRoot().toString() << Qt::endl;
    out << "  workspace:   " << server.defaultWorkspaceId() << Qt::endl;
    out << "  client id:   " << options->clientId << Qt::endl;
    out << "  client secret: " << options->clientSecret << " (sandbox only; not a real credential)" << Qt::endl;
    if (!options->bearerToken.isEmpty())
        out << "  bearer token accepted as configured" << Qt::endl;
    return app.exec();
}

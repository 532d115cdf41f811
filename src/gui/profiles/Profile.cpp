#include "Profile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace airdesk::gui {

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

QString Profile::secretKey() const
{
    return id + u"/secret"_s;
}

// The stored spellings are part of the settings file format: never rename them.
QString Profile::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::Cloud:
        return u"cloud"_s;
    case Kind::SelfManaged:
        return u"self-managed"_s;
    case Kind::Environment:
        return u"environment"_s;
    }
    return u"cloud"_s;
}

Profile::Kind Profile::kindFromString(const QString &text, Kind fallback)
{
    for (const Kind kind : {Kind::Sandbox, Kind::Cloud, Kind::SelfManaged, Kind::Environment}) {
        if (kindToString(kind) == text)
            return kind;
    }
    return fallback;
}

QString Profile::authMethodToString(AuthMethod method)
{
    return method == AuthMethod::BearerToken ? u"bearer-token"_s : u"client-credentials"_s;
}

Profile::AuthMethod Profile::authMethodFromString(const QString &text, AuthMethod fallback)
{
    if (text == u"bearer-token"_s)
        return AuthMethod::BearerToken;
    if (text == u"client-credentials"_s)
        return AuthMethod::ClientCredentials;
    return fallback;
}

int Profile::effectiveScheduleMinimum() const
{
    if (scheduleMinimumMinutes >= 0)
        return scheduleMinimumMinutes;
    return kind == Kind::Cloud ? 60 : 1;
}

} // namespace airdesk::gui

#include "SandboxContext.h"

#include <QUuid>

namespace airdesk::sandbox {

QString SandboxContext::newId() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace airdesk::sandbox

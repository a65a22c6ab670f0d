#include "common/version.h"

#include "common/version_git.h"

namespace sd {

QString Version::number()
{
    return QStringLiteral(SD_PROJECT_VERSION);
}

QString Version::describe()
{
    return QStringLiteral(SD_GIT_DESCRIBE);
}

QString Version::full()
{
    const QString git = describe();
    return git.isEmpty() ? number() : QStringLiteral("%1 (%2)").arg(number(), git);
}

} // namespace sd

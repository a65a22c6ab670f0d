#include "stack/stackissue.h"

#include "common/tr.h"

#include <algorithm>

namespace sd {

QString StackIssue::toString() const
{
    const QString kind = severity == Severity::Error ? Tr::tr("error") : Tr::tr("warning");
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4: %5")
            .arg(file)
            .arg(line)
            .arg(column)
            .arg(kind, message);
    if (!file.isEmpty())
        return QStringLiteral("%1: %2: %3").arg(file, kind, message);
    return QStringLiteral("%1: %2").arg(kind, message);
}

bool hasErrors(const StackIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const StackIssue &i) {
        return i.severity == StackIssue::Severity::Error;
    });
}

} // namespace sd

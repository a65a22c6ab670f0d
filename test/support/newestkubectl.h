#pragma once

#include <QFileInfo>
#include <QStandardPaths>
#include <QString>

// The newest `kubectl.1.NN` (1.33 … 1.27) beside the `kubectl` dispatcher on PATH, or "" when none.
inline QString newestKubectl()
{
    const QString dispatcher = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (dispatcher.isEmpty())
        return {};
    const QString dir = QFileInfo(QFileInfo(dispatcher).canonicalFilePath()).absolutePath();
    for (int minor = 33; minor >= 27; --minor) {
        const QString path = dir + QStringLiteral("/kubectl.1.%1").arg(minor);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

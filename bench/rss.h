#pragma once

#include <QByteArray>
#include <QFile>

// The process's resident set size in KiB (Linux /proc), 0 when unknown. For benchmarks only.
inline qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

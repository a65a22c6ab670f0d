#include "cli/output.h"

#include <cstdio>

namespace sd::cli {

namespace {
void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString &text)
{
    write(stdout, text.toUtf8());
}

void printOut(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void printErr(const QString &text)
{
    write(stderr, text.toUtf8());
}

} // namespace sd::cli

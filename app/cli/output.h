#pragma once

#include <QByteArray>
#include <QString>

namespace sd::cli {

// Results go to stdout, progress and errors to stderr, so `stackdeck-cli export > bundle.yaml`
// and `--output json | jq` stay clean.
void printOut(const QString &text);
void printOut(const QByteArray &bytes);
void printErr(const QString &text);

} // namespace sd::cli

#pragma once

#include <QList>
#include <QString>

namespace sd {

// One problem found in a stack file or a stack: where it is and what was expected.
// line/column are 1-based; 0 means "no position" (e.g. a problem with the stack as a whole).
struct StackIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message; // translated, complete sentence

    // "file:line:column: message" (the form compilers use, so editors can jump to it).
    QString toString() const;
};

using StackIssues = QList<StackIssue>;

bool hasErrors(const StackIssues &issues);

} // namespace sd

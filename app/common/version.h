#pragma once

#include <QString>

namespace sd {

// The one place every front end takes its version from.
struct Version
{
    static QString number();   // project version, e.g. "0.1.0"
    static QString describe(); // git describe of the build tree, or empty outside a checkout
    static QString full();     // "0.1.0 (v0.1.0-3-gabc123)" or just the number
};

} // namespace sd

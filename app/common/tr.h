#pragma once

#include <QCoreApplication>

namespace sd {

// Translation context for code outside QObject classes: sd::Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck)
};

} // namespace sd

#pragma once

#include <functional>

class QWidget;

namespace sd {

// Asks whether to discard what was typed into a form (non-blocking: a window-modal box named
// "dialog.discard"); calls `discard` only when the user chooses Discard.
void confirmDiscard(QWidget *form, std::function<void()> discard);

} // namespace sd

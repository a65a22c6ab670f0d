#pragma once

#include <functional>

class QWidget;

namespace sd {

// Asks whether to discard what was typed into a form (non-blocking: a window-modal box named
// "dialog.discard"); calls `discard` only when the user chooses Discard.
void confirmDiscard(QWidget *form, std::function<void()> discard);
// A form's Cancel: calls `reject` at once when nothing was typed (`changed` false), otherwise
// only after confirmDiscard(). Non-blocking: nothing waits in a nested event loop.
void rejectOrConfirm(QWidget *form, bool changed, std::function<void()> reject);

} // namespace sd

#include "gui/forms/changestackcommand.h"

namespace sd {

ChangeStackCommand::ChangeStackCommand(Apply apply, Stack before, Stack after, const QString &text)
    : m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void ChangeStackCommand::undo()
{
    m_apply(m_before);
}

void ChangeStackCommand::redo()
{
    m_apply(m_after);
}

} // namespace sd

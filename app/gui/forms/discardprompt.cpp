#include "gui/forms/discardprompt.h"

#include "common/tr.h"

#include <QMessageBox>
#include <QPushButton>

namespace sd {

void confirmDiscard(QWidget *form, std::function<void()> discard)
{
    auto *box = new QMessageBox(QMessageBox::Question, Tr::tr("Discard Changes?"),
                                Tr::tr("Discard what you typed in this form?"),
                                QMessageBox::Discard | QMessageBox::Cancel, form);
    box->setObjectName(QStringLiteral("dialog.discard"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, form, [box, discard = std::move(discard)] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            discard();
    });
    box->open();
}

void rejectOrConfirm(QWidget *form, bool changed, std::function<void()> reject)
{
    if (changed)
        confirmDiscard(form, std::move(reject));
    else
        reject();
}

} // namespace sd

#include "gui/forms/wizardpage.h"

namespace sd {

WizardPage::WizardPage(QWidget *parent)
    : QWizardPage(parent)
{}

} // namespace sd

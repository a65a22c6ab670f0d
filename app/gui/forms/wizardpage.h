#pragma once

#include <QWizardPage>

#include <functional>

namespace sd {

// A wizard page whose completeness is a function of the wizard's state, so pages laid out in
// Designer need no class of their own. Call update() when that state changes.
class WizardPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(QWidget *parent = nullptr);

    void setCompleteCheck(std::function<bool()> check) { m_check = std::move(check); }
    void update() { emit completeChanged(); }
    bool isComplete() const override { return m_check ? m_check() : true; }

private:
    std::function<bool()> m_check;
};

} // namespace sd

#pragma once

#include "ui_aboutdialog.h"

#include <QDialog>

namespace sd {

// Help → About: the version from sd::Version and the versions of what this build links.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Ui::AboutDialog m_ui;
};

} // namespace sd

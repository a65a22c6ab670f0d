#pragma once

#include "ui_emptystatewidget.h"

#include <QWidget>

namespace sd {

// What a panel shows while it has nothing to show: a title and one sentence on how to get
// content. The owner sets (and on language change re-sets) the texts.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &body);
    QString title() const { return m_ui.titleLabel->text(); }
    QString body() const { return m_ui.bodyLabel->text(); }

private:
    Ui::EmptyStateWidget m_ui;
};

} // namespace sd

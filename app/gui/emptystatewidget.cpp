#include "gui/emptystatewidget.h"

namespace sd {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
{
    m_ui.setupUi(this);
    QFont font = m_ui.titleLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_ui.titleLabel->setFont(font);
    m_ui.bodyLabel->setForegroundRole(QPalette::PlaceholderText);
}

void EmptyStateWidget::setTexts(const QString &title, const QString &body)
{
    m_ui.titleLabel->setText(title);
    m_ui.bodyLabel->setText(body);
    setAccessibleName(title);
    setAccessibleDescription(body);
}

} // namespace sd

#include "gui/aboutdialog.h"

#include "common/version.h"

#include <QEvent>
#include <QIcon>
#include <QSslSocket>
#include <QSysInfo>

namespace sd {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("dialog.about"));
    m_ui.iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/stackdeck.svg")).pixmap(64, 64));
    QFont font = m_ui.nameLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_ui.nameLabel->setFont(font);

    // Component names are proper nouns; they stay as they are in every language.
    const QList<QPair<QString, QString>> components = {
        {QStringLiteral("Stackdeck"), Version::full()},
        {QStringLiteral("Qt (run time)"), QString::fromLatin1(qVersion())},
        {QStringLiteral("Qt (build)"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("TLS"), QSslSocket::sslLibraryVersionString()},
        {QStringLiteral("yaml-cpp"), QStringLiteral(SD_YAMLCPP_VERSION)},
        {QStringLiteral("nlohmann/json"), QStringLiteral(SD_NLOHMANN_VERSION)},
        {QStringLiteral("Graphviz"), QStringLiteral(SD_GRAPHVIZ_VERSION)},
        {QStringLiteral("Compiler"), QStringLiteral(__VERSION__)},
        {QStringLiteral("System"), QSysInfo::prettyProductName()},
    };
    for (const auto &[name, version] : components)
        new QTreeWidgetItem(m_ui.librariesTree, {name, version});
    m_ui.librariesTree->resizeColumnToContents(0);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    m_ui.versionLabel->setText(tr("Version %1").arg(Version::full()));
}

} // namespace sd

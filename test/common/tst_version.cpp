#include "common/version.h"

#include <QRegularExpression>
#include <QTest>

class tst_Version : public QObject
{
    Q_OBJECT
private slots:
    void numberIsSemver()
    {
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(sd::Version::number())
                    .hasMatch());
    }
    void fullStartsWithNumber()
    {
        QVERIFY(sd::Version::full().startsWith(sd::Version::number()));
        if (!sd::Version::describe().isEmpty())
            QVERIFY(sd::Version::full().contains(sd::Version::describe()));
    }
};

QTEST_GUILESS_MAIN(tst_Version)
#include "tst_version.moc"

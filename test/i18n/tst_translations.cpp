// Runs lupdate over the current sources into a copy of the committed zh_CN catalogue and fails
// on any string that is new, unfinished, or "translated" to its own English text.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural translations hold <numerusform> children; plain ones hold text.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    current.translations << xml.text().toString();
                if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            messages << current;
        }
    }
    return messages;
}

QSet<QString> keptInEnglish()
{
    QSet<QString> terms;
    QFile file(QStringLiteral(SD_SOURCE_DIR "/translations/terms-kept-in-english.txt"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString term = QString::fromUtf8(line).trimmed();
            if (!term.isEmpty() && !term.startsWith(QLatin1Char('#')))
                terms.insert(term);
        }
    }
    return terms;
}
} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void zhCatalogueIsComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("stackdeck_zh_CN.ts"));
        QVERIFY(QFile::copy(QStringLiteral(SD_SOURCE_DIR "/translations/stackdeck_zh_CN.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SD_LUPDATE),
                      {QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui,qml"),
                       QStringLiteral(SD_SOURCE_DIR "/app"),
                       QStringLiteral(SD_SOURCE_DIR "/ui"),
                       QStringLiteral(SD_SOURCE_DIR "/qml"),
                       QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const QList<Message> messages = readTs(ts);
        QVERIFY(messages.size() > 20);
        const QSet<QString> kept = keptInEnglish();
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (m.type == QLatin1String("unfinished") || m.translations.isEmpty())
                problems << QStringLiteral("untranslated ") + where;
            else if (m.translations.contains(m.source) && !kept.contains(m.source))
                problems << QStringLiteral("same as English ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"

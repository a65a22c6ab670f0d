#include "stack/secretkeeper.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sd;

class tst_SecretKeeper : public QObject
{
    Q_OBJECT
private slots:
    void generatesMissingKeysOnce()
    {
        const OwnedSecretSpec spec{
            QStringLiteral("openim-secret"), {QStringLiteral("a"), QStringLiteral("b")}, 32};
        bool changed = false;
        const auto first = SecretKeeper::reconcile(spec, {}, &changed);
        QVERIFY(changed);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.value(QStringLiteral("a")).size(), 32);
        QVERIFY(first.value(QStringLiteral("a")) != first.value(QStringLiteral("b")));

        // A rerun against what the cluster holds changes nothing.
        const auto second = SecretKeeper::reconcile(spec, first, &changed);
        QVERIFY(!changed);
        QCOMPARE(second, first);

        // After an interrupted first apply only the missing key is added; the other stays.
        QMap<QString, QByteArray> partial{{QStringLiteral("a"), first.value(QStringLiteral("a"))},
                                          {QStringLiteral("extra"), QByteArrayLiteral("kept")}};
        const auto third = SecretKeeper::reconcile(spec, partial, &changed);
        QVERIFY(changed);
        QCOMPARE(third.value(QStringLiteral("a")), first.value(QStringLiteral("a")));
        QCOMPARE(third.value(QStringLiteral("extra")), QByteArrayLiteral("kept"));
        QCOMPARE(third.value(QStringLiteral("b")).size(), 32);
    }

    void valuesAreStrongAndVaried()
    {
        static const QRegularExpression alnum(QStringLiteral("^[A-Za-z0-9]{48}$"));
        QSet<QByteArray> seen;
        QSet<char> characters;
        for (int i = 0; i < 200; ++i) {
            const QByteArray v = SecretKeeper::generateValue(48);
            QVERIFY(alnum.match(QString::fromLatin1(v)).hasMatch());
            seen.insert(v);
            for (char c : v)
                characters.insert(c);
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(characters.size(), 62); // 9600 draws reach every symbol of the alphabet
    }

    void manifest()
    {
        const OwnedSecretSpec spec{
            QStringLiteral("openim-secret"), {QStringLiteral("share-secret")}, 32};
        nlohmann::ordered_json labels;
        labels["app.kubernetes.io/managed-by"] = "stackdeck";
        const auto secret = SecretKeeper::manifest(
            spec,
            QStringLiteral("ns"),
            labels,
            {{QStringLiteral("share-secret"), QByteArrayLiteral("s3cr3t")}});
        QCOMPARE(secret.at("kind").get<std::string>(), std::string("Secret"));
        QCOMPARE(secret.at("metadata").at("namespace").get<std::string>(), std::string("ns"));
        QCOMPARE(secret.at("data").at("share-secret").get<std::string>(), std::string("czNjcjN0"));
        QCOMPARE(secret.at("metadata")
                     .at("annotations")
                     .at(SecretKeeper::kGeneratedAnnotation)
                     .get<std::string>(),
                 std::string("share-secret"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretKeeper)
#include "tst_secretkeeper.moc"

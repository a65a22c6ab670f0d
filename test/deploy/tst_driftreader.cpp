// Drift read from a real (simulated) API server over TLS: objects server-side applied by
// fieldManager "stackdeck" read as not modified; a scale by another manager, a design edit not
// applied yet and a Deployment made outside Stackdeck are found.
#include "simapifixture.h"

#include "deploy/driftreader.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"

#include <QJsonDocument>
#include <QTest>

using namespace sd;

class tst_DriftReader : public QObject
{
    Q_OBJECT

    SimApiFixture m_sim;
    Stack m_stack;

    // The drift of `stack`; *error says why when the read failed.
    DriftReport read(const Stack &stack, QString *error)
    {
        DriftReader reader(m_sim.client.get());
        QSignalSpy finished(&reader, &DriftReader::finished);
        reader.read(stack);
        if (!finished.wait(30000)) {
            *error = QStringLiteral("no answer");
            return {};
        }
        *error = finished.at(0).at(1).toString();
        return finished.at(0).at(0).value<DriftReport>();
    }

private slots:
    void initTestCase()
    {
        const QString started = m_sim.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_stack = *StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")).stack;
        m_stack.ns = QStringLiteral("drift");
        // What the deploy engine does for these kinds: server-side apply as "stackdeck".
        for (const auto &o : ManifestGenerator().generate(m_stack).objects) {
            const nlohmann::json object = KubeObject::fromOrdered(o);
            const QString kind = KubeObject::kind(object);
            if (kind != QLatin1String("Deployment") && kind != QLatin1String("Cluster"))
                continue;
            const QString error = m_sim.applyAsStackdeck(m_stack.ns, object);
            QVERIFY2(error.isEmpty(), qPrintable(KubeObject::display(object) + QLatin1Char(' ') + error));
        }
    }
    void appliedStackIsNotModified()
    {
        QString error;
        const DriftReport r = read(m_stack, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.live.size(), qsizetype(m_stack.components.size() + m_stack.datastores.size()));
        QVERIFY2(r.modified.isEmpty(), qPrintable(QStringList(r.modified.values()).join(QLatin1Char(','))));
        QVERIFY(r.unmanaged.isEmpty());
    }

    void scaledByAnotherManagerAndDesignEdits()
    {
        // `kubectl scale`: replicas change hands.
        WriteOptions kubectl;
        kubectl.fieldManager = QStringLiteral("kubectl");
        const KubeResponse scaled = SimApiFixture::wait(m_sim.client->mergePatch(typeOfPlainKind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")), m_stack.ns,
                                                              QStringLiteral("openim-rpc-user"),
                                                              QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 4}}}},
                                                              kubectl));
        QVERIFY2(scaled.ok(), qPrintable(scaled.error.text()));
        QString error;
        DriftReport r = read(m_stack, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.modified, (QSet<QString>{QStringLiteral("openim-rpc-user")}));
        QCOMPARE(r.changes.value(QStringLiteral("openim-rpc-user")).first().path, QStringLiteral("spec.replicas"));

        // A design edit not applied yet.
        Stack edited = m_stack;
        for (ComponentSpec &c : edited.components) {
            if (c.name == QLatin1String("openim-api"))
                c.tag = QStringLiteral("v3.8.9");
        }
        r = read(edited, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(r.modified.contains(QStringLiteral("openim-api")));
        QVERIFY(r.modified.contains(QStringLiteral("openim-rpc-user")));
    }

    void deploymentMadeOutsideStackdeck()
    {
        const KubeResponse created = SimApiFixture::wait(m_sim.client->create(
            typeOfPlainKind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")), m_stack.ns,
            QJsonDocument::fromJson(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"legacy-admin"},
                "spec":{"replicas":1,"selector":{"matchLabels":{"app":"legacy"}},
                        "template":{"metadata":{"labels":{"app":"legacy"}},"spec":{"containers":[{"name":"a","image":"nginx"}]}}}})")
                .object()));
        QVERIFY2(created.ok(), qPrintable(created.error.text()));
        QString error;
        const DriftReport r = read(m_stack, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.unmanaged.size(), qsizetype(1));
        QCOMPARE(r.unmanaged.first().name, QStringLiteral("legacy-admin"));
        QCOMPARE(r.unmanaged.first().kind, QStringLiteral("Deployment"));
    }
};

QTEST_GUILESS_MAIN(tst_DriftReader)
#include "tst_driftreader.moc"

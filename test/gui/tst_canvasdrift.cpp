// The canvas' design states refreshed end to end: the main window connected to a simulated cluster
// over TLS with the dev stack deployed by the DeployEngine; a Deployment scaled by another field
// manager (what `kubectl scale` does) turns its node "modified" through the health watch, the
// DriftMonitor's read and MainWindow's graph rebuild; applying the stack again makes it "deployed"
// again. The node keeps its row throughout: the rebuild reaches the view as data changes only.
#include "deploy/deployengine.h"
#include "deploy/kubeobject.h"
#include "gui/clustersession.h"
#include "gui/driftmonitor.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "kube/discovery.h"
#include "kubesim/simoptions.h"
#include "topology/nodelistmodel.h"
#include "topology/topologymodel.h"

#include "../support/simconnection.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {
constexpr char kNode[] = "openim-rpc-user";
}

class tst_CanvasDrift : public QObject
{
    Q_OBJECT

    // Applies the window's stack with the deploy engine; "" or why it did not succeed.
    QString deploy()
    {
        DeployEngine engine(m_window->session()->client());
        DeployOptions options;
        options.verify = false; // kubesim serves no services/proxy here
        options.pollIntervalMs = 250;
        engine.setOptions(options);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        engine.apply(*m_window->stack());
        if (!finished.wait(180000))
            return QStringLiteral("the deploy did not finish");
        const auto outcome = finished.first().at(0).value<DeployEngine::Outcome>();
        if (outcome != DeployEngine::Outcome::Succeeded)
            return DeployEngine::outcomeId(outcome) + QLatin1String(": ") + finished.first().at(1).toString();
        return {};
    }

    QString design() const
    {
        const NodeListModel *nodes = m_window->topology()->nodes();
        const int row = nodes->rowOf(QLatin1String(kNode));
        return row < 0 ? QStringLiteral("(no node)") : nodes->index(row).data(NodeListModel::DesignRole).toString();
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        sim::SimOptions options;
        options.timeScale = 10; // pods and Clusters become ready in seconds
        QString error;
        QVERIFY2(m_sim.start(QStringLiteral("kubeblocks"), options, QStringLiteral("default"), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(m_window->openStack(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")));
        QVERIFY(m_window->connectToCluster(m_sim.kubeconfigPath(), QStringLiteral("kubesim"), m_window->stack()->ns));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ClusterSession::State::Connected, 20000);
        // One drift read per 3 s in the app; the test need not wait that long for each.
        auto *drift = m_window->findChild<DriftMonitor *>();
        QVERIFY(drift);
        drift->setInterval(200);
    }
    void cleanupTestCase()
    {
        m_window.reset(); // lets go of the session's client before the cluster stops
    }

    void scaledElsewhereIsModifiedThenReappliedIsDeployed()
    {
        QCOMPARE(design(), QStringLiteral("designed"));
        const QString deployed = deploy();
        QVERIFY2(deployed.isEmpty(), qPrintable(deployed));
        QTRY_COMPARE_WITH_TIMEOUT(design(), QStringLiteral("deployed"), 20000);

        NodeListModel *nodes = m_window->topology()->nodes();
        const int row = nodes->rowOf(QLatin1String(kNode));
        const QPointF position = m_window->topology()->graph().node(QLatin1String(kNode))->position;
        QSignalSpy removed(nodes, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(nodes, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(nodes, &QAbstractItemModel::modelReset);

        // `kubectl scale`: a merge patch by another field manager takes spec.replicas over.
        KubeClient *client = m_window->session()->client();
        const std::optional<ApiResource> type =
            KubeObject::resourceFor(*client->discovery(), QStringLiteral("apps/v1"), QStringLiteral("Deployment"));
        QVERIFY(type);
        WriteOptions kubectl;
        kubectl.fieldManager = QStringLiteral("kubectl");
        std::unique_ptr<KubeRequest> scale(client->mergePatch(*type, m_window->stack()->ns, QLatin1String(kNode),
                                                              QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 4}}}},
                                                              kubectl));
        QSignalSpy scaled(scale.get(), &KubeRequest::finished);
        QVERIFY(scaled.wait(20000));
        QVERIFY2(scale->response().ok(), qPrintable(scale->response().error.text()));

        QTRY_COMPARE_WITH_TIMEOUT(design(), QStringLiteral("modified"), 30000);

        const QString reapplied = deploy(); // forced apply: replicas go back to stackdeck
        QVERIFY2(reapplied.isEmpty(), qPrintable(reapplied));
        QTRY_COMPARE_WITH_TIMEOUT(design(), QStringLiteral("deployed"), 30000);

        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(nodes->rowOf(QLatin1String(kNode)), row);
        QCOMPARE(m_window->topology()->graph().node(QLatin1String(kNode))->position, position);
    }

private:
    QTemporaryDir m_settings;
    LanguageManager m_languages;
    SimConnection m_sim;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_CanvasDrift)
#include "tst_canvasdrift.moc"

#include "kubesim/logbook.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "monitor/healthmonitor.h"
#include "monitor/logsession.h"
#include "../support/simconnection.h"

#include <QSignalSpy>
#include <QTest>

using namespace sd;

// The monitor library against the simulated cluster over TLS: a component's logs merged from
// its pods, and what happens when a pod is killed (its stream ends, the others go on, health
// turns degraded and reports the transition). The test plays the controllers (kubesim has none
// yet): it writes the pods, their logs and the Deployment status itself.
class tst_MonitorSim : public QObject
{
    Q_OBJECT

    SimConnection m_sim;

    static nlohmann::json labels()
    {
        return {{"app.kubernetes.io/managed-by", "stackdeck"}, {"app.kubernetes.io/component", "openim-api"},
                {"app.kubernetes.io/name", "openim-api"}};
    }
    void putPod(const std::string &name)
    {
        nlohmann::json pod = {{"apiVersion", "v1"}, {"kind", "Pod"},
                              {"metadata", {{"name", name}, {"namespace", "im"}, {"labels", labels()}}},
                              {"spec", {{"containers", {{{"name", "api"}, {"image", "openim/openim-api:v3.8.3"}}}}}},
                              {"status", {{"phase", "Running"},
                                          {"conditions", {{{"type", "Ready"}, {"status", "True"}}}},
                                          {"containerStatuses", {{{"name", "api"}, {"ready", true}, {"restartCount", 0}}}}}}};
        sim::Scenario::add(m_sim.store(), "/pods", pod);
    }
    void putDeployment(int ready)
    {
        nlohmann::json d = {{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
                            {"metadata", {{"name", "openim-api"}, {"namespace", "im"}, {"labels", labels()}, {"generation", 1}}},
                            {"spec", {{"replicas", 2}, {"selector", {{"matchLabels", {{"app.kubernetes.io/name", "openim-api"}}}}}}},
                            {"status", {{"replicas", 2}, {"readyReplicas", ready}, {"availableReplicas", ready},
                                        {"updatedReplicas", 2}, {"observedGeneration", 1}}}};
        m_sim.store()->put("apps/deployments", d);
    }

private slots:
    void initTestCase()
    {
        // The API server alone (envtest style): this test writes pods and statuses itself.
        QString error;
        QVERIFY2(m_sim.start("empty", SimConnection::apiServerOnly(), "im", &error), qPrintable(error));
        m_sim.store()->put("/namespaces", {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "im"}}}});
    }

    void killAPod()
    {
        putDeployment(2);
        putPod("openim-api-a");
        putPod("openim-api-b");
        m_sim.cluster().appendLog("im", "openim-api-a", "api", {"a first"});
        m_sim.cluster().appendLog("im", "openim-api-b", "api", {"b first"});

        HealthMonitor health(m_sim.client(), "im");
        health.setPollInterval(500);
        health.setDefaultChecksEnabled(false); // until the end: this API server alone has no Endpoints
        QSignalSpy transitions(&health, &HealthMonitor::overallTransition);
        health.start();
        QTRY_COMPARE_WITH_TIMEOUT(health.stateOf("openim-api"), HealthState::Healthy, 20000);
        QCOMPARE(health.health().component("openim-api")->pods.size(), 2);

        LogOptions options;
        options.follow = true;
        LogSession logs(m_sim.client(), LogTarget::component("im", "openim-api"), options);
        logs.setHoldMs(100);
        QStringList lines;
        connect(&logs, &LogSession::linesReady, this, [&](const std::vector<MergedLine> &batch) {
            for (const MergedLine &l : batch)
                lines << QString::fromUtf8(l.text());
        });
        logs.start();
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 2, 20000);
        QCOMPARE(int(logs.sources().size()), 2);
        m_sim.cluster().appendLog("im", "openim-api-b", "api", {"b second"});
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 3, 20000);

        // Kill pod a: its stream ends, b keeps streaming; the Deployment reports 1 of 2 ready.
        m_sim.store()->remove("/pods", "im", "openim-api-a");
        m_sim.cluster().logs()->removePod("im", "openim-api-a");
        putDeployment(1);
        QTRY_VERIFY_WITH_TIMEOUT(logs.sources()[0].state == LogSession::State::Ended, 20000);
        QCOMPARE(logs.sources()[0].pod, QStringLiteral("openim-api-a"));
        QCOMPARE(logs.state(), LogSession::State::Live);
        m_sim.cluster().appendLog("im", "openim-api-b", "api", {"b after the kill"});
        QTRY_VERIFY_WITH_TIMEOUT(lines.contains("b after the kill"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(health.stateOf("openim-api"), HealthState::Degraded, 20000);
        QCOMPARE(health.health().component("openim-api")->pods.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(transitions.size(), 1, 5000);
        QCOMPARE(transitions.first().at(1).value<HealthState>(), HealthState::Degraded);

        // A replacement pod joins the merged view by itself; health recovers.
        putPod("openim-api-c");
        m_sim.cluster().appendLog("im", "openim-api-c", "api", {"c first"});
        putDeployment(2);
        QTRY_VERIFY_WITH_TIMEOUT(lines.contains("c first"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(health.stateOf("openim-api"), HealthState::Healthy, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(transitions.size(), 2, 5000);

        // openim-api gets its automatic check (metrics over the services proxy). With no Endpoints
        // controller running, the proxy has nowhere to go: the check fails and so does the stack.
        health.setDefaultChecksEnabled(true);
        QCOMPARE(health.activeChecks().size(), 1);
        QCOMPARE(health.activeChecks().first().port, QStringLiteral("12002"));
        QTRY_VERIFY_WITH_TIMEOUT(!health.health().checks.isEmpty() && !health.health().checks.first().message.isEmpty(), 20000);
        QVERIFY(!health.health().checks.first().ok);
        QTRY_COMPARE_WITH_TIMEOUT(health.health().overall, HealthState::Degraded, 20000);
    }
};

QTEST_GUILESS_MAIN(tst_MonitorSim)
#include "tst_monitorsim.moc"

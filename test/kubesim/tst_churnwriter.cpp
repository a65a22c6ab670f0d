// The watch-load knob (SimOptions::churnRate, `--churn`): Event repeats aggregated into counts on
// the running pods, some pod updates, nothing while the load is paused, nothing about pods that
// are gone or outside the namespace asked for.
#include "kubesim/churnwriter.h"
#include "kubesim/cluster.h"
#include "kubesim/store.h"

#include <QTest>

#include <memory>

using json = nlohmann::json;

class TestChurnWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<sd::sim::Cluster> m_cluster;

    // Sum of the Churn Events' counts per pod of the scenario's namespace.
    QHash<QString, int> churnCounts() const
    {
        QHash<QString, int> counts;
        for (const auto &event : m_cluster->store()->list(QStringLiteral("/events"), QStringLiteral("load-1")).items) {
            if ((*event).value("reason", "") == "Churn")
                counts[QString::fromStdString((*event)["involvedObject"].value("name", ""))] += (*event).value("count", 1);
        }
        return counts;
    }
    int total() const
    {
        int n = 0;
        for (int c : churnCounts())
            n += c;
        return n;
    }
    int touchedPods() const
    {
        int n = 0;
        for (const auto &pod : m_cluster->store()->list(QStringLiteral("/pods"), QStringLiteral("load-1")).items)
            n += (*pod)["metadata"].value("annotations", json::object()).contains(sd::sim::ChurnWriter::kAnnotation);
        return n;
    }

    // `count` once it has stopped changing for 250 ms (at most 10 s): the controller thread may still
    // be working through what it had queued, for long under the sanitizers.
    template<typename Count>
    static int settled(Count count)
    {
        int last = count();
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(250);
            const int now = count();
            if (now == last)
                break;
            last = now;
        }
        return last;
    }
    int runningPods() const
    {
        int n = 0;
        for (const auto &pod : m_cluster->store()->list(QStringLiteral("/pods"), QStringLiteral("load-1")).items)
            n += (*pod)["status"].value("phase", "") == "Running";
        return n;
    }
    bool startCluster(const QString &churnNamespace = {})
    {
        m_cluster = std::make_unique<sd::sim::Cluster>();
        sd::sim::SimOptions options;
        options.churnRate = 2000;
        options.churnNamespace = churnNamespace;
        m_cluster->setOptions(options);
        return m_cluster->loadScenario(QStringLiteral("scale:5")) && m_cluster->start();
    }

private slots:
    void init() { QVERIFY(startCluster()); }
    void cleanup() { m_cluster.reset(); }

    void eventsAggregateOnEveryRunningPod()
    {
        QTRY_COMPARE_WITH_TIMEOUT(churnCounts().size(), 5, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(total() > 500, 10'000);
        // Repeats raise counts instead of adding objects: one Event per pod.
        int churnEvents = 0;
        for (const auto &event : m_cluster->store()->list(QStringLiteral("/events"), QStringLiteral("load-1")).items)
            churnEvents += (*event).value("reason", "") == "Churn";
        QCOMPARE(churnEvents, 5);
        QTRY_COMPARE_WITH_TIMEOUT(touchedPods(), 5, 10'000);
    }

    void pausedLoadWritesNothing()
    {
        QTRY_VERIFY_WITH_TIMEOUT(total() > 0, 10'000);
        m_cluster->setLoadPaused(true);
        const int before = settled([this] { return total(); });
        QTest::qWait(500);
        QCOMPARE(total(), before);
        m_cluster->setLoadPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(total() > before, 10'000);
    }

    void deletedPodsLeaveTheRotation()
    {
        QTRY_COMPARE_WITH_TIMEOUT(churnCounts().size(), 5, 10'000);
        const auto pods = m_cluster->store()->list(QStringLiteral("/pods"), QStringLiteral("load-1")).items;
        const QString gone = QString::fromStdString((*pods.front())["metadata"].value("name", ""));
        QVERIFY(m_cluster->store()->remove(QStringLiteral("/pods"), QStringLiteral("load-1"), gone));
        const int before = settled([&] { return churnCounts().value(gone); });
        const int othersBefore = total();
        QTRY_VERIFY_WITH_TIMEOUT(total() > othersBefore + 1000, 10'000);
        QCOMPARE(churnCounts().value(gone), before);
    }

    void onlyTheChosenNamespaceChurns()
    {
        QVERIFY(startCluster(QStringLiteral("elsewhere")));
        QTRY_COMPARE_WITH_TIMEOUT(runningPods(), 5, 10'000);
        QTest::qWait(1000);  // 2,000 a second would have written here by now
        QCOMPARE(total(), 0);
        QCOMPARE(touchedPods(), 0);

        QVERIFY(startCluster(QStringLiteral("load-1")));
        QTRY_COMPARE_WITH_TIMEOUT(churnCounts().size(), 5, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestChurnWriter)
#include "tst_churnwriter.moc"

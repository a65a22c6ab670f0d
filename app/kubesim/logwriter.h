#pragma once

#include "kubesim/controller.h"
#include "kubesim/loggenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace sd::sim {

class DataRegistry;

// The processes' output: for every container whose status is ready, writes SimOptions::logBacklog
// lines of history when the instance (pod uid + restartCount) first turns ready, then traffic at
// SimOptions::logRate lines per simulated second, shaped by SimOptions::logBurstiness, in the
// format of the container's image (LogGenerator). Restarts start a new instance (the kubelet
// moves the old lines to --previous). OpenIM traffic that writes folds into the DataRegistry
// fingerprints of the KubeBlocks Clusters the program uses, found the way the program finds them:
// the addresses in its mounted config files (mongodb.yml, redis.yml, kafka.yml, minio.yml) name
// Services, whose `app.kubernetes.io/instance` label names the Cluster. Lives on the manager's
// thread; one timer tick (100 ms) serves every container.
class LogWriter final : public Controller
{
    Q_OBJECT
public:
    LogWriter(ControllerManager *manager, DataRegistry *data);

    void observe(const WatchEvent &event) override;
    void resync() override;

    // The datastores each OpenIM program writes to (openim.md §2), by config file stem.
    static QStringList datastoresOf(const QString &program);

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    struct Stream
    {
        QString ns, pod, container;
        QString instance;
        LogGenerator generator;
        bool active = false;
        QList<QPair<QString, QString>> clusters;  // (namespace, Cluster) the program writes to
    };
    // Starts a stream for a container instance that just turned ready: its backlog and wiring.
    Stream begin(const nlohmann::json &pod, const nlohmann::json &spec, const QString &container, const QString &instance);
    QList<QPair<QString, QString>> wiredClusters(const nlohmann::json &pod, const QString &program) const;
    void tick();

    DataRegistry *m_data;  // not owned; may be null (no datastore writes)
    QHash<QString, Stream> m_streams;  // LogBook key
    QTimer m_timer{this};  // a child: moves to the manager's thread with it
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
};

} // namespace sd::sim

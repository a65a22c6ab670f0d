#include "kubesim/cluster.h"

#include "kubesim/apiserver.h"
#include "kubesim/chaos.h"
#include "kubesim/dataregistry.h"
#include "kubesim/kubeblocks.h"
#include "kubesim/controllermanager.h"
#include "kubesim/logbook.h"
#include "kubesim/metricsregistry.h"
#include "kubesim/processtable.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>

namespace sd::sim {

namespace {
QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

Cluster::Cluster(QObject *parent)
    : QObject(parent), m_store(std::make_unique<Store>()), m_logs(std::make_unique<LogBook>()),
      m_metrics(std::make_unique<MetricsRegistry>()), m_processes(std::make_unique<ProcessTable>()),
      m_data(std::make_unique<DataRegistry>()), m_kubeBlocks(std::make_unique<KubeBlocks>(m_store.get(), m_data.get()))
{
}

Cluster::~Cluster() { stop(); }

QStringList Cluster::scenarioNames() { return Scenario::names(); }

void Cluster::setOptions(const SimOptions &options)
{
    m_options = options;
    m_logs->setLimitBytes(options.logLimitBytes);
    m_store->setRecordEventLog(options.recordEventLog);
}

void Cluster::setTimeScale(double scale)
{
    if (scale <= 0)
        return;
    m_options.timeScale = scale;
    m_kubeBlocks->setTimeScale(scale);
    if (m_controllers)
        QMetaObject::invokeMethod(m_controllers, [c = m_controllers, scale] { c->setTimeScale(scale); });
}

void Cluster::setLoadPaused(bool paused)
{
    m_loadPaused = paused;
    if (m_controllers)
        QMetaObject::invokeMethod(m_controllers, [c = m_controllers, paused] { c->setLoadPaused(paused); });
}

bool Cluster::loadScenario(const QString &name)
{
    if (!Scenario::load(name, m_store.get(), m_logs.get(), &m_error, m_options, m_disabledAddons))
        return false;
    return true;
}

template<typename F> void Cluster::onServer(F &&fn) const
{
    if (!m_api)
        return;
    if (QThread::currentThread() == m_thread)
        fn();
    else
        QMetaObject::invokeMethod(m_api, std::forward<F>(fn), Qt::BlockingQueuedConnection);
}

bool Cluster::start(const QHostAddress &address, quint16 port)
{
    if (m_thread)
        return true;
    if (!m_tls) {
        m_tls = TlsMaterial::generate(m_serverNames, &m_error);
        if (!m_tls)
            return false;
        m_adminCert = m_tls->issueClient(QStringLiteral("admin"), {QStringLiteral("system:masters")});
        m_adminToken = randomToken();
        m_viewerToken = randomToken();
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kubesim-apiserver"));
    m_api = new ApiServer(m_store.get(), m_logs.get(), m_metrics.get(), *m_tls);
    m_api->addToken(m_adminToken, {QStringLiteral("admin"), {QStringLiteral("system:masters")}});
    m_api->addToken(m_viewerToken, {QStringLiteral("viewer"), {}});
    m_api->setProcesses(m_processes.get());
    m_api->setKubeBlocks(m_kubeBlocks.get());
    for (const ExecHandler &h : std::as_const(m_execHandlers))
        m_api->addExecHandler(h);
    for (const auto &[token, user] : std::as_const(m_extraTokens))
        m_api->addToken(token, user);
    m_api->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_api, &QObject::deleteLater);
    m_thread->start();
    bool ok = false;
    QString error;
    quint16 bound = 0;
    ApiServer *api = m_api;
    QMetaObject::invokeMethod(
        m_api,
        [api, address, port, &ok, &error, &bound] {
            ok = api->listen(address, port, &error);
            bound = api->port();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        m_error = error;
        stop();
        return false;
    }
    m_port = bound;
    m_address = address;
    if (!m_options.controllers)
        return true;
    m_controllerThread = new QThread;
    m_controllerThread->setObjectName(QStringLiteral("kubesim-controllers"));
    m_controllers = new ControllerManager(m_store.get(), m_logs.get(), m_metrics.get(), m_options, m_data.get());
    m_controllers->setProcesses(m_processes.get());
    m_controllers->setLoadPaused(m_loadPaused);
    m_controllers->moveToThread(m_controllerThread);
    connect(m_controllerThread, &QThread::finished, m_controllers, &QObject::deleteLater);
    m_controllerThread->start();
    QMetaObject::invokeMethod(m_controllers, &ControllerManager::start, Qt::QueuedConnection);
    m_kubeBlocks->setTimeScale(m_options.timeScale);
    m_kubeBlocks->setSeed(m_options.seed);
    m_kubeBlocks->start();
    return true;
}

void Cluster::stop()
{
    if (m_controllerThread) {
        m_controllerThread->quit();
        m_controllerThread->wait();
        delete m_controllerThread;
        m_controllerThread = nullptr;
        m_controllers = nullptr;
    }
    if (!m_thread)
        return;
    m_kubeBlocks->stop();
    onServer([api = m_api] { api->close(); });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_api = nullptr;
}

QUrl Cluster::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(m_address.isNull() || m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
                  ? QStringLiteral("127.0.0.1")
                  : m_address.toString());
    u.setPort(m_port);
    return u;
}

QByteArray Cluster::caCertificate() const { return m_tls ? m_tls->ca().certificate : QByteArray(); }

QString Cluster::addToken(const QString &user, const QStringList &groups)
{
    const QString token = randomToken();
    m_extraTokens.append({token, UserInfo{user, groups}});
    onServer([api = m_api, token, user, groups] { api->addToken(token, {user, groups}); });
    return token;
}

PemPair Cluster::issueClientCertificate(const QString &user, const QStringList &groups) const
{
    return m_tls ? m_tls->issueClient(user, groups) : PemPair{};
}

bool Cluster::writeKubeconfig(const QString &path, const QString &defaultNamespace)
{
    if (!m_tls) {
        m_error = tr("the cluster has not been started");
        return false;
    }
    const QByteArray server = url().toString().toUtf8();
    const QByteArray ca = m_tls->ca().certificate.toBase64();
    const QByteArray ns = defaultNamespace.toUtf8();
    QByteArray yaml;
    yaml += "apiVersion: v1\nkind: Config\npreferences: {}\n";
    yaml += "clusters:\n- name: kubesim\n  cluster:\n    server: " + server + "\n    certificate-authority-data: " + ca + "\n";
    yaml += "users:\n";
    yaml += "- name: kubesim-admin\n  user:\n    token: " + m_adminToken.toUtf8() + "\n";
    yaml += "- name: kubesim-admin-cert\n  user:\n    client-certificate-data: " + m_adminCert.certificate.toBase64()
            + "\n    client-key-data: " + m_adminCert.key.toBase64() + "\n";
    yaml += "- name: kubesim-viewer\n  user:\n    token: " + m_viewerToken.toUtf8() + "\n";
    yaml += "contexts:\n";
    yaml += "- name: kubesim\n  context:\n    cluster: kubesim\n    user: kubesim-admin\n    namespace: " + ns + "\n";
    yaml += "- name: kubesim-cert\n  context:\n    cluster: kubesim\n    user: kubesim-admin-cert\n    namespace: " + ns + "\n";
    yaml += "- name: kubesim-viewer\n  context:\n    cluster: kubesim\n    user: kubesim-viewer\n    namespace: " + ns + "\n";
    yaml += "current-context: kubesim\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(yaml);
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

void Cluster::appendLog(const QString &ns, const QString &pod, const QString &container, const QList<QByteArray> &lines)
{
    m_logs->append(ns, pod, container, lines);
}

void Cluster::restartContainerLog(const QString &ns, const QString &pod, const QString &container)
{
    m_logs->restart(ns, pod, container);
}

void Cluster::addExecHandler(const ExecHandler &handler)
{
    m_execHandlers.append(handler);
    onServer([api = m_api, handler] { api->addExecHandler(handler); });
}

void Cluster::dropWatches()
{
    onServer([api = m_api] { api->dropWatches(); });
}

void Cluster::failNextWatches(int count)
{
    onServer([api = m_api, count] { api->failNextWatches(count); });
}

void Cluster::setLatency(int milliseconds)
{
    onServer([api = m_api, milliseconds] { api->setLatency(milliseconds); });
}

void Cluster::setErrorShares(double throttled, double serverErrors)
{
    onServer([api = m_api, throttled, serverErrors] { api->setErrorShares(throttled, serverErrors); });
}

void Cluster::cutLogStreams()
{
    onServer([api = m_api] { api->cutLogStreams(); });
}

void Cluster::setPodTerminationDelay(int milliseconds)
{
    onServer([api = m_api, milliseconds] { api->setPodTerminationMs(milliseconds); });
}

bool Cluster::killPod(const QString &ns, const QString &pod) { return chaos::killPod(m_store.get(), ns, pod); }

bool Cluster::crashLoopContainer(const QString &ns, const QString &pod, const QString &container, bool on)
{
    return chaos::crashLoop(m_store.get(), ns, pod, container, on);
}

bool Cluster::cordonNode(const QString &node, bool cordoned) { return chaos::cordon(m_store.get(), node, cordoned); }

bool Cluster::chaos(const nlohmann::json &request, QString *error)
{
    const chaos::Result r = chaos::run(m_store.get(), m_kubeBlocks.get(), request);
    if (r.status != 200 && error)
        *error = r.error;
    return r.status == 200;
}

std::vector<WatchEvent> Cluster::eventLog() const { return m_store->eventLog(); }

} // namespace sd::sim

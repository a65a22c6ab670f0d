// Decoding a 10k-pod list (pods of ~5 KB with managedFields): JSON decode alone, the whole
// KubeClient path over local TLS (request, transfer, off-thread decode, delivery), and
// `kubectl get pods -o json` against the same server in the same run.
//   bench_kubedecode [pods=10000] [runs=5] [toppad]
// "toppad" sets glibc's M_TOP_PAD to 64 MiB first: worker-thread arenas otherwise grow their heap
// in small steps, which makes a large decode in a pool thread several times slower.

#include "fakeapiserver.h"
#include "podfixture.h"

#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace sd;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString kubectlBinary()
{
    const QString k = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (k.isEmpty())
        return {};
    const QString dir = QFileInfo(QFileInfo(k).canonicalFilePath()).absolutePath();
    for (const char *v : {"kubectl.1.33", "kubectl.1.32", "kubectl.1.31"}) {
        const QString p = dir + QLatin1Char('/') + QLatin1String(v);
        if (QFileInfo(p).isExecutable())
            return p;
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pods = argc > 1 ? atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? atoi(argv[2]) : 5;
    const bool topPad = argc > 3 && QByteArray(argv[3]) == "toppad";
    if (topPad)
        mallopt(M_TOP_PAD, 64 << 20);
    QTextStream out(stdout);

    QByteArray body = R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"200000"},"items":[)";
    for (int i = 0; i < pods; ++i) {
        if (i)
            body += ',';
        body += makePod(i);
    }
    body += "]}";
    if (QJsonDocument::fromJson(body).isNull()) {
        out << "generated list is not valid JSON\n";
        return 1;
    }
    out << QStringLiteral("list: %1 pods, %2 MB (%3 bytes per pod)%4\n")
               .arg(pods)
               .arg(body.size() / 1e6, 0, 'f', 1)
               .arg(body.size() / pods)
               .arg(topPad ? QStringLiteral(", M_TOP_PAD 64 MiB") : QString());

    QList<double> decode;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const qsizetype n = doc.object().value(QLatin1String("items")).toArray().size();
        decode.append(t.nsecsElapsed() / 1e6);
        if (n != pods)
            return 1;
    }
    out << QStringLiteral("QJsonDocument::fromJson:        median %1 ms (%2 MB/s)\n")
               .arg(median(decode), 0, 'f', 0)
               .arg(body.size() / 1e3 / median(decode), 0, 'f', 0);

    QList<double> pooled;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        qsizetype n = 0;
        QThreadPool::globalInstance()->start([&] {
            n = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray().size();
        });
        QThreadPool::globalInstance()->waitForDone();
        pooled.append(t.nsecsElapsed() / 1e6);
        if (n != pods)
            return 1;
    }
    out << QStringLiteral("same, in a pool thread:         median %1 ms\n").arg(median(pooled), 0, 'f', 0);

    // The whole client path against a local TLS server.
    FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
    const QByteArray discoveryApi = R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{},"versions":[{"version":"v1","freshness":"Current","resources":[{"resource":"pods","responseKind":{"group":"","version":"","kind":"Pod"},"scope":"Namespaced","singularResource":"pod","verbs":["get","list","watch"],"shortNames":["po"]}]}]}]})";
    server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
        if (req.path == QLatin1String("/api")) {
            FakeApiServer::respond(s, 200, discoveryApi, {},
                                   "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
        } else if (req.path == QLatin1String("/apis")) {
            FakeApiServer::respond(s, 200, R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[]})",
                                   {}, "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
        } else if (req.path == QLatin1String("/api/v1/namespaces/openim/pods")) {
            FakeApiServer::respond(s, 200, body); // the whole list; "limit" may be ignored by a server
        } else {
            FakeApiServer::respond(s, 404, FakeApiServer::status(404, "NotFound", "not served"));
        }
    });
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("config"));
    {
        QFile f(kubeconfig);
        f.open(QIODevice::WriteOnly);
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " + server.url().toUtf8()
                + "\n    certificate-authority: " SD_SOURCE_DIR "/test/data/kube/certs/ca.crt\n"
                  "users:\n- name: u\n  user:\n    token: bench\ncontexts:\n- name: ctx\n  context: {cluster: c, user: u, namespace: openim}\n"
                  "current-context: ctx\n");
    }
    QString error;
    const auto conn = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfig}, true), {}, &error);
    if (!conn) {
        out << error << '\n';
        return 1;
    }
    KubeClient client(*conn);
    QList<double> e2e;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        std::unique_ptr<KubeRequest> req(client.list(ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")),
                                                     QStringLiteral("openim")));
        QEventLoop loop;
        QObject::connect(req.get(), &KubeRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
        e2e.append(t.nsecsElapsed() / 1e6);
        if (req->response().object().value(QLatin1String("items")).toArray().size() != pods) {
            out << "client list failed: " << req->response().error.text() << '\n';
            return 1;
        }
    }
    out << QStringLiteral("KubeClient list (TLS, decoded): median %1 ms\n").arg(median(e2e), 0, 'f', 0);

    // The same request without decoding: what the transfer alone costs (both ends in this process).
    QList<double> raw;
    for (int r = 0; r < runs; ++r) {
        KubeRequestSpec spec;
        spec.path = QStringLiteral("/api/v1/namespaces/openim/pods");
        spec.decodeJson = false;
        QElapsedTimer t;
        t.start();
        std::unique_ptr<KubeRequest> req(client.request(spec));
        QEventLoop loop;
        QObject::connect(req.get(), &KubeRequest::finished, &loop, &QEventLoop::quit);
        loop.exec();
        raw.append(t.nsecsElapsed() / 1e6);
        if (req->response().body.size() != body.size())
            return 1;
    }
    out << QStringLiteral("KubeClient list (TLS, raw body): median %1 ms\n").arg(median(raw), 0, 'f', 0);

    const QString kubectl = kubectlBinary();
    if (kubectl.isEmpty()) {
        out << "kubectl: not found, comparison skipped\n";
        return 0;
    }
    QList<double> kc;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("KUBECONFIG"));
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(kubectl, {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"), QStringLiteral("pods"),
                          QStringLiteral("-o"), QStringLiteral("json")});
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
        kc.append(t.nsecsElapsed() / 1e6);
        if (p.exitCode() != 0) {
            out << "kubectl failed: " << p.readAllStandardError() << '\n';
            return 1;
        }
    }
    out << QStringLiteral("%1 get pods -o json: median %2 ms\n")
               .arg(QFileInfo(kubectl).fileName())
               .arg(median(kc), 0, 'f', 0);
    out << QStringLiteral("ratio kubectl / KubeClient: %1x\n").arg(median(kc) / median(e2e), 0, 'f', 2);
    return 0;
}

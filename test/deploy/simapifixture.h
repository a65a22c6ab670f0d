#pragma once

// An in-process kubesim API server without controllers (envtest style: the test writes what
// controllers would) and a KubeClient talking to it over TLS, for tests of code that reads and
// writes the cluster. Header-only; one per test class.
#include "deploy/kubeobject.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubesim/cluster.h"
#include "kubesim/simoptions.h"
#include "../support/kindtype.h"
#include "../support/responseof.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

struct SimApiFixture
{
    sd::sim::Cluster cluster;
    QTemporaryDir dir;
    std::unique_ptr<sd::KubeClient> client;

    // Loads the KubeBlocks scenario, starts the server and connects; "" or what failed.
    QString start()
    {
        sd::sim::SimOptions api;
        api.controllers = false;
        cluster.setOptions(api);
        if (!cluster.loadScenario(QStringLiteral("kubeblocks")) || !cluster.start())
            return cluster.errorString();
        const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
        if (!cluster.writeKubeconfig(kubeconfig))
            return QStringLiteral("cannot write %1").arg(kubeconfig);
        QString error;
        const auto connection = sd::ClusterConnection::fromConfig(sd::KubeConfig::loadFiles({kubeconfig}, true),
                                                                  QStringLiteral("kubesim"), &error);
        if (!connection)
            return error;
        client = std::make_unique<sd::KubeClient>(*connection);
        return {};
    }

    // Runs one request to its end (taking ownership); an empty response after 20 s.
    static sd::KubeResponse wait(sd::KubeRequest *request)
    {
        std::unique_ptr<sd::KubeRequest> owned(request);
        return responseOf(request);
    }

    // Server-side applies the Namespace `ns` and `object` as the deploy engine does
    // (fieldManager "stackdeck", forced); "" or the server's answer.
    QString applyAsStackdeck(const QString &ns, const nlohmann::json &object)
    {
        sd::ApplyOptions options;
        options.force = true;
        const sd::KubeResponse created = wait(client->apply(
            sd::ApiResource::core(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false), {}, ns,
            QStringLiteral(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"%1"}})").arg(ns).toUtf8(), options));
        if (!created.ok())
            return created.error.text();
        const sd::KubeResponse r = wait(client->apply(typeOfPlainKind(sd::KubeObject::apiVersion(object), sd::KubeObject::kind(object)), ns,
                                                      sd::KubeObject::name(object), QByteArray::fromStdString(object.dump()), options));
        return r.ok() ? QString() : r.error.text();
    }
};

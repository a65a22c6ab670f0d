#pragma once

#include "kube/clusterconnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Writes a one-context kubeconfig for `server` (trusting the test CA) with the given user block
// (YAML lines indented under "user:") and resolves it.
inline std::optional<sd::ClusterConnection> testConnection(const QTemporaryDir &dir,
                                                           const QString &server,
                                                           const QByteArray &userYaml,
                                                           const QByteArray &clusterExtra = {})
{
    const QString data = QStringLiteral(SD_SOURCE_DIR "/test/data/kube/");
    QByteArray y = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
                   + server.toUtf8() + "\n    certificate-authority: " + data.toUtf8()
                   + "certs/ca.crt\n" + clusterExtra + "users:\n- name: u\n  user:\n" + userYaml
                   + "contexts:\n- name: ctx\n  context: {cluster: c, user: u, namespace: ns1}\n"
                     "current-context: ctx\n";
    const QString path = dir.filePath(QStringLiteral("kubeconfig-%1").arg(qHash(y)));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return std::nullopt;
    f.write(y);
    f.close();
    QString error;
    auto c = sd::ClusterConnection::fromConfig(sd::KubeConfig::loadFiles({path}, true), {}, &error);
    if (!c)
        qWarning("%s", qPrintable(error));
    return c;
}

#include "kube/clusterconnection.h"
#include "kube/kubeconfig.h"

#include <QDir>
#include <QTest>

using namespace sd;

// Kubeconfig loading over a corpus of real-world shapes and broken files in test/data/kube.
class tst_KubeConfig : public QObject
{
    Q_OBJECT

private:
    static QString data(const QString &name)
    {
        return QStringLiteral(SD_SOURCE_DIR "/test/data/kube/") + name;
    }
    static std::optional<ClusterConnection> resolve(const QString &file, const QString &context,
                                                    QString *error)
    {
        const KubeConfig config = KubeConfig::loadFiles({data(file)}, true);
        return ClusterConnection::fromConfig(config, context, error);
    }

private slots:
    void realWorldShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("auth"); // token | cert | exec
        QTest::newRow("gke") << "gke.yaml" << "https://34.118.10.20" << "default" << "exec";
        QTest::newRow("eks") << "eks.yaml"
                             << "https://0123456789ABCDEF0123456789ABCDEF.gr7.eu-central-1.eks.amazonaws.com"
                             << "openim" << "exec";
        QTest::newRow("k3s-ec") << "k3s.yaml" << "https://127.0.0.1:6443" << "default" << "cert";
        QTest::newRow("rancher") << "rancher.yaml"
                                 << "https://rancher.example.com/k8s/clusters/c-m-abcd1234"
                                 << "default" << "token";
        QTest::newRow("kind-rsa") << "rsa-embedded.yaml" << "https://127.0.0.1:40123" << "openim"
                                  << "cert";
    }
    void realWorldShapes()
    {
        QFETCH(QString, file);
        QFETCH(QString, server);
        QFETCH(QString, ns);
        QFETCH(QString, auth);
        const KubeConfig config = KubeConfig::loadFiles({data(file)}, true);
        QVERIFY2(!config.hasErrors(), qPrintable(config.errorTexts().join('\n')));
        QString error;
        const auto c = ClusterConnection::fromConfig(config, {}, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->server.toString(), server.toLower()); // hosts are case-insensitive
        QCOMPARE(c->defaultNamespace, ns);
        if (auth == "exec")
            QVERIFY(c->user.exec);
        else if (auth == "cert")
            QVERIFY(!c->user.clientCertificateData.isEmpty() && !c->user.clientKeyData.isEmpty());
        else
            QVERIFY(!c->user.token.isEmpty());
        QCOMPARE(c->sslConfiguration.peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void gkeExecDetails()
    {
        const KubeConfig config = KubeConfig::loadFiles({data("gke.yaml")}, true);
        const KubeUser *u = config.user("gke_demo-project_europe-west1_openim");
        QVERIFY(u && u->exec);
        QCOMPARE(u->exec->apiVersion, QString("client.authentication.k8s.io/v1beta1"));
        QCOMPARE(u->exec->interactiveMode, QString("IfAvailable")); // v1beta1 default
        QVERIFY(u->exec->provideClusterInfo);
        QVERIFY(u->exec->installHint.contains("gke-gcloud-auth-plugin"));
    }

    void eksExecArgsAndEnv()
    {
        const KubeConfig config = KubeConfig::loadFiles({data("eks.yaml")}, true);
        const KubeUser *u = config.users().isEmpty() ? nullptr : &config.users().first();
        QVERIFY(u && u->exec);
        QCOMPARE(u->exec->command, QString("aws"));
        QCOMPARE(u->exec->args.size(), 8);
        QCOMPARE(u->exec->args.at(3), QString("get-token"));
        QCOMPARE(u->exec->env.size(), 1);
        QCOMPARE(u->exec->env.first().first, QString("AWS_PROFILE"));
    }

    void tlsServerNameAndCa()
    {
        QString error;
        const auto c = resolve("rsa-embedded.yaml", {}, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->tlsServerName, QString("kube.test"));
        QCOMPARE(c->sslConfiguration.caCertificates().size(), 1);
        QCOMPARE(c->sslConfiguration.caCertificates().first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{"stackdeck-test-ca"});
    }

    void relativePathsResolveAgainstFile_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("rsa pkcs8 from files") << "cert";
        QTest::newRow("ec pkcs8 from files") << "ec";
    }
    void relativePathsResolveAgainstFile()
    {
        QFETCH(QString, context);
        // Load from another working directory: paths must not depend on it.
        const QString old = QDir::currentPath();
        QDir::setCurrent(QDir::tempPath());
        QString error;
        const auto c = resolve("relative.yaml", context, &error);
        QDir::setCurrent(old);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->cluster.certificateAuthorityFile, data("certs/ca.crt"));
        QVERIFY(c->user.clientCertificateData.startsWith("-----BEGIN CERTIFICATE"));
        QVERIFY(c->user.clientKeyData.contains("PRIVATE KEY"));
    }

    void tokenFilePathAndNamespace()
    {
        QString error;
        const auto c = resolve("relative.yaml", "file-token", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->user.tokenFile, data("tokens/sa-token"));
        QCOMPARE(c->defaultNamespace, QString("kb-system"));
    }

    void impersonationFields()
    {
        const KubeConfig config = KubeConfig::loadFiles({data("relative.yaml")}, true);
        const KubeUser *u = config.user("impersonator");
        QVERIFY(u);
        QCOMPARE(u->impersonate, QString("jane"));
        QCOMPARE(u->impersonateUid, QString("1234"));
        QCOMPARE(u->impersonateGroups, (QStringList{"developers", "system:authenticated"}));
        QCOMPARE(u->impersonateExtra.value("scopes.example.com/scope"), (QStringList{"read", "write"}));
    }

    void multipleImpersonationGroupsRefused()
    {
        QString error;
        QVERIFY(!resolve("relative.yaml", "impersonate", &error));
        QVERIFY2(error.contains("user “impersonator”") && error.contains("more than one group"),
                 qPrintable(error));
    }

    void proxies_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<int>("type"); // -1: error
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("http") << "http" << int(QNetworkProxy::HttpProxy) << "proxy.corp" << 3128 << "";
        QTest::newRow("socks5") << "socks" << int(QNetworkProxy::Socks5Proxy) << "127.0.0.1" << 1080
                                << "";
        QTest::newRow("https refused") << "https" << -1 << "" << 0 << "HTTPS proxies";
        QTest::newRow("ftp refused") << "ftp" << -1 << "" << 0 << "ftp";
    }
    void proxies()
    {
        QFETCH(QString, context);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, errorPart);
        QString error;
        const auto c = resolve("proxies.yaml", context, &error);
        if (type < 0) {
            QVERIFY(!c);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY2(error.contains("proxies.yaml"), qPrintable(error));
            return;
        }
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->proxy);
        QCOMPARE(int(c->proxy->type()), type);
        QCOMPARE(c->proxy->hostName(), host);
        QCOMPARE(int(c->proxy->port()), port);
        if (context == "socks") {
            QCOMPARE(c->proxy->user(), QString("bob"));
            QCOMPARE(c->proxy->password(), QString("pa:ss"));
        }
        QCOMPARE(c->sslConfiguration.peerVerifyMode(), QSslSocket::VerifyNone);
        QVERIFY(!c->warnings.isEmpty()); // insecure-skip-tls-verify is visible
    }

    void kubeconfigEnvMergeFirstWins()
    {
        const QString list = QStringList{data("merge-a.yaml"), data("does-not-exist.yaml"),
                                         data("merge-b.yaml"), data("merge-c.yaml")}
                                 .join(QDir::listSeparator());
        const KubeConfig config = KubeConfig::load({}, list, "/nonexistent-home");
        QVERIFY2(!config.hasErrors(), qPrintable(config.errorTexts().join('\n')));
        QCOMPARE(config.files().size(), 3); // the missing entry is skipped, like kubectl
        QCOMPARE(config.currentContext(), QString("b")); // first file that sets it
        QCOMPARE(config.cluster("shared")->server, QString("https://a.example:6443"));
        QCOMPARE(config.user("shared-user")->token, QString("token-from-a"));
        QCOMPARE(config.context("shared")->defaultNamespace, QString("from-a"));
        QVERIFY(config.cluster("only-a") && config.cluster("only-b"));
        QCOMPARE(config.contexts().size(), 3);
    }

    void precedence()
    {
        // Explicit path beats KUBECONFIG; KUBECONFIG beats the home default.
        KubeConfig c = KubeConfig::load(data("k3s.yaml"), data("merge-a.yaml"), "/nonexistent");
        QCOMPARE(c.files(), QStringList{data("k3s.yaml")});
        c = KubeConfig::load({}, data("merge-a.yaml"), "/nonexistent");
        QCOMPARE(c.files(), QStringList{data("merge-a.yaml")});
        // No file at all under HOME: an empty config, no error, and resolving says so.
        c = KubeConfig::load({}, std::nullopt, "/nonexistent");
        QVERIFY(c.files().isEmpty());
        QVERIFY(!c.hasErrors());
        QString error;
        QVERIFY(!ClusterConnection::fromConfig(c, {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void explicitMissingFileIsError()
    {
        const KubeConfig c = KubeConfig::load(data("nope.yaml"), std::nullopt, "/nonexistent");
        QVERIFY(c.hasErrors());
        QVERIFY(c.errorTexts().first().contains("nope.yaml"));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("entry");       // expected entry in a load problem ("" = none)
        QTest::addColumn<QString>("loadError");   // part of a load problem ("" = no load error)
        QTest::addColumn<QString>("resolveError"); // part of the resolve error ("" = resolves)
        QTest::newRow("malformed yaml") << "broken/malformed.yaml" << "" << "invalid YAML at line" << "no current-context";
        QTest::newRow("dangling current-context") << "broken/dangling-current.yaml" << "current-context"
                                                  << "" << "“gone” does not exist";
        QTest::newRow("duplicate names") << "broken/duplicate-names.yaml" << "clusters[1] “c”"
                                         << "duplicate name" << "";
        QTest::newRow("bad base64") << "broken/bad-base64.yaml" << "clusters[0] “c”"
                                    << "certificate-authority-data” is not valid base64" << "";
        QTest::newRow("missing cert") << "broken/missing-cert.yaml" << "" << ""
                                      << "does-not-exist.crt";
        QTest::newRow("unreadable cert") << "broken/unreadable-cert.yaml" << "" << ""
                                         << "cannot read";
        QTest::newRow("not pem") << "broken/not-pem-cert.yaml" << "" << "" << "not a PEM certificate";
        QTest::newRow("token with line break") << "broken/token-newline.yaml" << "" << ""
                                               << "line break";
        QTest::newRow("insecure with ca") << "broken/insecure-with-ca.yaml" << "" << ""
                                          << "cannot be combined";
        QTest::newRow("wrong types") << "broken/wrong-types.yaml" << "clusters[0] “c”"
                                     << "field “server” must be a string" << "user “missing-user” does not exist";
        QTest::newRow("not a map") << "broken/not-a-map.yaml" << "" << "top level must be a mapping"
                                   << "no current-context";
    }
    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, entry);
        QFETCH(QString, loadError);
        QFETCH(QString, resolveError);
        const KubeConfig config = KubeConfig::loadFiles({data(file)}, true);
        const QString all = [&] {
            QStringList t;
            for (const auto &p : config.problems())
                t << p.text();
            return t.join('\n');
        }();
        if (!loadError.isEmpty()) {
            bool found = false;
            for (const auto &p : config.problems()) {
                if (p.message.contains(loadError) || p.text().contains(loadError)) {
                    found = true;
                    QCOMPARE(p.file, data(file));
                    if (!entry.isEmpty())
                        QCOMPARE(p.entry, entry);
                    QVERIFY(p.text().contains(QFileInfo(file).fileName()));
                }
            }
            QVERIFY2(found, qPrintable(all));
        } else if (!entry.isEmpty()) {
            bool found = false;
            for (const auto &p : config.problems())
                found = found || p.entry == entry;
            QVERIFY2(found, qPrintable(all));
        }
        QString error;
        const auto c = ClusterConnection::fromConfig(config, {}, &error);
        if (resolveError.isEmpty()) {
            QVERIFY2(c, qPrintable(error));
        } else {
            QVERIFY(!c);
            QVERIFY2(error.contains(resolveError), qPrintable(error));
        }
    }

    void duplicateKeepsFirst()
    {
        const KubeConfig config = KubeConfig::loadFiles({data("broken/duplicate-names.yaml")}, true);
        QCOMPARE(config.clusters().size(), 1);
        QCOMPARE(config.cluster("c")->server, QString("https://first:6443"));
    }

    void unknownFieldsWarn()
    {
        const KubeConfig config = KubeConfig::loadFiles({data("broken/wrong-types.yaml")}, true);
        bool warned = false;
        for (const auto &p : config.problems())
            warned = warned
                     || (p.severity == KubeConfigProblem::Severity::Warning
                         && p.message.contains("colour"));
        QVERIFY(warned);
    }

    void removedAuthProviders_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("replacement");
        QTest::newRow("gcp") << "gcp" << "gke-gcloud-auth-plugin";
        QTest::newRow("azure") << "azure" << "kubelogin";
    }
    void removedAuthProviders()
    {
        QFETCH(QString, context);
        QFETCH(QString, replacement);
        QString error;
        QVERIFY(!resolve("broken/removed-providers.yaml", context, &error));
        QVERIFY2(error.contains(replacement), qPrintable(error));
        QVERIFY2(error.contains("removed-providers.yaml"), qPrintable(error));
        QVERIFY2(error.contains(QString("user “%1-user”").arg(context)), qPrintable(error));
    }

    void clusterFromUrlAndToken()
    {
        QString error;
        auto cluster = [](const QString &server, const QString &ca = {}, const QString &sni = {}) {
            KubeCluster c;
            c.name = QStringLiteral("prod");
            c.server = server;
            c.certificateAuthorityFile = ca;
            c.tlsServerName = sni;
            return c;
        };
        auto c = ClusterConnection::fromToken(cluster("https://10.0.0.5:6443", data("certs/ca.crt"), "kube.test"),
                                              "sa-token", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->contextName, QString("prod"));
        QCOMPARE(c->user.token, QString("sa-token"));
        QCOMPARE(c->tlsServerName, QString("kube.test"));
        QCOMPARE(c->sslConfiguration.caCertificates().size(), 1);
        QCOMPARE(c->defaultNamespace, QString("default"));
        QVERIFY(c->warnings.isEmpty());
        QVERIFY(!ClusterConnection::fromToken(cluster("http://10.0.0.5:6443"), "t", &error));
        QVERIFY(error.contains("not an https URL"));
        QVERIFY(!ClusterConnection::fromToken(cluster("https://10.0.0.5:6443"), "a\nb", &error));
        QVERIFY(error.contains("line break"));
        QVERIFY(!ClusterConnection::fromToken(cluster("https://10.0.0.5:6443", data("nope.crt")), "t", &error));
        QVERIFY(error.contains("nope.crt"));
        KubeCluster insecure = cluster("https://10.0.0.5:6443");
        insecure.insecureSkipTlsVerify = true;
        c = ClusterConnection::fromToken(insecure, "t", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->sslConfiguration.peerVerifyMode(), QSslSocket::VerifyNone);
        QCOMPARE(c->warnings.size(), 1);
        QVERIFY(c->warnings.first().contains("prod"));
    }

    void execValidation()
    {
        const KubeConfig config = KubeConfig::loadFiles({data("exec-v1.yaml")}, true);
        // v1 without interactiveMode is an error, like kubectl.
        bool found = false;
        for (const auto &p : config.problems())
            found = found || (p.entry.contains("plugin-no-mode") && p.message.contains("interactiveMode"));
        QVERIFY(found);
        const KubeUser *u = config.user("plugin-v1");
        QVERIFY(u && u->exec);
        QCOMPARE(u->exec->baseDirectory, QFileInfo(data("exec-v1.yaml")).absolutePath());
        QCOMPARE(u->exec->interactiveMode, QString("Never"));
        QCOMPARE(config.cluster("sim")->execExtension.value("audience").toString(),
                 QString("stackdeck-test"));
    }
};

QTEST_GUILESS_MAIN(tst_KubeConfig)
#include "tst_kubeconfig.moc"

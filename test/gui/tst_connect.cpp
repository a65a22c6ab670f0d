// Connecting the app to a cluster, against the simulated API server over real TLS: the same
// code path a real cluster takes.
#include "gui/clustersession.h"
#include "gui/connectdialog.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/prerequisitesdialog.h"
#include "kubesim/cluster.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sd;

class tst_Connect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster.writeKubeconfig(m_kubeconfig, QStringLiteral("openim-dev")));
    }

    void init() { m_window = std::make_unique<MainWindow>(&m_languages); }
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(w))
                w->close();
        }
        m_window.reset();
    }

    void dialogListsContexts()
    {
        ConnectDialog dialog(m_kubeconfig);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("contextsTree"));
        QCOMPARE(tree->topLevelItemCount(), 3); // admin token, admin certificate, viewer
        QCOMPARE(dialog.contextName(), QStringLiteral("kubesim")); // current-context preselected
        QVERIFY(tree->topLevelItem(0)->font(0).bold());
        dialog.selectContext(QStringLiteral("kubesim-viewer"));
        QCOMPARE(dialog.contextName(), QStringLiteral("kubesim-viewer"));

        ConnectDialog broken(m_dir.filePath(QStringLiteral("missing")));
        auto *problems = broken.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        QVERIFY(problems->text().contains(QStringLiteral("missing")));
        QVERIFY(broken.contextName().isEmpty());
    }

    void connectsWithTokenAndCertificate_data()
    {
        QTest::addColumn<QString>("context");
        QTest::newRow("token") << QStringLiteral("kubesim");
        QTest::newRow("client certificate") << QStringLiteral("kubesim-cert");
    }
    void connectsWithTokenAndCertificate()
    {
        QFETCH(QString, context);
        QVERIFY(m_window->connectToCluster(m_kubeconfig, context, QString()));
        QTRY_COMPARE(m_window->session()->state(), ClusterSession::State::Connected);
        QCOMPARE(m_window->session()->namespaceName(), QStringLiteral("openim-dev"));
        QVERIFY(m_window->session()->serverVersion().startsWith(QStringLiteral("v1.")));
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("status.connection"));
        QVERIFY(label->text().contains(context));
        QVERIFY(label->text().contains(m_window->session()->serverVersion()));
        QVERIFY(m_window->action(QStringLiteral("cluster.prerequisites"))->isEnabled());

        m_window->action(QStringLiteral("cluster.disconnect"))->trigger();
        QCOMPARE(m_window->session()->state(), ClusterSession::State::Disconnected);
        QCOMPARE(label->text(), QStringLiteral("Not connected"));
    }

    void badCredentialsFailClearly()
    {
        // Same server and CA, a token the server does not know.
        QFile file(m_kubeconfig);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        const QByteArray token = m_cluster.adminToken().toUtf8();
        QVERIFY(text.contains(token));
        text.replace(token, "not-a-valid-token");
        const QString bad = m_dir.filePath(QStringLiteral("bad-kubeconfig"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();

        QVERIFY(m_window->connectToCluster(bad, QStringLiteral("kubesim"), QString()));
        QTRY_COMPARE(m_window->session()->state(), ClusterSession::State::Failed);
        QVERIFY(!m_window->session()->errorString().isEmpty());
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("dialog.error")));
    }

    void missingKubeconfigIsRefused()
    {
        QVERIFY(!m_window->connectToCluster(m_dir.filePath(QStringLiteral("nope")), QString(), QString()));
        QCOMPARE(m_window->session()->state(), ClusterSession::State::Disconnected);
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("dialog.error"));
        QVERIFY(box);
        QVERIFY(box->detailedText().contains(QStringLiteral("nope")));
    }

    void prerequisitesAgainstTheSimulatedCluster()
    {
        QVERIFY(m_window->connectToCluster(m_kubeconfig, QStringLiteral("kubesim"), QString()));
        QTRY_COMPARE(m_window->session()->state(), ClusterSession::State::Connected);
        PrerequisitesDialog dialog(m_window->session()->client(), QStringLiteral("openim-dev"));
        QSignalSpy checked(&dialog, &PrerequisitesDialog::checked);
        dialog.start();
        QVERIFY(checked.wait(20000));
        const QList<CheckResult> results = dialog.results();
        QVERIFY(results.size() >= 5);
        auto find = [&](const QString &id) -> const CheckResult * {
            for (const CheckResult &r : results) {
                if (r.id == id)
                    return &r;
            }
            return nullptr;
        };
        const CheckResult *version = find(QStringLiteral("kubernetes-version"));
        QVERIFY(version);
        QCOMPARE(version->status, CheckResult::Status::Pass);
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("resultsTree"));
        QCOMPARE(tree->topLevelItemCount(), results.size());

        // The read-only viewer may not create anything: the permission check fails with a fix.
        QVERIFY(m_window->connectToCluster(m_kubeconfig, QStringLiteral("kubesim-viewer"), QString()));
        QTRY_COMPARE(m_window->session()->state(), ClusterSession::State::Connected);
        PrerequisitesDialog viewer(m_window->session()->client(), QStringLiteral("openim-dev"));
        QSignalSpy viewerChecked(&viewer, &PrerequisitesDialog::checked);
        viewer.start();
        QVERIFY(viewerChecked.wait(20000));
        bool permissionFailed = false;
        for (const CheckResult &r : viewer.results()) {
            if (r.status == CheckResult::Status::Fail && !r.fix.isEmpty())
                permissionFailed = true;
        }
        QVERIFY(permissionFailed);
    }

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    sim::Cluster m_cluster;
    QString m_kubeconfig;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_Connect)
#include "tst_connect.moc"

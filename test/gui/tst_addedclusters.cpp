// Clusters added by URL and bearer token, end to end against the simulated cluster over real TLS,
// with the token in a real Secret Service (test/with-keyring.sh: private bus, throw-away unlocked
// gnome-keyring). Proves the token lives only in the keychain: never in QSettings or any file.
#include "gui/addclusterdialog.h"
#include "gui/clustersession.h"
#include "gui/connectdialog.h"
#include "kube/addedclusters.h"
#include "kube/secretstore.h"
#include "kubesim/cluster.h"
#include "../support/secretjobwait.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>

using namespace sd;

namespace {

template<typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QLatin1String(name));
}

QTreeWidgetItem *itemNamed(ConnectDialog &dialog, const QString &name)
{
    auto *tree = child<QTreeWidget>(&dialog, "contextsTree");
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class tst_AddedClusters : public QObject
{
    Q_OBJECT
private:
    // Every file under the test's directory (QSettings, kubeconfig, CA) and the settings file
    // itself: the token must be in none of them.
    void verifyTokenInNoFile(const QString &token)
    {
        QSettings().sync();
        QStringList files{QSettings().fileName()};
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY(QFile::exists(QSettings().fileName()));
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(QStringLiteral("token found in %1").arg(path)));
        }
    }

    // Connects a ClusterSession the way MainWindow does after the dialog accepted.
    void connectThrough(ConnectDialog &dialog, ClusterSession &session, ClusterSession::State expected)
    {
        QString error;
        const std::optional<ClusterConnection> connection = dialog.addedConnection(&error);
        QVERIFY2(connection, qPrintable(error));
        session.connectTo(*connection, dialog.namespaceName(), {});
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), expected, 20000);
    }

    // Opens Add Cluster… from the dialog and fills it in as a user would.
    AddClusterDialog *fillAddDialog(ConnectDialog &dialog, const QString &name, const QString &token)
    {
        child<QPushButton>(&dialog, "addClusterButton")->click();
        auto *add = dialog.findChild<AddClusterDialog *>();
        if (!add)
            return nullptr;
        QTest::keyClicks(child<QLineEdit>(add, "nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(add, "serverEdit"), m_cluster.url().toString());
        QTest::keyClicks(child<QLineEdit>(add, "tokenEdit"), token);
        QTest::keyClicks(child<QLineEdit>(add, "caEdit"), m_caFile);
        QTest::keyClicks(child<QLineEdit>(add, "tlsServerNameEdit"), QStringLiteral("localhost"));
        return add;
    }

    QTemporaryDir m_dir;
    sim::Cluster m_cluster;
    QString m_caFile;
    QString m_token;
    SecretStore m_store{QStringLiteral("stackdeck-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || qEnvironmentVariableIsSet("DISPLAY")) {
            if (qgetenv("CI") == "true")
                QFAIL("run under test/with-keyring.sh (a private session bus, no DISPLAY)");
            QSKIP("run under test/with-keyring.sh (a private session bus, no DISPLAY)");
        }
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(m_cluster.loadScenario(QStringLiteral("empty")));
        m_token = m_cluster.addToken(QStringLiteral("alice"), {QStringLiteral("system:masters")});
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_caFile = m_dir.filePath(QStringLiteral("ca.crt"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_cluster.caCertificate());
    }

    void addDialogValidatesAsYouType()
    {
        AddedClusters clusters(m_store);
        AddClusterDialog dialog(&clusters);
        auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        auto *problem = child<QLabel>(&dialog, "problemLabel");
        auto *test = child<QPushButton>(&dialog, "testButton");
        QVERIFY(!ok->isEnabled());
        QVERIFY(!test->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("name")));

        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("bad name"));
        QVERIFY(problem->text().contains(QStringLiteral("letters, digits")));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("lab"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "serverEdit"), QStringLiteral("http://10.0.0.1:6443"));
        QVERIFY(problem->text().contains(QStringLiteral("https://")));
        child<QLineEdit>(&dialog, "serverEdit")->setText(m_cluster.url().toString());
        QVERIFY(problem->text().contains(QStringLiteral("token")));
        QCOMPARE(child<QLineEdit>(&dialog, "tokenEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClicks(child<QLineEdit>(&dialog, "tokenEdit"), QStringLiteral("t"));
        child<QLineEdit>(&dialog, "caEdit")->setText(m_dir.filePath(QStringLiteral("missing.crt")));
        QVERIFY(problem->text().contains(QStringLiteral("missing.crt")));
        child<QLineEdit>(&dialog, "caEdit")->clear();
        QVERIFY(problem->text().isEmpty());
        QVERIFY(ok->isEnabled());
        QVERIFY(test->isEnabled());

        // Skipping verification shows the warning and cannot be combined with a CA.
        auto *warning = child<QLabel>(&dialog, "insecureWarningLabel");
        QVERIFY(warning->isHidden());
        child<QCheckBox>(&dialog, "insecureCheck")->setChecked(true);
        QVERIFY(!warning->isHidden());
        QVERIFY(dialog.cluster().insecureSkipTlsVerify);
        child<QLineEdit>(&dialog, "caEdit")->setText(m_caFile);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("CA file")));
    }

    void testConnectionShowsVersionOrError()
    {
        AddedClusters clusters(m_store);
        AddClusterDialog dialog(&clusters);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("probe"));
        child<QLineEdit>(&dialog, "serverEdit")->setText(m_cluster.url().toString());
        child<QLineEdit>(&dialog, "tokenEdit")->setText(m_token);
        child<QLineEdit>(&dialog, "caEdit")->setText(m_caFile);
        child<QLineEdit>(&dialog, "tlsServerNameEdit")->setText(QStringLiteral("localhost"));
        auto *result = child<QLabel>(&dialog, "testResultLabel");
        child<QPushButton>(&dialog, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected: Kubernetes v1.")), 20000);

        // A token the server does not know: the 401 in plain words.
        child<QLineEdit>(&dialog, "tokenEdit")->setText(QStringLiteral("not-a-valid-token"));
        QVERIFY(result->text().isEmpty()); // the earlier result is stale
        child<QPushButton>(&dialog, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("rejected the credentials")), 20000);

        // Without the CA the system trust store does not know kubesim's CA.
        child<QLineEdit>(&dialog, "tokenEdit")->setText(m_token);
        child<QLineEdit>(&dialog, "caEdit")->clear();
        child<QPushButton>(&dialog, "testButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && result->text() != QStringLiteral("Connecting…"), 20000);
        QVERIFY2(!result->text().startsWith(QStringLiteral("Connected")), qPrintable(result->text()));
    }

    void addConnectRestartRemove()
    {
        const QString name = QStringLiteral("alice-prod");
        const QString noKubeconfig = m_dir.filePath(QStringLiteral("no-kubeconfig"));
        {
            AddedClusters clusters(m_store); // a new start of the app: new objects
            ConnectDialog dialog(noKubeconfig, &clusters);
            AddClusterDialog *add = fillAddDialog(dialog, name, m_token);
            QVERIFY(add);
            add->accept();
            auto *keychain = child<QLabel>(&dialog, "keychainLabel");
            QTRY_VERIFY_WITH_TIMEOUT(keychain->text().contains(QStringLiteral("its token is in the keychain")), 15000);
            QVERIFY(itemNamed(dialog, name));
            QCOMPARE(dialog.contextName(), name);
            QVERIFY(dialog.isAddedClusterSelected());
            QVERIFY(child<QPushButton>(&dialog, "removeClusterButton")->isEnabled());
        }
        // The entry is in QSettings without the token; the token is in the keychain.
        QCOMPARE(QSettings().value(QStringLiteral("addedClusters/%1/server").arg(name)).toString(), m_cluster.url().toString());
        QCOMPARE(waitForJob(m_store.read(AddedClusters::secretKey(name)))->secret(), m_token);
        verifyTokenInNoFile(m_token);

        // "Restart": new objects read everything back and connect with the token from the keychain.
        for (int run = 0; run < 2; ++run) {
            AddedClusters clusters(m_store); // a new start of the app: new objects
            ConnectDialog dialog(noKubeconfig, &clusters);
            QVERIFY(itemNamed(dialog, name));
            dialog.selectContext(name);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept();
            QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
            ClusterSession session;
            connectThrough(dialog, session, ClusterSession::State::Connected);
            QVERIFY(session.serverVersion().startsWith(QStringLiteral("v1.")));
            QCOMPARE(session.contextName(), name);
        }

        // Remove: confirmed, the entry and the keychain entry are gone.
        {
            AddedClusters clusters(m_store); // a new start of the app: new objects
            ConnectDialog dialog(noKubeconfig, &clusters);
            dialog.selectContext(name);
            child<QPushButton>(&dialog, "removeClusterButton")->click();
            auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("dialog.removeCluster"));
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
            auto *keychain = child<QLabel>(&dialog, "keychainLabel");
            QTRY_VERIFY_WITH_TIMEOUT(keychain->text().contains(QStringLiteral("token deleted from the keychain")), 15000);
            QVERIFY(!itemNamed(dialog, name));
        }
        QCOMPARE(waitForJob(m_store.read(AddedClusters::secretKey(name)))->error(), SecretJob::Error::NotFound);
        QVERIFY(!QSettings().contains(QStringLiteral("addedClusters/%1/server").arg(name)));
        QVERIFY(AddedClusters(m_store).clusters().isEmpty());
    }

    void wrongTokenFailsWith401()
    {
        const QString name = QStringLiteral("wrong-token");
        AddedClusters clusters(m_store);
        AddedCluster c;
        c.name = name;
        c.server = m_cluster.url().toString();
        c.certificateAuthorityFile = m_caFile;
        QCOMPARE(waitForJob(clusters.add(c, QStringLiteral("not-a-valid-token")))->error(), SecretJob::Error::NoError);

        ConnectDialog dialog(QString(), &clusters);
        dialog.selectContext(name);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
        ClusterSession session;
        connectThrough(dialog, session, ClusterSession::State::Failed);
        QVERIFY2(session.errorString().contains(QStringLiteral("rejected the credentials")), qPrintable(session.errorString()));
        QCOMPARE(waitForJob(clusters.remove(name))->error(), SecretJob::Error::NoError);
    }

    // Last: locks the keyring for the rest of the run (unlocking needs a prompt nobody can answer).
    void lockedKeyringStillConnectsForThisSession()
    {
        const QString name = QStringLiteral("locked-out");
        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

        const QString noKubeconfig = m_dir.filePath(QStringLiteral("no-kubeconfig"));
        {
            AddedClusters clusters(m_store); // a new start of the app: new objects
            ConnectDialog dialog(noKubeconfig, &clusters);
            AddClusterDialog *add = fillAddDialog(dialog, name, m_token);
            QVERIFY(add);
            add->accept();
            auto *keychain = child<QLabel>(&dialog, "keychainLabel");
            QTRY_VERIFY_WITH_TIMEOUT(keychain->text().contains(QStringLiteral("could not be saved in the keychain")), 15000);
            QVERIFY2(keychain->text().contains(QStringLiteral("locked")), qPrintable(keychain->text()));
            // This session: connects with the token kept in memory.
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            dialog.accept();
            QCOMPARE(accepted.size(), 1);
            ClusterSession session;
            connectThrough(dialog, session, ClusterSession::State::Connected);

            // The Connect dialog opened again in the same run uses it too, without asking.
            ConnectDialog reopened(noKubeconfig, &clusters);
            reopened.selectContext(name);
            QSignalSpy reaccepted(&reopened, &QDialog::accepted);
            reopened.accept();
            QCOMPARE(reaccepted.size(), 1);
            connectThrough(reopened, session, ClusterSession::State::Connected);
        }
        verifyTokenInNoFile(m_token);

        // Next start: the keychain has nothing to give; the user is told and types the token.
        AddedClusters clusters(m_store);
        ConnectDialog dialog(noKubeconfig, &clusters);
        dialog.selectContext(name);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        auto *keychain = child<QLabel>(&dialog, "keychainLabel");
        auto *sessionToken = child<QLineEdit>(&dialog, "sessionTokenEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!sessionToken->isHidden(), 15000);
        QVERIFY2(keychain->text().contains(QStringLiteral("this session only")), qPrintable(keychain->text()));
        QCOMPARE(accepted.size(), 0);
        auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(sessionToken->echoMode(), QLineEdit::Password);
        QTest::keyClicks(sessionToken, m_token);
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(accepted.size(), 1);
        ClusterSession session;
        connectThrough(dialog, session, ClusterSession::State::Connected);
        verifyTokenInNoFile(m_token);
    }
};

QTEST_MAIN(tst_AddedClusters)
#include "tst_addedclusters.moc"

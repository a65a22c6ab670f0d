// The BackupRepo dialog against the simulated cluster with KubeBlocks, over real TLS, with the
// access keys in a real Secret Service (test/with-keyring.sh). The keys must end up in the keychain
// and in the kb-system Secret, and nowhere else.
#include "gui/ops/backuprepodialog.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kuberequest.h"
#include "kubesim/cluster.h"
#include "../support/responseof.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace sd;

namespace {

const QString accessKey = QStringLiteral("AKIASTACKDECKTEST");
const QString secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCY=s3cr3t");

template<typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QLatin1String(name));
}

std::unique_ptr<SecretJob> wait(SecretJob *raw)
{
    std::unique_ptr<SecretJob> job(raw);
    QSignalSpy spy(job.get(), &SecretJob::finished);
    if (!job->isFinished())
        spy.wait(15000);
    return job;
}

} // namespace

class tst_BackupRepoDialog : public QObject
{
    Q_OBJECT
private:
    QJsonObject get(const ApiResource &type, const QString &ns, const QString &name)
    {
        std::unique_ptr<KubeRequest> request(m_client->get(type, ns, name));
        return responseOf(request.get()).object();
    }

    static ApiResource repoType()
    {
        ApiResource r;
        r.group = QStringLiteral("dataprotection.kubeblocks.io");
        r.version = QStringLiteral("v1alpha1");
        r.resource = QStringLiteral("backuprepos");
        r.kind = QStringLiteral("BackupRepo");
        r.namespaced = false;
        return r;
    }

    void fill(BackupRepoDialog &dialog, const QString &name, const QString &provider, const QString &endpoint,
              const QString &region, bool isDefault)
    {
        child<QLineEdit>(&dialog, "nameEdit")->setText(name);
        auto *combo = child<QComboBox>(&dialog, "providerCombo");
        combo->setCurrentIndex(combo->findData(provider));
        child<QLineEdit>(&dialog, "bucketEdit")->setText(QStringLiteral("stackdeck-backups"));
        child<QLineEdit>(&dialog, "endpointEdit")->setText(endpoint);
        child<QLineEdit>(&dialog, "regionEdit")->setText(region);
        QTest::keyClicks(child<QLineEdit>(&dialog, "accessKeyEdit"), accessKey);
        QTest::keyClicks(child<QLineEdit>(&dialog, "secretKeyEdit"), secretKey);
        child<QCheckBox>(&dialog, "defaultCheck")->setChecked(isDefault);
    }

    bool applyAndWait(BackupRepoDialog &dialog)
    {
        QSignalSpy finished(&dialog, &BackupRepoDialog::finished);
        auto *apply = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Apply);
        if (!apply->isEnabled())
            return false;
        apply->click();
        return finished.wait(60000) && finished.first().first().toBool();
    }

    void verifyKeysInNoFile()
    {
        QSettings().sync();
        QStringList files{QSettings().fileName()};
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(secretKey.toUtf8()) && !content.contains(secretKey.toUtf8().toBase64()),
                     qPrintable(QStringLiteral("secret key found in %1").arg(path)));
        }
    }

    QTemporaryDir m_dir;
    sim::Cluster m_cluster;
    std::unique_ptr<KubeClient> m_client;
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
        QSettings().setValue(QStringLiteral("probe"), true); // the settings file exists and is scanned
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        const QString caFile = m_dir.filePath(QStringLiteral("ca.crt"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_cluster.caCertificate());
        ca.close();
        KubeCluster cluster;
        cluster.name = QStringLiteral("kubesim");
        cluster.server = m_cluster.url().toString();
        cluster.certificateAuthorityFile = caFile;
        QString error;
        const auto connection = ClusterConnection::fromToken(cluster, m_cluster.adminToken(), &error);
        QVERIFY2(connection, qPrintable(error));
        m_client = std::make_unique<KubeClient>(*connection);
    }

    void cleanupTestCase() { m_client.reset(); }

    void validatesAsYouType()
    {
        BackupRepoDialog dialog(m_client.get(), m_store);
        auto *problem = child<QLabel>(&dialog, "problemLabel");
        auto *apply = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());
        fill(dialog, QStringLiteral("Bad_Name"), QStringLiteral("minio"), {}, {}, false);
        QVERIFY(problem->text().contains(QStringLiteral("lowercase")));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("repo"));
        QVERIFY2(problem->text().contains(QStringLiteral("MinIO needs its endpoint")), qPrintable(problem->text()));
        child<QLineEdit>(&dialog, "endpointEdit")->setText(QStringLiteral("minio.local:9000"));
        QVERIFY(problem->text().contains(QStringLiteral("http://")));
        child<QLineEdit>(&dialog, "endpointEdit")->setText(QStringLiteral("http://minio.kb-system.svc:9000"));
        QVERIFY(problem->text().isEmpty());
        QVERIFY(apply->isEnabled());
        // S3 and OSS need the region.
        auto *combo = child<QComboBox>(&dialog, "providerCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("oss")));
        QVERIFY(problem->text().contains(QStringLiteral("region")));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, "secretKeyEdit")->echoMode(), QLineEdit::Password);
    }

    void minioRepoBecomesReadyWithKeysOnlyInTheSecret()
    {
        BackupRepoDialog dialog(m_client.get(), m_store);
        fill(dialog, QStringLiteral("minio-backups"), QStringLiteral("minio"),
             QStringLiteral("http://minio.kb-system.svc:9000"), {}, true);
        QVERIFY(applyAndWait(dialog));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("is Ready")));

        const QJsonObject secret = get(ApiResource::core(QStringLiteral("secrets"), QStringLiteral("Secret")),
                                       QStringLiteral("kb-system"), dialog.secretName());
        const QJsonObject data = secret.value(QLatin1String("data")).toObject();
        QCOMPARE(QByteArray::fromBase64(data.value(QLatin1String("accessKeyId")).toString().toLatin1()), accessKey.toUtf8());
        QCOMPARE(QByteArray::fromBase64(data.value(QLatin1String("secretAccessKey")).toString().toLatin1()), secretKey.toUtf8());

        const QJsonObject repo = get(repoType(), {}, QStringLiteral("minio-backups"));
        const QJsonObject spec = repo.value(QLatin1String("spec")).toObject();
        QCOMPARE(spec.value(QLatin1String("storageProviderRef")).toString(), QStringLiteral("minio"));
        QCOMPARE(spec.value(QLatin1String("config")).toObject().value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("http://minio.kb-system.svc:9000"));
        QCOMPARE(spec.value(QLatin1String("credential")).toObject().value(QLatin1String("name")).toString(), dialog.secretName());
        QCOMPARE(spec.value(QLatin1String("credential")).toObject().value(QLatin1String("namespace")).toString(), QStringLiteral("kb-system"));
        QCOMPARE(repo.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString(), QStringLiteral("Ready"));
        QVERIFY(repo.value(QLatin1String("status")).toObject().value(QLatin1String("isDefault")).toBool());
        // Written by server-side apply under our field manager, and nothing of the keys in the repo.
        QVERIFY(QJsonDocument(repo).toJson().contains("\"manager\": \"stackdeck\""));
        QVERIFY(!QJsonDocument(repo).toJson().contains(secretKey.toUtf8()));

        const auto read = wait(m_store.read(dialog.keychainKey()));
        QCOMPARE(read->error(), SecretJob::Error::NoError);
        const QJsonObject keys = QJsonDocument::fromJson(read->secret().toUtf8()).object();
        QCOMPARE(keys.value(QLatin1String("accessKeyId")).toString(), accessKey);
        QCOMPARE(keys.value(QLatin1String("secretAccessKey")).toString(), secretKey);
        verifyKeysInNoFile();
    }

    void newDefaultTakesOverAndKeysComeBackFromTheKeychain()
    {
        BackupRepoDialog s3(m_client.get(), m_store);
        fill(s3, QStringLiteral("s3-backups"), QStringLiteral("s3"), {}, QStringLiteral("us-east-1"), true);
        QVERIFY(applyAndWait(s3));
        const auto annotation = [this](const QString &name) {
            return get(repoType(), {}, name).value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations"))
                .toObject().value(QLatin1String("dataprotection.kubeblocks.io/is-default-repo")).toString();
        };
        QCOMPARE(annotation(QStringLiteral("s3-backups")), QStringLiteral("true"));
        QCOMPARE(annotation(QStringLiteral("minio-backups")), QStringLiteral("false"));

        // Reopening the repository fills the keys in from the keychain.
        BackupRepoDialog again(m_client.get(), m_store);
        auto *name = child<QLineEdit>(&again, "nameEdit");
        name->setText(QStringLiteral("minio-backups"));
        emit name->editingFinished();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(&again, "accessKeyEdit")->text(), accessKey, 15000);
        QCOMPARE(child<QLineEdit>(&again, "secretKeyEdit")->text(), secretKey);
        verifyKeysInNoFile();
    }
};

QTEST_MAIN(tst_BackupRepoDialog)
#include "tst_backuprepodialog.moc"

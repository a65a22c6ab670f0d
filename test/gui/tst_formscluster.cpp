// The forms against the simulated cluster (kubeblocks scenario), reached through a kubeconfig
// exactly like a real cluster: engines follow the cluster's KubeBlocks addons, StorageClasses and
// the Cluster schema come from the cluster, a server-side dry run checks the object, and the Edit
// menu's forms change the open stack through the undo stack.
#include "gui/clustersession.h"
#include "gui/forms/componentform.h"
#include "gui/forms/datastoreform.h"
#include "gui/forms/stackforms.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "kube/kubeclient.h"
#include "kubesim/cluster.h"
#include "topology/topologymodel.h"

#include <QAction>
#include <QDebug>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;

namespace {
template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Sends one request and waits for its answer.
KubeResponse send(KubeClient *client, KubeRequestSpec spec)
{
    std::unique_ptr<KubeRequest> request(client->request(spec));
    QSignalSpy finished(request.get(), &KubeRequest::finished);
    if (!finished.wait(20000))
        return {};
    return request->response();
}

KubeResponse post(KubeClient *client, const QString &path, const QJsonObject &object)
{
    KubeRequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.idempotent = false;
    return send(client, spec);
}

// An Addon object as KubeBlocks keeps it, with its status phase.
bool addAddon(KubeClient *client, const QString &name, const QString &phase)
{
    const QString collection = QStringLiteral("/apis/extensions.kubeblocks.io/v1alpha1/addons");
    const KubeResponse created = post(client, collection,
        QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("extensions.kubeblocks.io/v1alpha1")},
                    {QStringLiteral("kind"), QStringLiteral("Addon")},
                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
                    {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Helm")},
                                                         {QStringLiteral("version"), QStringLiteral("1.0.2")},
                                                         {QStringLiteral("defaultInstallValues"), QJsonArray{QJsonObject{{QStringLiteral("enabled"), true}}}}}}});
    // A scenario that already installs the addon keeps it; only its phase is set here.
    if (!created.ok() && created.httpStatus != 409) {
        qWarning() << created.httpStatus << created.error.text();
        return false;
    }
    KubeRequestSpec status;
    status.method = "PATCH";
    status.path = collection + QLatin1Char('/') + name + QStringLiteral("/status");
    status.contentType = "application/merge-patch+json";
    status.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), phase}}}})
                      .toJson(QJsonDocument::Compact);
    const KubeResponse patched = send(client, status);
    if (!patched.ok())
        qWarning() << patched.httpStatus << patched.error.text();
    return patched.ok();
}
} // namespace

class tst_FormsCluster : public QObject
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

        m_window = std::make_unique<MainWindow>(&m_languages);
        QVERIFY(m_window->connectToCluster(m_kubeconfig, QStringLiteral("kubesim"), QString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), ClusterSession::State::Connected, 20000);
        KubeClient *client = m_window->session()->client();
        QVERIFY(addAddon(client, QStringLiteral("mongodb"), QStringLiteral("Enabled")));
        QVERIFY(addAddon(client, QStringLiteral("redis"), QStringLiteral("Enabled")));
        QVERIFY(addAddon(client, QStringLiteral("kafka"), QStringLiteral("Enabled")));
        QVERIFY(addAddon(client, QStringLiteral("minio"), QStringLiteral("Disabled")));
        // mysql: not installed at all.
        KubeRequestSpec uninstall;
        uninstall.method = "DELETE";
        uninstall.path = QStringLiteral("/apis/extensions.kubeblocks.io/v1alpha1/addons/mysql");
        const KubeResponse removed = send(client, uninstall);
        QVERIFY2(removed.ok() || removed.httpStatus == 404, qPrintable(removed.error.text()));
        QVERIFY(post(client, QStringLiteral("/api/v1/namespaces"),
                     QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                 {QStringLiteral("kind"), QStringLiteral("Namespace")},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("openim-dev")}}}})
                    .ok());
    }
    void cleanupTestCase() { m_window.reset(); }

    void enginesVersionsAndClassesComeFromTheCluster()
    {
        m_window->action(QStringLiteral("edit.addDatastore"))->trigger();
        auto *form = m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore"));
        QVERIFY(form);
        auto *schema = child<QLabel>(form, "schemaLabel");
        QTRY_VERIFY_WITH_TIMEOUT(schema->text().contains(QLatin1String("connected cluster")), 20000);

        auto *engines = qobject_cast<QStandardItemModel *>(child<QComboBox>(form, "engineCombo")->model());
        QStringList enabled;
        QString minioReason, mysqlReason;
        for (int row = 0; row < engines->rowCount(); ++row) {
            const QStandardItem *item = engines->item(row);
            const QString id = item->data(Qt::UserRole).toString();
            if (item->isEnabled())
                enabled << id;
            if (id == QLatin1String("minio"))
                minioReason = item->toolTip();
            if (id == QLatin1String("mysql"))
                mysqlReason = item->toolTip();
        }
        QCOMPARE(enabled, (QStringList{QStringLiteral("mongodb"), QStringLiteral("redis"), QStringLiteral("kafka")}));
        QCOMPARE(minioReason, QStringLiteral("The KubeBlocks addon “minio” is Disabled, not Enabled (kbcli addon enable minio)."));
        QCOMPARE(mysqlReason, QStringLiteral("The KubeBlocks addon “mysql” is not installed (kbcli addon install mysql)."));

        // A new stack in the session's namespace; the first available engine.
        QCOMPARE(form->datastore().engine, QStringLiteral("mongodb"));
        QCOMPARE(child<QLineEdit>(form, "namespaceEdit")->text(), QStringLiteral("openim-dev"));
        auto *classes = child<QComboBox>(form, "storageClassCombo");
        QCOMPARE(classes->itemText(0), QStringLiteral("(the default StorageClass: standard)"));
        QCOMPARE(classes->findData(QStringLiteral("standard")), 1);
        QCOMPARE(classes->itemText(1), QStringLiteral("standard (default)"));
        QVERIFY(!classes->isEditable());
        QVERIFY(!child<QLabel>(form, "versionHint")->text().isEmpty());
        QVERIFY(child<QComboBox>(form, "versionCombo")->count() > 0);

        // Choosing a disabled engine programmatically (a palette drop) says why OK is off.
        auto *engineCombo = child<QComboBox>(form, "engineCombo");
        engineCombo->setCurrentIndex(engineCombo->findData(QStringLiteral("minio")));
        QCOMPARE(form->fieldError(QStringLiteral("engine")), minioReason);
        QVERIFY(!form->canAccept());
        engineCombo->setCurrentIndex(engineCombo->findData(QStringLiteral("redis")));

        // The server's dry run of the typed object has nothing to add.
        QTRY_VERIFY_WITH_TIMEOUT(form->canAccept() && child<QLabel>(form, "problemsLabel")->text().isEmpty(), 20000);
        const int before = m_window->undoStack()->count();
        form->accept();
        QCOMPARE(m_window->undoStack()->count(), before + 1);
        QVERIFY(m_window->stack());
        QVERIFY(m_window->stack()->datastore(QStringLiteral("redis-cluster")));
        QCOMPARE(m_window->stack()->ns, QStringLiteral("openim-dev"));
        QTRY_VERIFY(m_window->topology()->graph().node(QStringLiteral("redis-cluster")));
        QVERIFY(m_window->windowTitle().contains(QLatin1String("Untitled stack")));

        m_window->undoStack()->undo();
        QVERIFY(!m_window->stack()->datastore(QStringLiteral("redis-cluster")));
        QTRY_VERIFY(!m_window->topology()->graph().node(QStringLiteral("redis-cluster")));
        m_window->undoStack()->redo();
        QVERIFY(m_window->stack()->datastore(QStringLiteral("redis-cluster")));
        // Remembered for this cluster (context kubesim), never for another.
        QVERIFY(QSettings().allKeys().join(QLatin1Char(' ')).contains(QLatin1String("forms/kubesim/datastore-redis/storage")));
    }

    void componentAndSettingsFromTheMenu()
    {
        m_window->action(QStringLiteral("edit.stackSettings"))->trigger();
        auto *settings = m_window->findChild<QDialog *>(QStringLiteral("form.stackSettings"));
        QVERIFY(settings);
        child<QLineEdit>(settings, "minioEdit")->setText(QStringLiteral("https://files.example.com"));
        settings->accept();
        QCOMPARE(m_window->stack()->openim.minioExternalAddress, QStringLiteral("https://files.example.com"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Edit stack settings"));

        ComponentForm *component = m_window->forms()->addComponent(QStringLiteral("openim-msggateway"), QPointF(40, 80));
        QVERIFY(component);
        QVERIFY(component->canAccept());
        component->accept();
        const ComponentSpec *added = m_window->stack()->component(QStringLiteral("openim-msggateway"));
        QVERIFY(added);
        QVERIFY(added->canvas.isSet);
        QVERIFY(m_window->stack()->edges.contains(Edge{QStringLiteral("openim-msggateway"), QStringLiteral("redis-cluster"), {}}));
        QCOMPARE(m_window->topology()->graph().node(QStringLiteral("openim-msggateway"))->position, QPointF(40, 80));
    }

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    sim::Cluster m_cluster;
    QString m_kubeconfig;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_FormsCluster)
#include "tst_formscluster.moc"

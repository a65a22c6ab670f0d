// The forms against the simulated cluster (kubeblocks scenario), reached through a kubeconfig
// exactly like a real cluster: engines follow the cluster's KubeBlocks addons, StorageClasses and
// the Cluster schema come from the cluster, a server-side dry run checks the object, and the Edit
// menu's forms change the open stack through the undo stack.
#include "gui/clustersession.h"
#include "gui/forms/clusterfacts.h"
#include "kube/clusterconnection.h"
#include "stack/kubeblockscatalog.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"
#include "gui/forms/componentform.h"
#include "gui/forms/datastoreform.h"
#include "gui/forms/stackforms.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "kube/kubeclient.h"
#include "kubesim/cluster.h"
#include "topology/topologymodel.h"
#include "../support/responseof.h"

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
    return responseOf(request.get());
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

    // The version list is each cluster's own: what its redis ComponentVersion reports (kubesim
    // serves KubeBlocks 1.0.x's lists), not the catalog's; a cluster whose ComponentVersion offers
    // fewer versions offers fewer in the form; offline the catalog's list.
    void versionsComeFromEachClustersComponentVersions()
    {
        // Both simulated clusters are context "kubesim": no remembered version may mix in.
        QSettings().remove(QStringLiteral("forms/kubesim/datastore-redis"));
        const QString path = QStringLiteral("/apis/apps.kubeblocks.io/v1/componentversions/redis");
        auto served = [&path](KubeClient *client) {
            KubeRequestSpec get;
            get.path = path;
            return KubeBlocksCatalog::serviceVersions(send(client, get).object());
        };
        auto offered = [](ClusterFacts *facts) {
            DatastoreForm form(Stack(), facts);
            form.startNew(QStringLiteral("redis"));
            auto *combo = child<QComboBox>(&form, "versionCombo");
            QStringList out;
            for (int i = combo->count() - 1; i >= 0; --i) // the form lists newest first
                out << combo->itemData(i).toString();
            return out;
        };
        auto loadedFacts = [](KubeClient *client) {
            auto facts = std::make_unique<ClusterFacts>(client, QStringLiteral("openim-dev"));
            QSignalSpy loaded(facts.get(), &ClusterFacts::loaded);
            facts->load();
            if (!loaded.wait(20000))
                return std::unique_ptr<ClusterFacts>();
            return facts;
        };

        // Cluster A: the session's cluster, as installed.
        KubeClient *clientA = m_window->session()->client();
        const QStringList versionsA = served(clientA);
        QVERIFY(versionsA.size() > 2);
        QVERIFY(versionsA.contains(QStringLiteral("7.2.4")));
        auto factsA = loadedFacts(clientA);
        QVERIFY(factsA && factsA->isOnline());
        QCOMPARE(factsA->versions(QStringLiteral("redis")).source, EngineVersions::Source::Cluster);
        QCOMPARE(offered(factsA.get()), versionsA);

        // Cluster B: its ComponentVersion reports only the two newest.
        sim::Cluster clusterB;
        QVERIFY(clusterB.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(clusterB.start(), qPrintable(clusterB.errorString()));
        const QString kubeconfigB = m_dir.filePath(QStringLiteral("kubeconfig-b"));
        QVERIFY(clusterB.writeKubeconfig(kubeconfigB));
        QString error;
        const auto connection = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfigB}, true),
                                                              QStringLiteral("kubesim"), &error);
        QVERIFY2(connection, qPrintable(error));
        KubeClient clientB(*connection);
        const QStringList versionsB = versionsA.mid(versionsA.size() - 2);
        KubeRequestSpec patch;
        patch.method = "PATCH";
        patch.path = path + QStringLiteral("/status");
        patch.contentType = "application/merge-patch+json";
        patch.body = QJsonDocument(QJsonObject{{QStringLiteral("status"),
                                                QJsonObject{{QStringLiteral("serviceVersions"), versionsB.join(QLatin1Char(','))}}}})
                         .toJson(QJsonDocument::Compact);
        const KubeResponse patched = send(&clientB, patch);
        QVERIFY2(patched.ok(), qPrintable(patched.error.text()));
        QCOMPARE(served(&clientB), versionsB);
        auto factsB = loadedFacts(&clientB);
        QVERIFY(factsB && factsB->isOnline());
        QCOMPARE(offered(factsB.get()), versionsB);
        QCOMPARE(offered(factsA.get()), versionsA); // A is unaffected

        // Offline: the catalog's fallback list.
        auto offline = loadedFacts(nullptr);
        QVERIFY(offline && !offline->isOnline());
        QCOMPARE(offered(offline.get()), KubeBlocksCatalog::builtIn().engine(QStringLiteral("redis"))->fallbackVersions);
    }

    // A redis Cluster made outside the stack (no Stackdeck labels) is offered in the component
    // form's wiring; choosing it replaces the stack's own redis for every component, the stack
    // keeps it as an existing Cluster (never generated, so never changed or deleted) and the
    // credentials come from its account Secret by reference.
    void wiringToAClusterOutsideTheStack()
    {
        KubeClient *client = m_window->session()->client();
        Stack shared;
        shared.name = QStringLiteral("other");
        shared.ns = QStringLiteral("openim-dev");
        const Stack dev = *StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")).stack;
        DatastoreSpec redis;
        for (const DatastoreSpec &d : dev.datastores) {
            if (d.engine == QLatin1String("redis"))
                redis = d;
        }
        QCOMPARE(redis.engine, QStringLiteral("redis"));
        redis.name = QStringLiteral("shared-redis");
        shared.datastores = {redis};
        nlohmann::ordered_json object;
        for (const auto &o : ManifestGenerator().generate(shared).objects) {
            if (o.value("kind", std::string()) == "Cluster")
                object = o;
        }
        object["metadata"].erase("labels");
        const KubeResponse created = post(client, QStringLiteral("/apis/apps.kubeblocks.io/v1/namespaces/openim-dev/clusters"),
                                          QJsonDocument::fromJson(QByteArray::fromStdString(object.dump())).object());
        QVERIFY2(created.ok(), qPrintable(created.error.text()));

        Stack stack = dev;
        stack.ns = QStringLiteral("openim-dev");
        QString stackRedis;
        for (const DatastoreSpec &d : stack.datastores) {
            if (d.engine == QLatin1String("redis"))
                stackRedis = d.name;
        }
        QVERIFY(!stackRedis.isEmpty());
        ClusterFacts facts(client, QStringLiteral("openim-dev"));
        ComponentForm form(stack, &facts);
        QVERIFY(form.startEdit(QStringLiteral("openim-rpc-user")));
        // The choices are rebuilt once the facts are in: look the combo up each time.
        auto redisChoice = [&form] { return child<QComboBox>(&form, "wiring.redis"); };
        QVERIFY(redisChoice());
        QTRY_VERIFY_WITH_TIMEOUT(redisChoice() && redisChoice()->findData(QStringLiteral("shared-redis")) >= 0, 20000);
        QComboBox *wiring = redisChoice();
        QCOMPARE(wiring->currentData().toString(), stackRedis); // the stack's own stays chosen
        const int index = wiring->findData(QStringLiteral("shared-redis"));
        QCOMPARE(wiring->itemText(index), QStringLiteral("shared-redis (on the cluster, not in the stack)"));
        DatastoreSpec probe;
        probe.name = QStringLiteral("shared-redis");
        probe.engine = QStringLiteral("redis");
        const QString secret = KubeBlocksCatalog::builtIn().accountSecret(probe);
        QVERIFY(!secret.isEmpty());
        QVERIFY(wiring->itemData(index, Qt::ToolTipRole).toString().contains(secret));
        wiring->setCurrentIndex(index);
        QVERIFY2(form.canAccept(), qPrintable(form.fieldError(QStringLiteral("general"))));

        const Stack result = form.resultStack();
        QVERIFY(!result.datastore(stackRedis));
        const DatastoreSpec *used = result.datastore(QStringLiteral("shared-redis"));
        QVERIFY(used && used->existing);
        for (const Edge &e : result.edges)
            QVERIFY(e.to != stackRedis);
        bool apiWired = false;
        for (const Edge &e : result.edges)
            apiWired = apiWired || (e.from == QLatin1String("openim-api") && e.to == QLatin1String("shared-redis"));
        QVERIFY(apiWired); // every component follows
        QVERIFY(!hasErrors(StackValidator().validate(result)));
        bool generatesShared = false;
        for (const auto &o : ManifestGenerator().generate(result).objects)
            generatesShared = generatesShared || (o.value("kind", std::string()) == "Cluster"
                                                  && o["metadata"].value("name", std::string()) == "shared-redis");
        QVERIFY(!generatesShared);
        QVERIFY(form.previewText().contains(secret));
        const auto reloaded = StackFile::parse(StackFile::serialize(result), QStringLiteral("shared.yaml"));
        QVERIFY(reloaded.stack);
        QVERIFY(reloaded.stack->datastore(QStringLiteral("shared-redis"))->existing);
        QVERIFY(*reloaded.stack == result);
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

// The datastore form offline: defaults, validation messages, presets, the preview against
// ManifestGenerator, undo/redo of its edits, remembered values and cancelling.
#include "gui/forms/changestackcommand.h"
#include "gui/forms/clusterfacts.h"
#include "gui/forms/datastoreform.h"
#include "kube/kuberesponse.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"
#include "stack/yamlwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;

namespace {
Stack devStack()
{
    return *StackFile::load(QStringLiteral(":/stackdeck/stacks/openim-dev.yaml")).stack;
}

// A stack with components but without the named engine's datastore.
Stack stackWithout(const QString &engine)
{
    Stack s = devStack();
    QString removed;
    s.datastores.removeIf([&](const DatastoreSpec &d) {
        if (d.engine != engine)
            return false;
        removed = d.name;
        return true;
    });
    s.edges.removeIf([&](const Edge &e) { return e.to == removed; });
    return s;
}

QString generatedCluster(const Stack &stack, const QString &name)
{
    for (const nlohmann::ordered_json &o : ManifestGenerator().generate(stack).objects) {
        if (o.value("kind", std::string()) == "Cluster"
            && o["metadata"].value("name", std::string()) == name.toStdString())
            return QString::fromUtf8(YamlWriter::write(o));
    }
    return {};
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Waits until the form's (offline) facts are in.
bool ready(DatastoreForm &form)
{
    return QTest::qWaitFor([&] { return !child<QLabel>(&form, "schemaLabel")->text().isEmpty()
                                        && !child<QLabel>(&form, "schemaLabel")->text().startsWith(QLatin1String("Loading")); });
}
} // namespace

class tst_DatastoreForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void init() { QSettings().clear(); }

    void offlineDefaults()
    {
        DatastoreForm form(stackWithout(QStringLiteral("redis")), nullptr);
        form.startNew(QStringLiteral("redis"));
        QVERIFY(ready(form));
        const DatastoreSpec d = form.datastore();
        QCOMPARE(d.name, QStringLiteral("redis-cluster"));
        QCOMPARE(d.version, QStringLiteral("7.2.7"));
        QCOMPARE(d.topology, QStringLiteral("standalone"));
        QCOMPARE(d.replicas, 2);
        QCOMPARE(d.storageSize.toString(), QStringLiteral("20Gi"));
        QCOMPARE(d.terminationPolicy, QStringLiteral("Delete"));
        QVERIFY(d.exporter);
        QVERIFY(form.canAccept());
        QVERIFY(child<QDialogButtonBox>(&form, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        // Offline, every engine can be chosen and versions come from the catalog.
        auto *engines = qobject_cast<QStandardItemModel *>(child<QComboBox>(&form, "engineCombo")->model());
        QCOMPARE(engines->rowCount(), 5);
        for (int row = 0; row < engines->rowCount(); ++row)
            QVERIFY(engines->item(row)->isEnabled());
        QVERIFY(child<QLabel>(&form, "versionHint")->text().contains(QLatin1String("Not connected")));
        QVERIFY(child<QLabel>(&form, "schemaLabel")->text().contains(QLatin1String("bundled")));
        // Tab goes down the form in reading order.
        const char *order[] = {"engineCombo", "nameEdit", "versionCombo", "topologyCombo", "replicasSpin",
                               "cpuRequestEdit", "cpuLimitEdit", "memoryRequestEdit", "memoryLimitEdit",
                               "storageEdit", "storageClassCombo", "terminationCombo", "exporterCheck"};
        for (size_t i = 0; i + 1 < std::size(order); ++i) {
            QWidget *current = child<QWidget>(&form, order[i]);
            QWidget *next = current->nextInFocusChain();
            while (next && (next->focusPolicy() == Qt::NoFocus || current->isAncestorOf(next)))
                next = next->nextInFocusChain();
            QCOMPARE(next, child<QWidget>(&form, order[i + 1]));
        }
        // Every field says what it is for.
        for (const char *name : {"engineCombo", "nameEdit", "namespaceEdit", "versionCombo", "topologyCombo",
                                 "replicasSpin", "cpuRequestEdit", "cpuLimitEdit", "memoryRequestEdit",
                                 "memoryLimitEdit", "storageEdit", "storageClassCombo", "terminationCombo",
                                 "exporterCheck", "devPresetButton", "productionPresetButton", "previewEdit"})
            QVERIFY2(!child<QWidget>(&form, name)->toolTip().isEmpty(), name);
    }

    void defaultNameAvoidsTakenNames()
    {
        DatastoreForm form(devStack(), nullptr); // has redis-cluster already
        form.startNew(QStringLiteral("redis"));
        QCOMPARE(form.datastore().name, QStringLiteral("redis-2"));
        QVERIFY(form.fieldError(QStringLiteral("name")).isEmpty());
    }

    void nameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a name.");
        QTest::newRow("uppercase") << QStringLiteral("Redis")
                                   << QStringLiteral("Use lowercase letters, digits and '-', starting with a letter and ending with a letter or digit.");
        QTest::newRow("too long") << QStringLiteral("redis-for-openim")
                                  << QStringLiteral("Use at most 15 characters: KubeBlocks appends to the name for Pods, Services and Secrets.");
        QTest::newRow("taken by a datastore") << QStringLiteral("mongodb-cluster")
                                              << QStringLiteral("The stack already has a node named “mongodb-cluster”.");
        QTest::newRow("taken by a component") << QStringLiteral("openim-api")
                                              << QStringLiteral("The stack already has a node named “openim-api”.");
        QTest::newRow("fine") << QStringLiteral("cache") << QString();
    }
    void nameValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        DatastoreForm form(stackWithout(QStringLiteral("redis")), nullptr);
        form.startNew(QStringLiteral("redis"));
        QVERIFY(ready(form));
        auto *edit = child<QLineEdit>(&form, "nameEdit");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, name);
        QCOMPARE(form.fieldError(QStringLiteral("name")), message);
        QCOMPARE(form.canAccept(), message.isEmpty());
        if (!message.isEmpty())
            QVERIFY(child<QLabel>(&form, "problemsLabel")->text().contains(message));
    }

    void quantitiesAndReplicas()
    {
        DatastoreForm form(stackWithout(QStringLiteral("kafka")), nullptr);
        form.startNew(QStringLiteral("kafka"));
        QVERIFY(ready(form));
        child<QLineEdit>(&form, "cpuRequestEdit")->setText(QStringLiteral("half"));
        QCOMPARE(form.fieldError(QStringLiteral("cpu")), QStringLiteral("The request is not a quantity such as 500m."));
        child<QLineEdit>(&form, "cpuRequestEdit")->setText(QStringLiteral("2"));
        QCOMPARE(form.fieldError(QStringLiteral("cpu")), QStringLiteral("The request (2) is above the limit (1)."));
        child<QLineEdit>(&form, "cpuRequestEdit")->setText(QStringLiteral("500m"));
        QVERIFY(form.fieldError(QStringLiteral("cpu")).isEmpty());
        child<QLineEdit>(&form, "memoryLimitEdit")->setText(QStringLiteral("2 GB"));
        QCOMPARE(form.fieldError(QStringLiteral("memory")), QStringLiteral("The limit is not a quantity such as 512Mi."));
        child<QLineEdit>(&form, "memoryLimitEdit")->setText(QStringLiteral("2Gi"));
        child<QLineEdit>(&form, "storageEdit")->setText(QStringLiteral("0"));
        QCOMPARE(form.fieldError(QStringLiteral("storage")), QStringLiteral("The size is not a quantity such as 20Gi."));
        child<QLineEdit>(&form, "storageEdit")->setText(QStringLiteral("8Gi"));
        // Kafka's KRaft quorum needs an odd count; the spin box stops at the catalog's maximum.
        auto *replicas = child<QSpinBox>(&form, "replicasSpin");
        QCOMPARE(replicas->maximum(), 5);
        replicas->setValue(2);
        QCOMPARE(form.fieldError(QStringLiteral("replicas")), QStringLiteral("Use an odd number of replicas (a quorum), not 2."));
        QVERIFY(!form.canAccept());
        replicas->setValue(3);
        QVERIFY(form.canAccept());
        QVERIFY(child<QLabel>(&form, "replicasHint")->text().contains(QLatin1String("1 to 5")));
    }

    void topologyHints()
    {
        DatastoreForm form(stackWithout(QStringLiteral("redis")), nullptr);
        form.startNew(QStringLiteral("redis"));
        auto *topology = child<QComboBox>(&form, "topologyCombo");
        topology->setCurrentIndex(topology->findData(QStringLiteral("replication")));
        const QString hint = child<QLabel>(&form, "replicasHint")->text();
        QVERIFY2(hint.contains(QLatin1String("redis-sentinel with 3 replica")), qPrintable(hint));
        auto *termination = child<QComboBox>(&form, "terminationCombo");
        termination->setCurrentIndex(termination->findData(QStringLiteral("WipeOut")));
        QVERIFY(child<QLabel>(&form, "terminationHint")->text().contains(QLatin1String("backups")));
    }

    void previewEqualsGenerator_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("exporter");
        for (const char *e : {"mongodb", "redis", "kafka", "minio", "mysql"}) {
            QTest::newRow(e) << QString::fromLatin1(e) << true;
            QTest::newRow(qPrintable(QStringLiteral("%1 without exporter").arg(QLatin1String(e))))
                << QString::fromLatin1(e) << false;
        }
    }
    void previewEqualsGenerator()
    {
        QFETCH(QString, engine);
        QFETCH(bool, exporter);
        DatastoreForm form(stackWithout(engine), nullptr);
        form.startNew(engine);
        QVERIFY(ready(form));
        child<QCheckBox>(&form, "exporterCheck")->setChecked(exporter);
        child<QLineEdit>(&form, "storageEdit")->setText(QStringLiteral("3Gi"));
        const Stack result = form.resultStack();
        const QString expected = generatedCluster(result, form.datastore().name);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(form.previewText(), expected);
        QVERIFY(form.previewText().contains(QLatin1String("storage: 3Gi")));
        QCOMPARE(form.previewText().contains(QLatin1String("disableExporter: true")), !exporter);
        QVERIFY2(form.canAccept(), qPrintable(child<QLabel>(&form, "problemsLabel")->text()));
        QVERIFY(child<QLabel>(&form, "schemaLabel")->text().startsWith(QLatin1String("Valid")));
    }

    void presets_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("production");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<QString>("storage");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("topology");
        QTest::newRow("mongodb dev") << "mongodb" << false << 1 << "5Gi" << "WipeOut" << "replicaset";
        QTest::newRow("mongodb production") << "mongodb" << true << 3 << "20Gi" << "DoNotTerminate" << "replicaset";
        QTest::newRow("redis dev") << "redis" << false << 1 << "1Gi" << "WipeOut" << "standalone";
        QTest::newRow("redis production") << "redis" << true << 2 << "20Gi" << "DoNotTerminate" << "replication";
        QTest::newRow("minio production") << "minio" << true << 4 << "20Gi" << "DoNotTerminate" << "";
        QTest::newRow("mysql dev (catalog)") << "mysql" << false << 2 << "20Gi" << "WipeOut" << "semisync";
        QTest::newRow("mysql production (catalog)") << "mysql" << true << 2 << "20Gi" << "DoNotTerminate" << "semisync";
    }
    void presets()
    {
        QFETCH(QString, engine);
        QFETCH(bool, production);
        QFETCH(int, replicas);
        QFETCH(QString, storage);
        QFETCH(QString, policy);
        QFETCH(QString, topology);
        DatastoreForm form(stackWithout(engine), nullptr);
        form.startNew(engine);
        QVERIFY(ready(form));
        child<QPushButton>(&form, production ? "productionPresetButton" : "devPresetButton")->click();
        const DatastoreSpec d = form.datastore();
        QCOMPARE(d.replicas, replicas);
        QCOMPARE(d.storageSize.toString(), storage);
        QCOMPARE(d.terminationPolicy, policy);
        QCOMPARE(d.topology, topology);
        QVERIFY2(form.canAccept(), qPrintable(child<QLabel>(&form, "problemsLabel")->text()));
    }

    void undoRedoAdd()
    {
        Stack document = stackWithout(QStringLiteral("redis"));
        const Stack before = document;
        QUndoStack undo;
        DatastoreForm form(document, nullptr);
        form.startNew(QStringLiteral("redis"));
        QVERIFY(ready(form));
        undo.push(form.createCommand([&document](const Stack &s) { document = s; }).release());
        QVERIFY(document.datastore(QStringLiteral("redis-cluster")));
        QCOMPARE(undo.undoText(), QStringLiteral("Add datastore redis-cluster"));
        // Components that use Redis are wired to the new datastore.
        const bool wired = std::any_of(document.edges.cbegin(), document.edges.cend(), [](const Edge &e) {
            return e.from == QLatin1String("openim-api") && e.to == QLatin1String("redis-cluster");
        });
        QVERIFY(wired);
        undo.undo();
        QCOMPARE(document, before);
        undo.redo();
        QVERIFY(document.datastore(QStringLiteral("redis-cluster")));
    }

    void undoRedoEditRenames()
    {
        Stack document = devStack();
        const Stack before = document;
        QUndoStack undo;
        DatastoreForm form(document, nullptr);
        QVERIFY(!form.startEdit(QStringLiteral("missing")));
        QVERIFY(form.startEdit(QStringLiteral("redis-cluster")));
        QVERIFY(!child<QComboBox>(&form, "engineCombo")->isEnabled());
        child<QLineEdit>(&form, "nameEdit")->setText(QStringLiteral("cache"));
        child<QSpinBox>(&form, "replicasSpin")->setValue(3);
        QVERIFY(form.canAccept());
        undo.push(form.createCommand([&document](const Stack &s) { document = s; }).release());
        QCOMPARE(undo.undoText(), QStringLiteral("Edit datastore cache"));
        QVERIFY(!document.datastore(QStringLiteral("redis-cluster")));
        QCOMPARE(document.datastore(QStringLiteral("cache"))->replicas, 3);
        for (const Edge &e : document.edges)
            QVERIFY(e.to != QLatin1String("redis-cluster"));
        undo.undo();
        QCOMPARE(document, before);
        undo.redo();
        QCOMPARE(document.datastore(QStringLiteral("cache"))->replicas, 3);
    }

    // The schedule box edits the datastore's backup schedule; bad input is refused at its field;
    // the stack (and so its file and the Cluster's spec.backup) gets what was typed.
    void editsBackupSchedule()
    {
        Stack document = devStack();
        QUndoStack undo;
        DatastoreForm form(document, nullptr);
        QVERIFY(form.startEdit(QStringLiteral("mongodb-cluster")));
        QVERIFY(ready(form));
        auto *group = child<QGroupBox>(&form, "backupGroup");
        QVERIFY(group->isEnabled());
        QVERIFY(!group->isChecked());
        QVERIFY(!form.datastore().backup);
        auto *method = child<QComboBox>(&form, "backupMethodCombo");
        QCOMPARE(method->count(), 3); // the catalog's methods for MongoDB
        group->setChecked(true);
        QVERIFY(form.canAccept()); // the defaults are a valid schedule

        child<QLineEdit>(&form, "backupCronEdit")->setText(QStringLiteral("0 25 * * *"));
        QVERIFY(form.fieldError(QStringLiteral("backupCron")).contains(QLatin1String("hour")));
        QVERIFY(!form.canAccept());
        child<QLineEdit>(&form, "backupCronEdit")->setText(QStringLiteral("30 2 * * SUN"));
        QVERIFY(form.fieldError(QStringLiteral("backupCron")).isEmpty());
        QVERIFY(child<QLabel>(&form, "backupCronHint")->text().startsWith(QLatin1String("Next backup:")));
        child<QLineEdit>(&form, "backupRetentionEdit")->setText(QStringLiteral("a month"));
        QVERIFY(!form.fieldError(QStringLiteral("backupRetention")).isEmpty());
        child<QLineEdit>(&form, "backupRetentionEdit")->setText(QStringLiteral("30d"));
        child<QLineEdit>(&form, "backupRepoEdit")->setText(QStringLiteral("Not A Repo"));
        QVERIFY(!form.fieldError(QStringLiteral("backupRepo")).isEmpty());
        child<QLineEdit>(&form, "backupRepoEdit")->setText(QStringLiteral("minio-repo"));
        method->setCurrentIndex(method->findData(QStringLiteral("dump")));
        QVERIFY2(form.canAccept(), qPrintable(child<QLabel>(&form, "problemsLabel")->text()));
        QVERIFY(form.previewText().contains(QLatin1String("cronExpression: 30 2 * * SUN")));

        undo.push(form.createCommand([&document](const Stack &s) { document = s; }).release());
        const DatastoreSpec *edited = document.datastore(QStringLiteral("mongodb-cluster"));
        QVERIFY(edited->backup);
        QCOMPARE(*edited->backup, (BackupScheduleSpec{true, QStringLiteral("30 2 * * SUN"), QStringLiteral("dump"),
                                                      QStringLiteral("30d"), QStringLiteral("minio-repo")}));
        // The stack file keeps it.
        const auto reloaded = StackFile::parse(StackFile::serialize(document), QStringLiteral("mem.yaml"));
        QVERIFY(reloaded.stack);
        QCOMPARE(*reloaded.stack->datastore(QStringLiteral("mongodb-cluster"))->backup, *edited->backup);

        // Clearing the box later stops the schedule rather than dropping it, so KubeBlocks stops too.
        DatastoreForm again(document, nullptr);
        QVERIFY(again.startEdit(QStringLiteral("mongodb-cluster")));
        QVERIFY(ready(again));
        QVERIFY(child<QGroupBox>(&again, "backupGroup")->isChecked());
        child<QGroupBox>(&again, "backupGroup")->setChecked(false);
        QVERIFY(again.datastore().backup);
        QVERIFY(!again.datastore().backup->enabled);
        QCOMPARE(again.datastore().backup->method, QStringLiteral("dump"));
        QVERIFY(again.previewText().contains(QLatin1String("enabled: false")));

        // MinIO has no backup method: no schedule to set.
        DatastoreForm minio(document, nullptr);
        QVERIFY(minio.startEdit(QStringLiteral("minio-cluster")));
        QVERIFY(!child<QGroupBox>(&minio, "backupGroup")->isEnabled());
    }

    void remembersLastValuesPerCluster()
    {
        {
            DatastoreForm form(stackWithout(QStringLiteral("mongodb")), nullptr);
            form.startNew(QStringLiteral("mongodb"));
            QVERIFY(ready(form));
            child<QLineEdit>(&form, "storageEdit")->setText(QStringLiteral("7Gi"));
            child<QSpinBox>(&form, "replicasSpin")->setValue(5);
            form.accept();
            QCOMPARE(form.result(), int(QDialog::Accepted));
        }
        DatastoreForm again(stackWithout(QStringLiteral("mongodb")), nullptr);
        again.startNew(QStringLiteral("mongodb"));
        QCOMPARE(again.datastore().storageSize.toString(), QStringLiteral("7Gi"));
        QCOMPARE(again.datastore().replicas, 5);
        // Another engine keeps its own defaults.
        again.startNew(QStringLiteral("kafka"));
        QCOMPARE(again.datastore().storageSize.toString(), QStringLiteral("10Gi"));
        QVERIFY(QSettings().allKeys().join(QLatin1Char(' ')).contains(QLatin1String("forms/offline/datastore-mongodb")));
    }

    void cancelAsksBeforeDiscarding()
    {
        DatastoreForm untouched(devStack(), nullptr);
        untouched.startNew(QStringLiteral("kafka"));
        untouched.show();
        untouched.reject();
        QCOMPARE(untouched.result(), int(QDialog::Rejected));
        QVERIFY(!untouched.isVisible());

        DatastoreForm form(devStack(), nullptr);
        form.startNew(QStringLiteral("kafka"));
        form.show();
        QTest::keyClicks(child<QLineEdit>(&form, "storageEdit"), QStringLiteral("0"));
        form.reject();
        auto *box = form.findChild<QMessageBox *>(QStringLiteral("dialog.discard"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(form.isVisible()); // kept: nothing lost
        form.reject();
        box = form.findChild<QMessageBox *>(QStringLiteral("dialog.discard"));
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Rejected));
    }

    void fieldForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << "metadata.name" << "name";
        QTest::newRow("replicas") << "spec.componentSpecs[0].replicas" << "replicas";
        QTest::newRow("cpu") << ".spec.componentSpecs[1].resources.limits.cpu" << "cpu";
        QTest::newRow("memory") << "spec.componentSpecs[0].resources.requests.memory" << "memory";
        QTest::newRow("storage") << "spec.componentSpecs[0].volumeClaimTemplates[0].spec.resources.requests.storage" << "storage";
        QTest::newRow("class") << "spec.componentSpecs[0].volumeClaimTemplates[0].spec.storageClassName" << "storageClass";
        QTest::newRow("version") << "spec.componentSpecs[0].serviceVersion" << "version";
        QTest::newRow("policy") << "spec.terminationPolicy" << "termination";
        QTest::newRow("topology") << "spec.topology" << "topology";
        QTest::newRow("cron") << "spec.backup.cronExpression" << "backupCron";
        QTest::newRow("backup method") << "spec.backup.method" << "backupMethod";
        QTest::newRow("other") << "spec.schedulingPolicy" << "general";
    }
    void fieldForPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QCOMPARE(DatastoreForm::fieldForPath(path), field);
    }

    void serverCausesGoToTheirFields()
    {
        DatastoreForm form(stackWithout(QStringLiteral("redis")), nullptr);
        form.startNew(QStringLiteral("redis"));
        QVERIFY(ready(form));
        const QJsonObject cause{{QStringLiteral("reason"), QStringLiteral("FieldValueInvalid")},
                                {QStringLiteral("field"), QStringLiteral("spec.componentSpecs[0].replicas")},
                                {QStringLiteral("message"), QStringLiteral("Invalid value: 40: must be at most 16")}};
        const QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                                 {QStringLiteral("status"), QStringLiteral("Failure")},
                                 {QStringLiteral("reason"), QStringLiteral("Invalid")},
                                 {QStringLiteral("code"), 422},
                                 {QStringLiteral("message"), QStringLiteral("Cluster is invalid")},
                                 {QStringLiteral("details"), QJsonObject{{QStringLiteral("causes"), QJsonArray{cause}}}}};
        KubeResponse answer;
        answer.httpStatus = 422;
        answer.error = KubeError::fromStatus(status, 422, QString());
        form.showServerAnswer(answer);
        QCOMPARE(form.fieldError(QStringLiteral("replicas")), QStringLiteral("The cluster says: Invalid value: 40: must be at most 16"));
        QVERIFY(!form.canAccept());
        QVERIFY(!child<QSpinBox>(&form, "replicasSpin")->styleSheet().isEmpty()); // marked at the field
        // A missing namespace is noted, not held against the values.
        KubeResponse notFound;
        notFound.httpStatus = 404;
        const QJsonObject missing{{QStringLiteral("kind"), QStringLiteral("Status")},
                                  {QStringLiteral("status"), QStringLiteral("Failure")},
                                  {QStringLiteral("reason"), QStringLiteral("NotFound")},
                                  {QStringLiteral("code"), 404},
                                  {QStringLiteral("message"), QStringLiteral("namespaces \"openim-dev\" not found")}};
        notFound.error = KubeError::fromStatus(missing, 404, QString());
        form.showServerAnswer(notFound);
        QVERIFY(form.fieldError(QStringLiteral("replicas")).isEmpty());
        QVERIFY(child<QSpinBox>(&form, "replicasSpin")->styleSheet().isEmpty());
        QVERIFY(form.canAccept());
        QVERIFY(child<QLabel>(&form, "problemsLabel")->text().contains(QLatin1String("could not check")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_DatastoreForm)
#include "tst_datastoreform.moc"

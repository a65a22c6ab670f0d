// The component form and the stack settings page offline: defaults, validation messages, the
// preview against ManifestGenerator, wiring, undo/redo and cancelling.
#include "gui/forms/componentform.h"
#include "gui/forms/stacksettingspage.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"
#include "stack/yamlwriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;

namespace {
Stack devStack()
{
    return *StackFile::load(QStringLiteral(":/stackdeck/stacks/openim-dev.yaml")).stack;
}

Stack stackWithoutComponent(const QString &name)
{
    Stack s = devStack();
    s.components.removeIf([&](const ComponentSpec &c) { return c.name == name; });
    s.edges.removeIf([&](const Edge &e) { return e.from == name || e.to == name; });
    return s;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}
} // namespace

class tst_ComponentForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    void init() { QSettings().clear(); }

    void newComponentDefaults()
    {
        ComponentForm form(stackWithoutComponent(QStringLiteral("openim-api")), nullptr);
        form.startNew(QStringLiteral("openim-api"));
        const ComponentSpec c = form.component();
        QCOMPARE(c.name, QStringLiteral("openim-api"));
        QVERIFY(c.replicas >= 1);
        QCOMPARE(c.exposure.type, QStringLiteral("ClusterIP"));
        QVERIFY2(form.canAccept(), qPrintable(child<QLabel>(&form, "problemsLabel")->text()));
        // Components already in the stack are not offered again.
        auto *components = child<QComboBox>(&form, "componentCombo");
        QCOMPARE(components->count(), 1);
        // The profile's image and tag are the grey defaults.
        QCOMPARE(child<QLineEdit>(&form, "imageEdit")->placeholderText(), QStringLiteral("docker.io/openim/openim-api"));
        QVERIFY(!child<QLineEdit>(&form, "tagEdit")->placeholderText().isEmpty());
        // Wiring: the stack's MongoDB and Redis, each with its account Secret.
        auto *mongo = form.findChild<QComboBox *>(QStringLiteral("wiring.mongodb"));
        QVERIFY(mongo);
        QCOMPARE(mongo->currentText(), QStringLiteral("mongodb-cluster"));
        QVERIFY(mongo->itemData(0, Qt::ToolTipRole).toString().contains(QLatin1String("mongodb-cluster-mongodb-account-root")));
        for (const char *name : {"componentCombo", "registryCombo", "imageEdit", "tagEdit", "pullSecretsEdit",
                                 "replicasSpin", "cpuRequestEdit", "cpuLimitEdit", "memoryRequestEdit",
                                 "memoryLimitEdit", "exposureCombo", "nodePortSpin", "envTable", "previewEdit"})
            QVERIFY2(!child<QWidget>(&form, name)->toolTip().isEmpty(), name);
    }

    void validation()
    {
        ComponentForm form(devStack(), nullptr);
        QVERIFY(form.startEdit(QStringLiteral("openim-api")));
        child<QLineEdit>(&form, "tagEdit")->setText(QStringLiteral("v3.8 beta"));
        QCOMPARE(form.fieldError(QStringLiteral("tag")),
                 QStringLiteral("“v3.8 beta” is not an image tag: letters, digits, '_', '.' and '-', at most 128."));
        child<QLineEdit>(&form, "tagEdit")->setText(QStringLiteral("v3.8.3"));
        child<QLineEdit>(&form, "imageEdit")->setText(QStringLiteral("Registry/Openim"));
        QVERIFY(form.fieldError(QStringLiteral("image")).contains(QLatin1String("not an image repository")));
        child<QLineEdit>(&form, "imageEdit")->setText(QStringLiteral("mirror.example.com/openim/openim-server"));
        QVERIFY(form.fieldError(QStringLiteral("image")).isEmpty());
        child<QLineEdit>(&form, "pullSecretsEdit")->setText(QStringLiteral("regcred, Bad_Name"));
        QCOMPARE(form.fieldError(QStringLiteral("pullSecrets")), QStringLiteral("“Bad_Name” is not a valid Secret name."));
        child<QLineEdit>(&form, "pullSecretsEdit")->setText(QStringLiteral("regcred"));
        child<QLineEdit>(&form, "memoryRequestEdit")->setText(QStringLiteral("4Gi"));
        QVERIFY(form.fieldError(QStringLiteral("memory")).startsWith(QLatin1String("The request (4Gi) is above the limit")));
        child<QLineEdit>(&form, "memoryRequestEdit")->setText(QStringLiteral("256Mi"));
        auto *exposure = child<QComboBox>(&form, "exposureCombo");
        exposure->setCurrentIndex(exposure->findData(QStringLiteral("NodePort")));
        child<QSpinBox>(&form, "nodePortSpin")->setValue(8080);
        QCOMPARE(form.fieldError(QStringLiteral("exposure")), QStringLiteral("A NodePort is between 30000 and 32767, not 8080."));
        child<QSpinBox>(&form, "nodePortSpin")->setValue(30080);
        QVERIFY2(form.canAccept(), qPrintable(child<QLabel>(&form, "problemsLabel")->text()));

        // Extra env: names are checked here, IMENV_ keys by the stack's own rules.
        child<QPushButton>(&form, "addEnvButton")->click();
        auto *env = child<QTableWidget>(&form, "envTable");
        env->item(0, 0)->setText(QStringLiteral("1BAD"));
        QCOMPARE(form.fieldError(QStringLiteral("env")), QStringLiteral("“1BAD” is not an environment variable name."));
        env->item(0, 0)->setText(QStringLiteral("IMENV_NO_SUCH_KEY"));
        QVERIFY(form.fieldError(QStringLiteral("env")).isEmpty());
        QVERIFY(!form.fieldError(QStringLiteral("general")).isEmpty()); // the validator knows no such key
        QVERIFY(!form.canAccept());
        child<QPushButton>(&form, "removeEnvButton")->click();
        QVERIFY(form.canAccept());
    }

    void crontaskRunsOnce()
    {
        ComponentForm form(devStack(), nullptr);
        QVERIFY(form.startEdit(QStringLiteral("openim-crontask")));
        QCOMPARE(child<QSpinBox>(&form, "replicasSpin")->maximum(), 1);
        QVERIFY(!child<QComboBox>(&form, "exposureCombo")->isEnabled());
    }

    void previewEqualsGenerator_data()
    {
        QTest::addColumn<QString>("component");
        QTest::newRow("api, exposed") << "openim-api";
        QTest::newRow("msggateway") << "openim-msggateway";
        QTest::newRow("rpc-user") << "openim-rpc-user";
        QTest::newRow("crontask") << "openim-crontask";
    }
    void previewEqualsGenerator()
    {
        QFETCH(QString, component);
        ComponentForm form(devStack(), nullptr);
        QVERIFY(form.startEdit(component));
        child<QSpinBox>(&form, "replicasSpin")->setValue(1);
        auto *exposure = child<QComboBox>(&form, "exposureCombo");
        if (exposure->isEnabled())
            exposure->setCurrentIndex(exposure->findData(QStringLiteral("LoadBalancer")));
        const Stack result = form.resultStack();
        std::vector<nlohmann::ordered_json> expected;
        for (const nlohmann::ordered_json &o : ManifestGenerator().generate(result).objects) {
            const std::string kind = o.value("kind", std::string());
            const auto labels = o["metadata"].value("labels", nlohmann::ordered_json::object());
            if (((kind == "Deployment" || kind == "Service")
                 && labels.value("app.kubernetes.io/component", std::string()) == component.toStdString())
                || (kind == "ConfigMap" && o["metadata"].value("name", std::string()) == "openim-config"))
                expected.push_back(o);
        }
        QVERIFY(expected.size() >= 2);
        QCOMPARE(form.previewText(), QString::fromUtf8(YamlWriter::writeDocuments(expected)));
        QVERIFY(form.previewText().contains(QLatin1String("kind: Deployment")));
        QVERIFY(form.previewText().contains(QLatin1String("kind: ConfigMap")));
        QCOMPARE(form.previewText().contains(QLatin1String("type: LoadBalancer")), exposure->isEnabled());
        // Credentials reach the Pods only through Secret references.
        if (component != QLatin1String("openim-crontask"))
            QVERIFY(form.previewText().contains(QLatin1String("secretKeyRef")));
    }

    // The api and the gateway reach clients by host name through an Ingress to their HTTP and
    // WebSocket ports; the host is validated, unique, and round-trips through the stack file.
    void ingressHost_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("port");
        QTest::newRow("api") << "openim-api" << "http";
        QTest::newRow("msggateway") << "openim-msggateway" << "ws";
    }
    void ingressHost()
    {
        QFETCH(QString, component);
        QFETCH(QString, port);
        ComponentForm form(devStack(), nullptr);
        QVERIFY(form.startEdit(component));
        auto *exposure = child<QComboBox>(&form, "exposureCombo");
        auto *host = child<QLineEdit>(&form, "ingressHostEdit");
        QVERIFY(host->isHidden());
        exposure->setCurrentIndex(exposure->findData(QStringLiteral("Ingress")));
        QVERIFY(!host->isHidden());
        QCOMPARE(form.fieldError(QStringLiteral("exposure")), QStringLiteral("Enter the host name clients use, such as im.example.com."));
        QVERIFY(!form.canAccept());
        host->setText(QStringLiteral("IM_example"));
        QCOMPARE(form.fieldError(QStringLiteral("exposure")), QStringLiteral("“IM_example” is not a host name such as im.example.com."));
        host->setText(QStringLiteral("im.example.com"));
        child<QLineEdit>(&form, "ingressClassEdit")->setText(QStringLiteral("nginx"));
        QVERIFY2(form.canAccept(), qPrintable(form.fieldError(QStringLiteral("general"))));
        QCOMPARE(form.component().exposure.host, QStringLiteral("im.example.com"));

        const Stack result = form.resultStack();
        nlohmann::ordered_json ingress;
        for (const nlohmann::ordered_json &o : ManifestGenerator().generate(result).objects) {
            if (o.value("kind", std::string()) == "Ingress")
                ingress = o;
        }
        QCOMPARE(QString::fromStdString(ingress["apiVersion"].get<std::string>()), QStringLiteral("networking.k8s.io/v1"));
        QCOMPARE(QString::fromStdString(ingress["spec"]["ingressClassName"].get<std::string>()), QStringLiteral("nginx"));
        const auto &rule = ingress["spec"]["rules"][0];
        QCOMPARE(QString::fromStdString(rule["host"].get<std::string>()), QStringLiteral("im.example.com"));
        const auto &backend = rule["http"]["paths"][0]["backend"]["service"];
        QCOMPARE(QString::fromStdString(backend["port"]["name"].get<std::string>()), port);
        QVERIFY(form.previewText().contains(QLatin1String("kind: Ingress")));
        QVERIFY(!form.previewText().contains(QLatin1String("-external")));
        QVERIFY(StackFile::serialize(*StackFile::parse(StackFile::serialize(result), QStringLiteral("ingress.yaml")).stack) == StackFile::serialize(result));
        QCOMPARE(StackFile::parse(StackFile::serialize(result), QStringLiteral("ingress.yaml")).stack->component(component)->exposure,
                 result.component(component)->exposure);

        // Two components on one host would fight over "/".
        Stack both = result;
        for (ComponentSpec &c : both.components) {
            if (c.name == QLatin1String("openim-api") || c.name == QLatin1String("openim-msggateway"))
                c.exposure = result.component(component)->exposure;
        }
        bool clash = false;
        for (const StackIssue &issue : StackValidator().validate(both))
            clash = clash || issue.message.contains(QLatin1String("host im.example.com is already used by"));
        QVERIFY(clash);
    }

    void undoRedoAddWiresEdges()
    {
        Stack document = stackWithoutComponent(QStringLiteral("openim-rpc-third"));
        const Stack before = document;
        QUndoStack undo;
        ComponentForm form(document, nullptr);
        form.startNew(QStringLiteral("openim-rpc-third"));
        QVERIFY2(form.canAccept(), qPrintable(child<QLabel>(&form, "problemsLabel")->text()));
        undo.push(form.createCommand([&document](const Stack &s) { document = s; }).release());
        QCOMPARE(undo.undoText(), QStringLiteral("Add component openim-rpc-third"));
        QVERIFY(document.component(QStringLiteral("openim-rpc-third")));
        auto hasEdge = [&document](const char *from, const char *to) {
            return document.edges.contains(Edge{QLatin1String(from), QLatin1String(to), {}});
        };
        QVERIFY(hasEdge("openim-rpc-third", "minio-cluster"));
        QVERIFY(hasEdge("openim-rpc-third", "mongodb-cluster"));
        QVERIFY(hasEdge("openim-api", "openim-rpc-third")); // the API calls it
        undo.undo();
        QCOMPARE(document, before);
        undo.redo();
        QVERIFY(document.component(QStringLiteral("openim-rpc-third")));
    }

    void missingDatastoreIsExplained()
    {
        Stack s = stackWithoutComponent(QStringLiteral("openim-rpc-third"));
        s.datastores.removeIf([](const DatastoreSpec &d) { return d.engine == QLatin1String("minio"); });
        s.edges.removeIf([](const Edge &e) { return e.to == QLatin1String("minio-cluster"); });
        ComponentForm form(s, nullptr);
        form.startNew(QStringLiteral("openim-rpc-third"));
        QCOMPARE(form.fieldError(QStringLiteral("wiring")),
                 QStringLiteral("The stack has no minio datastore for this component; add one first."));
        QVERIFY(!form.canAccept());
    }

    void editKeepsOtherFieldsAndUndoes()
    {
        Stack document = devStack();
        const Stack before = document;
        QUndoStack undo;
        ComponentForm form(document, nullptr);
        QVERIFY(form.startEdit(QStringLiteral("openim-msggateway")));
        QVERIFY(!child<QComboBox>(&form, "componentCombo")->isEnabled());
        child<QSpinBox>(&form, "replicasSpin")->setValue(4);
        child<QLineEdit>(&form, "tagEdit")->setText(QStringLiteral("v3.8.3-patch"));
        auto *registry = child<QComboBox>(&form, "registryCombo");
        registry->setCurrentIndex(registry->findData(QStringLiteral("aliyun")));
        undo.push(form.createCommand([&document](const Stack &s) { document = s; }).release());
        QCOMPARE(document.component(QStringLiteral("openim-msggateway"))->replicas, 4);
        QCOMPARE(document.component(QStringLiteral("openim-msggateway"))->tag, QStringLiteral("v3.8.3-patch"));
        QCOMPARE(document.profile.registry, QStringLiteral("aliyun"));
        QCOMPARE(document.edges, before.edges);
        undo.undo();
        QCOMPARE(document, before);
    }

    void componentCancelAsks()
    {
        ComponentForm form(devStack(), nullptr);
        QVERIFY(form.startEdit(QStringLiteral("openim-push")));
        form.show();
        child<QSpinBox>(&form, "replicasSpin")->setValue(3);
        form.reject();
        auto *box = form.findChild<QMessageBox *>(QStringLiteral("dialog.discard"));
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!form.isVisible());
    }

    void settingsValidation()
    {
        StackSettingsPage page(devStack());
        QVERIFY(page.canAccept());
        QVERIFY(child<QRadioButton>(&page, "generateRadio")->isChecked());
        QVERIFY(!child<QLineEdit>(&page, "secretNameEdit")->isEnabled());
        child<QRadioButton>(&page, "referenceRadio")->setChecked(true);
        QCOMPARE(page.fieldError(QStringLiteral("secret")),
                 QStringLiteral("Enter the name of a Secret (lowercase letters, digits, '-' and '.')."));
        child<QLineEdit>(&page, "secretNameEdit")->setText(QStringLiteral("openim-share"));
        QCOMPARE(page.fieldError(QStringLiteral("secret")),
                 QStringLiteral("Enter the key in the Secret (letters, digits, '-', '_' and '.')."));
        child<QLineEdit>(&page, "secretKeyEdit")->setText(QStringLiteral("secret"));
        QVERIFY(page.canAccept());

        child<QLineEdit>(&page, "minioEdit")->setText(QStringLiteral("files.example.com"));
        QCOMPARE(page.fieldError(QStringLiteral("minio")),
                 QStringLiteral("Enter an http:// or https:// address, such as https://files.example.com."));
        child<QLineEdit>(&page, "minioEdit")->setText(QStringLiteral("https://files.example.com"));

        auto *admins = child<QTableWidget>(&page, "adminTable");
        QCOMPARE(admins->rowCount(), 1);
        child<QPushButton>(&page, "addAdminButton")->click();
        QCOMPARE(page.fieldError(QStringLiteral("admins")), QStringLiteral("Every administrator needs a user ID."));
        admins->item(1, 0)->setText(QStringLiteral("imAdmin"));
        QCOMPARE(page.fieldError(QStringLiteral("admins")), QStringLiteral("The user ID imAdmin is listed twice."));
        admins->item(1, 0)->setText(QStringLiteral("opsAdmin"));
        QVERIFY(page.fieldError(QStringLiteral("admins")).isEmpty());

        // Push credentials are Secret references, one row per credential the provider needs.
        auto *push = child<QComboBox>(&page, "pushCombo");
        push->setCurrentIndex(push->findData(QStringLiteral("getui")));
        auto *credentials = child<QTableWidget>(&page, "pushTable");
        QCOMPARE(credentials->rowCount(), 2);
        QCOMPARE(page.fieldError(QStringLiteral("push")), QStringLiteral("Name the Secret and key that hold the appKey credential."));
        for (int row = 0; row < 2; ++row) {
            credentials->item(row, 1)->setText(QStringLiteral("getui"));
            credentials->item(row, 2)->setText(credentials->item(row, 0)->text());
        }
        QVERIFY(page.canAccept());

        Stack document = devStack();
        QUndoStack undo;
        undo.push(page.createCommand([&document](const Stack &s) { document = s; }).release());
        QCOMPARE(undo.undoText(), QStringLiteral("Edit stack settings"));
        QCOMPARE(document.openim.secret.kind, SecretSource::Kind::Reference);
        QCOMPARE(document.openim.secret.ref, (SecretKeyRef{QStringLiteral("openim-share"), QStringLiteral("secret")}));
        QCOMPARE(document.openim.adminUsers.size(), 2);
        QCOMPARE(document.openim.push.provider, QStringLiteral("getui"));
        QCOMPARE(document.openim.push.credentials.first().second,
                 (SecretKeyRef{QStringLiteral("getui"), QStringLiteral("appKey")}));
        QCOMPARE(document.openim.minioExternalAddress, QStringLiteral("https://files.example.com"));
        undo.undo();
        QCOMPARE(document, devStack());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_ComponentForm)
#include "tst_componentform.moc"

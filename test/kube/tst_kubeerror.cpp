#include "kube/kubeerror.h"

#include <QTest>

using namespace sd;

// Kubernetes Status objects and HTTP codes become clear messages.
class tst_KubeError : public QObject
{
    Q_OBJECT

private slots:
    void statusMapping_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("mustContain");
        const QByteArray notFound = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\n"
"            \"message\":\"pods \\\"nope\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":\"nope\",\"kind\":\"pods\"},\"code\":404}";
        QTest::newRow("404") << 404 << notFound << "NotFound" << QStringList{"Not found", "pods \"nope\" not found"};
        QTest::newRow("401 names credential") << 401
            << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"Unauthorized\",\"reason\":\"Unauthorized\",\"code\":401}")
            << "Unauthorized" << QStringList{"rejected the credentials", "bearer token of user “u”"};
        QTest::newRow("403 names permission") << 403
            << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"pods is forbidden: User \\\"dev\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"x\\\"\",\"reason\":\"Forbidden\",\"code\":403}")
            << "Forbidden" << QStringList{"Permission denied", "cannot list resource \"pods\"", "RBAC"};
        QTest::newRow("422 causes") << 422
            << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"Deployment.apps \\\"x\\\" is invalid\",\"reason\":\"Invalid\",\"code\":422,\n"
"                \"details\":{\"causes\":[{\"reason\":\"FieldValueInvalid\",\"message\":\"Invalid value: -1: must be >= 0\",\"field\":\"spec.replicas\"}]}}")
            << "Invalid" << QStringList{"invalid", "spec.replicas: Invalid value: -1"};
        QTest::newRow("409 update conflict") << 409
            << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"Operation cannot be fulfilled on deployments.apps \\\"x\\\": the object has been modified\",\"reason\":\"Conflict\",\"code\":409}")
            << "Conflict" << QStringList{"Conflict", "the object has been modified"};
        QTest::newRow("409 apply conflict") << 409
            << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Conflict\",\"code\":409,\"message\":\"Apply failed with 2 conflicts\",\n"
"                \"details\":{\"causes\":[{\"reason\":\"FieldManagerConflict\",\"message\":\"conflict with \\\"kubectl\\\"\",\"field\":\".spec.replicas\"},\n"
"                                     {\"reason\":\"FieldManagerConflict\",\"message\":\"conflict with \\\"helm\\\"\",\"field\":\".spec.template.spec.containers[name=\\\"app\\\"].image\"}]}}")
            << "Conflict" << QStringList{"2 field(s)", ".spec.replicas: conflict with \"kubectl\"", "containers[name=\"app\"].image"};
        QTest::newRow("410 expired") << 410
            << QByteArray("{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"too old resource version: 5 (1008)\",\"reason\":\"Expired\",\"code\":410}")
            << "Expired" << QStringList{"Expired", "too old resource version"};
        QTest::newRow("429") << 429 << QByteArray("{\"kind\":\"Status\",\"message\":\"too many requests\",\"reason\":\"TooManyRequests\",\"code\":429}")
            << "TooManyRequests" << QStringList{"overloaded"};
        QTest::newRow("503 plain text body") << 503 << QByteArray("upstream connect error") << ""
            << QStringList{"HTTP 503", "upstream connect error"};
        QTest::newRow("already exists") << 409
            << QByteArray("{\"kind\":\"Status\",\"message\":\"configmaps \\\"a\\\" already exists\",\"reason\":\"AlreadyExists\",\"code\":409}")
            << "AlreadyExists" << QStringList{"Already exists"};
    }
    void statusMapping()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QFETCH(QStringList, mustContain);
        const KubeError e = KubeError::fromResponse(http, body, "bearer token of user “u” in /k");
        QVERIFY(e.isError());
        QCOMPARE(e.kind(), KubeError::Kind::Status);
        QCOMPARE(e.httpStatus(), http);
        QCOMPARE(e.reason(), reason);
        for (const QString &part : mustContain)
            QVERIFY2(e.text().contains(part, Qt::CaseInsensitive), qPrintable(e.text() + " lacks " + part));
    }

    void conflictFields()
    {
        const KubeError e = KubeError::fromResponse(409,
            "{\"kind\":\"Status\",\"reason\":\"Conflict\",\"code\":409,\"details\":{\"causes\":[{\"reason\":\"FieldManagerConflict\",\"field\":\".a\"},{\"reason\":\"Other\",\"field\":\".b\"}]}}",
            {});
        QCOMPARE(e.conflictFields(), QStringList{".a"});
    }

    void transportKinds()
    {
        QVERIFY(!KubeError().isError());
        QVERIFY(KubeError().text().isEmpty());
        QVERIFY(KubeError(KubeError::Kind::Network, "Connection refused").text().contains("Connection refused"));
        QVERIFY(KubeError(KubeError::Kind::Tls, "self-signed").text().contains("secure connection"));
        QCOMPARE(KubeError(KubeError::Kind::Credentials, "plugin failed").text(), QString("plugin failed"));
    }
};

QTEST_GUILESS_MAIN(tst_KubeError)
#include "tst_kubeerror.moc"

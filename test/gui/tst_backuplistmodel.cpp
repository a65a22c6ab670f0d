// BackupListModel: rows from a BackupList answer, updates in place by name (checked by
// QAbstractItemModelTester on every change), the roles the Backups view reads.
#include "gui/ops/backuplistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace sd;

namespace {
QJsonObject list(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

BackupRow row(const QString &name, const QString &phase, qint64 bytes = -1)
{
    BackupRow r;
    r.name = name;
    r.cluster = QStringLiteral("mongo");
    r.method = QStringLiteral("datafile");
    r.phase = phase;
    r.bytes = bytes;
    return r;
}
} // namespace

class tst_BackupListModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFromList()
    {
        const QList<BackupRow> rows = BackupListModel::rowsFromList(list(R"({"items": [
            {"metadata": {"name": "b1", "creationTimestamp": "2026-11-26T10:00:00Z",
                          "labels": {"app.kubernetes.io/instance": "mongo"}},
             "spec": {"backupMethod": "dump"},
             "status": {"phase": "Completed", "totalSize": "3145728"}},
            {"metadata": {"name": "b2"}, "status": {"phase": "Failed", "failureReason": "no repo"}},
            {"metadata": {}},
            "not an object"]})"));
        QCOMPARE(rows.size(), qsizetype(2));
        QCOMPARE(rows[0].name, QStringLiteral("b1"));
        QCOMPARE(rows[0].cluster, QStringLiteral("mongo"));
        QCOMPARE(rows[0].method, QStringLiteral("dump"));
        QCOMPARE(rows[0].bytes, qint64(3145728));
        QCOMPARE(rows[0].created, QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        QCOMPARE(rows[1].bytes, qint64(-1));
        QCOMPARE(rows[1].failureReason, QStringLiteral("no repo"));
        QVERIFY(!rows[1].created.isValid());
    }

    void dataAndRoles()
    {
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupRow failed = row(QStringLiteral("b2"), QStringLiteral("Failed"));
        failed.failureReason = QStringLiteral("BackupRepo minio is not ready");
        model.setBackups({row(QStringLiteral("b1"), QStringLiteral("Completed"), 3145728), failed});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(BackupListModel::ColumnCount));
        QCOMPARE(model.headerData(BackupListModel::Size, Qt::Horizontal).toString(), QStringLiteral("Size"));
        QCOMPARE(model.index(0, BackupListModel::Size).data().toString(), QLocale().formattedDataSize(3145728));
        QCOMPARE(model.index(1, BackupListModel::Size).data().toString(), QString());
        QCOMPARE(model.index(1, BackupListModel::Status).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(model.index(1, BackupListModel::Status).data(Qt::ToolTipRole).toString(), failed.failureReason);
        QVERIFY(!model.index(0, BackupListModel::Status).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(1, BackupListModel::Cluster).data(BackupListModel::NameRole).toString(), QStringLiteral("b2"));
        QCOMPARE(model.index(0, BackupListModel::Name).data(BackupListModel::PhaseRole).toString(), QStringLiteral("Completed"));
        QCOMPARE(model.index(0, BackupListModel::Created).data().toString(), QString());
    }

    // A refresh updates rows in place, removes the gone and appends the new: no reset.
    void refreshKeepsRowsByName()
    {
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackups({row(QStringLiteral("a"), QStringLiteral("Running")), row(QStringLiteral("b"), QStringLiteral("Completed")),
                          row(QStringLiteral("c"), QStringLiteral("Completed"))});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex c(model.index(2, 0));
        model.setBackups({row(QStringLiteral("a"), QStringLiteral("Completed"), 10), row(QStringLiteral("c"), QStringLiteral("Completed")),
                          row(QStringLiteral("d"), QStringLiteral("New"))});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // only "a" changed; "c" is as it was
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 1);
        QCOMPARE(c.data().toString(), QStringLiteral("c"));
        QCOMPARE(model.rowOf(QStringLiteral("d")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
        model.setBackups({});
        QCOMPARE(model.rowCount(), 0);
        model.setBackups({row(QStringLiteral("x"), QStringLiteral("New"))});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BackupListModel)
#include "tst_backuplistmodel.moc"

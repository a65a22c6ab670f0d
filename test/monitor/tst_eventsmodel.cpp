#include "monitor/eventsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sd;

class tst_EventsModel : public QObject
{
    Q_OBJECT

    static ResourceChange change(ResourceChange::Type type, const QString &name, const QString &kind,
                                 const QString &reason, int count, const QString &last)
    {
        ResourceChange c;
        c.type = type;
        c.key = "ns/" + name;
        c.object = QJsonObject{{"metadata", QJsonObject{{"name", name}, {"namespace", "ns"}}},
                               {"type", kind},
                               {"reason", reason},
                               {"message", "something about " + name + "\n"},
                               {"count", count},
                               {"lastTimestamp", last},
                               {"involvedObject", QJsonObject{{"kind", "Pod"}, {"name", "pod-" + name}, {"namespace", "ns"}}}};
        return c;
    }

private slots:
    void liveUpdatesAndWarningsFirst()
    {
        EventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(QDateTime::fromString("2026-11-26T10:00:00Z", Qt::ISODate));
        model.applyChanges({change(ResourceChange::Type::Added, "a", "Normal", "Pulled", 1, "2026-11-26T09:59:00Z"),
                            change(ResourceChange::Type::Added, "b", "Warning", "BackOff", 3, "2026-11-26T09:58:00Z"),
                            change(ResourceChange::Type::Added, "c", "Normal", "Started", 1, "2026-11-26T09:59:30Z")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, EventsModel::ObjectColumn).data().toString(), QStringLiteral("Pod/pod-b"));
        QCOMPARE(model.index(1, EventsModel::MessageColumn).data().toString(), QStringLiteral("something about b"));
        QCOMPARE(model.index(1, EventsModel::AgeColumn).data().toString(), QStringLiteral("2m"));
        model.applyChanges({change(ResourceChange::Type::Modified, "b", "Warning", "BackOff", 7, "2026-11-26T09:59:50Z")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, EventsModel::CountColumn).data().toInt(), 7);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EventsModel::SortRole);
        proxy.sort(EventsModel::TypeColumn);
        QCOMPARE(proxy.index(0, EventsModel::ReasonColumn).data().toString(), QStringLiteral("BackOff"));
        QCOMPARE(proxy.index(1, EventsModel::ReasonColumn).data().toString(), QStringLiteral("Started")); // newer
        QCOMPARE(proxy.index(2, EventsModel::ReasonColumn).data().toString(), QStringLiteral("Pulled"));

        model.applyChanges({change(ResourceChange::Type::Deleted, "a", "Normal", "Pulled", 1, "2026-11-26T09:59:00Z")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, EventsModel::ReasonColumn).data().toString(), QStringLiteral("Started"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EventsModel)
#include "tst_eventsmodel.moc"

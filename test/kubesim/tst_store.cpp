#include "kubesim/store.h"

#include <QSignalSpy>
#include <QTest>

using json = nlohmann::json;

class tst_Store : public QObject
{
    Q_OBJECT
private slots:
    void versionsAndEvents();
    void boundedHistoryExpires();
    void mutateIsAtomicReadModifyWrite();
};

static json cm(const char *name, int value)
{
    return {{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", name}, {"namespace", "ns"}}},
            {"data", {{"v", std::to_string(value)}}}};
}

void tst_Store::versionsAndEvents()
{
    sd::sim::Store store;
    store.setRecordEventLog(true);
    QSignalSpy spy(&store, &sd::sim::Store::changed);
    const quint64 start = store.resourceVersion();
    const json a = store.put(QStringLiteral("/configmaps"), cm("a", 1));
    const json b = store.put(QStringLiteral("/configmaps"), cm("a", 2));
    QCOMPARE(a["metadata"]["resourceVersion"].get<std::string>(), std::to_string(start + 1));
    QCOMPARE(b["metadata"]["resourceVersion"].get<std::string>(), std::to_string(start + 2));
    QVERIFY(store.remove(QStringLiteral("/configmaps"), QStringLiteral("ns"), QStringLiteral("a")));
    QVERIFY(!store.remove(QStringLiteral("/configmaps"), QStringLiteral("ns"), QStringLiteral("a")));
    QCOMPARE(spy.count(), 3);
    const auto events = store.eventsSince(QStringLiteral("/configmaps"), start);
    QVERIFY(events.has_value());
    QCOMPARE(events->size(), size_t(3));
    QCOMPARE((*events)[0].type, sd::sim::WatchEvent::Added);
    QCOMPARE((*events)[1].type, sd::sim::WatchEvent::Modified);
    QCOMPARE((*events)[2].type, sd::sim::WatchEvent::Deleted);
    QCOMPARE((*events)[2].resourceVersion, start + 3);
    QCOMPARE(store.eventLog().size(), size_t(3));
}

void tst_Store::boundedHistoryExpires()
{
    sd::sim::Store store;
    store.setHistoryLimit(5);
    const quint64 start = store.resourceVersion();
    store.put(QStringLiteral("/configmaps"), cm("a", -1));
    QCOMPARE(store.eventLog().size(), size_t(0));  // off by default: it would grow without bound
    store.setRecordEventLog(true);
    for (int i = 0; i < 10; ++i)
        store.put(QStringLiteral("/configmaps"), cm("a", i));
    QVERIFY(!store.eventsSince(QStringLiteral("/configmaps"), start).has_value());  // too old: 410
    const auto recent = store.eventsSince(QStringLiteral("/configmaps"), store.resourceVersion() - 2);
    QVERIFY(recent.has_value());
    QCOMPARE(recent->size(), size_t(2));
    QCOMPARE(store.eventLog().size(), size_t(10));  // the truth log is never trimmed
}

void tst_Store::mutateIsAtomicReadModifyWrite()
{
    sd::sim::Store store;
    store.put(QStringLiteral("/configmaps"), cm("a", 1));
    const auto kept = store.mutate(QStringLiteral("/configmaps"), QStringLiteral("ns"), QStringLiteral("a"),
                                   [](std::optional<json> &current) {
                                       return current ? sd::sim::Store::Action::Keep : sd::sim::Store::Action::Write;
                                   });
    QCOMPARE((*kept)["data"]["v"].get<std::string>(), std::string("1"));
    const quint64 rv = store.resourceVersion();
    store.mutate(QStringLiteral("/configmaps"), QStringLiteral("ns"), QStringLiteral("a"), [](std::optional<json> &current) {
        (*current)["data"]["v"] = "2";
        return sd::sim::Store::Action::Write;
    });
    QCOMPARE(store.resourceVersion(), rv + 1);
    QCOMPARE((*store.get(QStringLiteral("/configmaps"), QStringLiteral("ns"), QStringLiteral("a")))["data"]["v"].get<std::string>(),
             std::string("2"));
    QCOMPARE(store.list(QStringLiteral("/configmaps"), QStringLiteral("ns")).items.size(), size_t(1));
    QCOMPARE(store.list(QStringLiteral("/configmaps"), QStringLiteral("other")).items.size(), size_t(0));
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"

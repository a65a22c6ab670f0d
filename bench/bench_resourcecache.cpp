// Applying watch events to an informer's store: decode (WatchStream's line decoder) + apply +
// coalesced batches every 100 events, over a 10k-pod cache.
//   bench_resourcecache [pods=10000] [events=50000]

#include "podfixture.h"

#include "kube/resourcestore.h"
#include "kube/watchstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

using namespace sd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pods = argc > 1 ? atoi(argv[1]) : 10000;
    const int events = argc > 2 ? atoi(argv[2]) : 50000;
    QTextStream out(stdout);

    QList<QJsonObject> initial;
    for (int i = 0; i < pods; ++i)
        initial.append(QJsonDocument::fromJson(makePod(i)).object());
    ResourceStore store;
    store.replace(initial);
    store.takeChanges();

    // MODIFIED events with new resourceVersions, as newline-delimited watch lines.
    QList<QByteArray> lines;
    lines.reserve(events);
    for (int e = 0; e < events; ++e) {
        QByteArray pod = makePod(e % pods);
        pod.replace("\"resourceVersion\":\"" + QByteArray::number(100000 + e % pods) + "\"",
                    "\"resourceVersion\":\"" + QByteArray::number(1000000 + e) + "\"");
        lines.append("{\"type\":\"MODIFIED\",\"object\":" + pod + "}");
    }

    QElapsedTimer t;
    t.start();
    qint64 decodeNs = 0;
    qsizetype changes = 0;
    for (qsizetype start = 0; start < lines.size(); start += 100) {
        QElapsedTimer d;
        d.start();
        const QList<WatchEvent> batch = WatchStream::decode(lines.mid(start, 100));
        decodeNs += d.nsecsElapsed();
        for (const WatchEvent &e : batch)
            store.apply(e.type, e.object);
        changes += store.takeChanges().size();
    }
    const double total = t.nsecsElapsed() / 1e9;
    out << QStringLiteral("%1 events (%2 KB each) into a %3-pod store: %4 s, %5 events/s "
                          "(decode %6 s, apply+batch %7 s); %8 changes emitted\n")
               .arg(events)
               .arg(lines.first().size() / 1024.0, 0, 'f', 1)
               .arg(pods)
               .arg(total, 0, 'f', 2)
               .arg(events / total, 0, 'f', 0)
               .arg(decodeNs / 1e9, 0, 'f', 2)
               .arg(total - decodeNs / 1e9, 0, 'f', 2)
               .arg(changes);
    return changes == events ? 0 : 1;
}

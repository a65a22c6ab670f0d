#pragma once

#include "kube/apiresource.h"
#include "kube/kubeclient.h"
#include "kube/kubeerror.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace sd {

class KubeStream;

struct WatchEvent
{
    QString type; // ADDED, MODIFIED, DELETED, BOOKMARK
    QJsonObject object;
};

// One watch request (?watch=true&allowWatchBookmarks=true&resourceVersion=…) on its own
// connection. Splits the newline-delimited events and decodes them in the thread pool, in order;
// eventsReceived() delivers them on this object's thread. An ERROR event ends the watch: it is
// reported through finished() as a Status error (410 Expired means: relist). finished() comes
// after every event received before it, exactly once; destroying the object cancels silently.
class WatchStream final : public QObject
{
    Q_OBJECT
public:
    WatchStream(KubeClient *client, const ApiResource &type, const QString &ns,
                const ListOptions &selectors, const QString &resourceVersion, int timeoutSeconds,
                QObject *parent = nullptr);
    ~WatchStream() override;

    // Splits complete lines off the front of buffer (exposed for tests).
    static QList<QByteArray> takeLines(QByteArray &buffer);
    static QList<WatchEvent> decode(const QList<QByteArray> &lines);

signals:
    void eventsReceived(const QList<sd::WatchEvent> &events);
    void finished(const sd::KubeError &error);

private:
    void onData(const QByteArray &data);
    void decodeNext();
    void onDecoded(const QList<WatchEvent> &events);
    void finishWhenDrained();

    std::unique_ptr<KubeStream> m_stream;
    QByteArray m_buffer;
    QList<QByteArray> m_lines;
    std::unique_ptr<QFutureWatcher<QList<WatchEvent>>> m_decoder;
    std::optional<KubeError> m_endError; // set when the stream ended or an ERROR arrived
    bool m_done = false;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::WatchEvent)

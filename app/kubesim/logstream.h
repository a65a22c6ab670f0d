#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sd::sim {

class HttpConnection;
class LogBook;

// One pods/log response: chunked text/plain read from the LogBook with the kubelet's options
// (tailLines, sinceTime/sinceSeconds, timestamps, limitBytes, previous, follow). Writes in batches
// and waits for the socket to drain, so a million-line log streams in constant memory. In follow mode
// it stays open for appended lines and ends when the container instance ends. Lives on the server
// thread; deletes itself when done or when the client goes away.
class LogStream final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool follow = false;
        bool previous = false;
        bool timestamps = false;
        qint64 tailLines = -1;   // -1: all
        qint64 limitBytes = -1;  // -1: unlimited
        QDateTime since;         // invalid: from the start
    };

    LogStream(HttpConnection *connection, LogBook *book, const QString &ns, const QString &pod,
              const QString &container, const Options &options, QObject *parent = nullptr);

    void start();
    // Ends the stream now (fault injection: "cut log streams"); clients see a normal end of body.
    void cut();

    // "2026-11-26T04:33:06.592218000Z": the kubelet's fixed-width RFC3339Nano.
    static QByteArray timestamp(const QDateTime &time);

private:
    void pump();
    void finish();

    QPointer<HttpConnection> m_connection;
    LogBook *m_book;  // not owned
    QString m_ns;
    QString m_pod;
    QString m_container;
    QString m_key;
    Options m_options;
    size_t m_next = 0;
    qint64 m_bytesSent = 0;
    QDateTime m_stampTime; // the time m_stamp was formatted for
    QByteArray m_stamp;    // "<RFC 3339> "
    bool m_ended = false;  // the container instance ended: drain, then finish
    bool m_done = false;
};

} // namespace sd::sim

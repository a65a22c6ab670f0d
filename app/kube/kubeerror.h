#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

struct StatusCause
{
    QString reason;  // e.g. FieldValueInvalid, FieldManagerConflict
    QString message;
    QString field;   // e.g. .spec.replicas
};

// Why a request failed, with a translated text() for users. Built from Kubernetes Status
// objects, HTTP codes and transport errors. Value type.
class KubeError
{
public:
    enum class Kind {
        None,
        Network,     // connection refused, reset, DNS, proxy
        Timeout,     // no complete answer in time
        Tls,         // handshake or verification failed
        Credentials, // could not obtain credentials (exec plugin, token file, oidc)
        Status,      // the server answered with a non-2xx status
        Decode,      // the answer was not what the protocol promises
    };

    KubeError() = default;
    KubeError(Kind kind, const QString &message)
        : m_kind(kind)
        , m_message(message)
    {}

    // From a non-2xx answer: uses the Status body when there is one. credential describes what
    // was sent (for 401 messages).
    static KubeError fromResponse(int httpStatus, const QByteArray &body, const QString &credential);
    static KubeError fromStatus(const QJsonObject &status, int httpStatus, const QString &credential);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString reason() const { return m_reason; }     // Status.reason, e.g. NotFound, Conflict
    QString message() const { return m_message; }   // server's or transport's own words
    const QList<StatusCause> &causes() const { return m_causes; }
    // Field paths of server-side apply conflicts (FieldManagerConflict causes).
    QStringList conflictFields() const;

    // A complete, translated sentence (plus one line per cause) for the user.
    QString text() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_reason;
    QString m_message;
    QString m_credential;
    QList<StatusCause> m_causes;
};

} // namespace sd

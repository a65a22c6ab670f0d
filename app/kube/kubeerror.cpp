#include "kube/kubeerror.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd {

KubeError KubeError::fromResponse(int httpStatus, const QByteArray &body, const QString &credential)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(QLatin1String("kind")).toString() == QLatin1String("Status"))
        return fromStatus(o, httpStatus, credential);
    KubeError e(Kind::Status, QString::fromUtf8(body.left(500)).trimmed());
    e.m_httpStatus = httpStatus;
    e.m_credential = credential;
    return e;
}

KubeError KubeError::fromStatus(const QJsonObject &s, int httpStatus, const QString &credential)
{
    KubeError e(Kind::Status, s.value(QLatin1String("message")).toString());
    e.m_httpStatus = s.value(QLatin1String("code")).toInt(httpStatus);
    if (e.m_httpStatus == 0)
        e.m_httpStatus = httpStatus;
    e.m_reason = s.value(QLatin1String("reason")).toString();
    e.m_credential = credential;
    const QJsonArray causes =
        s.value(QLatin1String("details")).toObject().value(QLatin1String("causes")).toArray();
    for (const QJsonValue &v : causes) {
        const QJsonObject c = v.toObject();
        e.m_causes.append({c.value(QLatin1String("reason")).toString(),
                           c.value(QLatin1String("message")).toString(),
                           c.value(QLatin1String("field")).toString()});
    }
    return e;
}

QStringList KubeError::conflictFields() const
{
    QStringList out;
    for (const auto &c : m_causes)
        if (c.reason == QLatin1String("FieldManagerConflict") && !c.field.isEmpty())
            out.append(c.field);
    return out;
}

QString KubeError::text() const
{
    QString head;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return Tr::tr("Cannot reach the API server: %1").arg(m_message);
    case Kind::Timeout:
        return Tr::tr("The API server did not answer in time: %1").arg(m_message);
    case Kind::Tls:
        return Tr::tr("The secure connection to the API server failed: %1").arg(m_message);
    case Kind::Credentials:
        return m_message;
    case Kind::Decode:
        return Tr::tr("The API server's answer could not be read: %1").arg(m_message);
    case Kind::Status:
        break;
    }
    const QString msg = m_message.isEmpty() ? Tr::tr("no details given") : m_message;
    if (m_httpStatus == 401) {
        head = Tr::tr("The API server rejected the credentials (%1): they are wrong, expired or "
                      "revoked.")
                   .arg(m_credential.isEmpty() ? Tr::tr("none were sent") : m_credential);
    } else if (m_httpStatus == 403) {
        head = Tr::tr("Permission denied: %1. Ask a cluster administrator for this RBAC "
                      "permission.")
                   .arg(msg);
    } else if (m_reason == QLatin1String("NotFound") || m_httpStatus == 404) {
        head = Tr::tr("Not found: %1").arg(msg);
    } else if (m_reason == QLatin1String("AlreadyExists")) {
        head = Tr::tr("Already exists: %1").arg(msg);
    } else if (m_httpStatus == 409 && !conflictFields().isEmpty()) {
        head = Tr::tr("Server-side apply conflict: other field managers own %n field(s). Apply "
                      "with force to take them over, or leave them unchanged.",
                      nullptr, int(conflictFields().size()));
    } else if (m_httpStatus == 409) {
        head = Tr::tr("Conflict: %1").arg(msg);
    } else if (m_reason == QLatin1String("Invalid") || m_httpStatus == 422) {
        head = Tr::tr("The object is invalid: %1").arg(msg);
    } else if (m_reason == QLatin1String("Expired") || m_reason == QLatin1String("Gone")
               || m_httpStatus == 410) {
        head = Tr::tr("Expired: %1").arg(msg);
    } else if (m_httpStatus == 429) {
        head = Tr::tr("The API server is overloaded (too many requests): %1").arg(msg);
    } else if (m_httpStatus == 400) {
        head = Tr::tr("Bad request: %1").arg(msg);
    } else if (m_httpStatus >= 500) {
        head = Tr::tr("API server error (HTTP %1): %2").arg(m_httpStatus).arg(msg);
    } else {
        head = Tr::tr("Error from the API server (HTTP %1, %2): %3")
                   .arg(m_httpStatus)
                   .arg(m_reason.isEmpty() ? Tr::tr("no reason") : m_reason, msg);
    }
    QStringList lines{head};
    for (const auto &c : m_causes) {
        if (c.field.isEmpty())
            lines.append(Tr::tr("  • %1").arg(c.message));
        else
            lines.append(Tr::tr("  • %1: %2").arg(c.field, c.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sd

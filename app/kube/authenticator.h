#pragma once

#include "kube/clusterconnection.h"
#include "kube/credentials.h"
#include "kube/exectrust.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sd {

class ExecPlugin;

// Produces the credentials of one kubeconfig user, asynchronously: static token, token file
// (re-read each time, so rotation is picked up), basic auth, client certificate, exec plugin
// (cached until its expiry, run only when the trust policy allows it), and oidc (id-token,
// refreshed from the issuer with the refresh-token when expired; new tokens stay in memory,
// the kubeconfig is never rewritten). Lives on the thread of its KubeClient.
class Authenticator final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Credentials &credentials, const QString &error)>;

    Authenticator(const ClusterConnection &connection, ExecTrustPolicy trust,
                  QObject *parent = nullptr);
    ~Authenticator() override;

    // Calls back (possibly synchronously) with credentials or a translated error. The callback is
    // dropped if context is destroyed first.
    void acquire(QObject *context, Callback callback);
    // After a 401: forget cached exec/oidc credentials. Returns whether fresh ones can be had,
    // i.e. whether retrying the request makes sense.
    bool invalidate();
    // Human-readable description of the credential in use, for 401 messages.
    QString describe() const;

    void setExecTimeout(int msec) { m_execTimeoutMs = msec; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void complete(const Credentials &credentials, const QString &error);
    void runExec();
    void refreshOidc();
    Credentials withImpersonation(Credentials c) const;

    ClusterConnection m_connection;
    ExecTrustPolicy m_trust;
    Credentials m_static;           // token/basic/certificate from the kubeconfig
    std::optional<Credentials> m_cached; // exec or oidc result
    QString m_oidcIdToken;
    QString m_oidcRefreshToken;
    QList<Waiter> m_waiters;
    bool m_busy = false;
    std::optional<bool> m_trusted; // the trust policy's answer, asked once
    int m_execTimeoutMs = 60'000;
    std::unique_ptr<ExecPlugin> m_plugin;
    std::unique_ptr<QNetworkAccessManager> m_oidcNam;
};

} // namespace sd

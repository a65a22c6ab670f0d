#pragma once

#include "kube/apiresource.h"
#include "ops/targetfacts.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sd {

class KubeClient;
class KubeRequest;
struct KubeResponse;

// Reads the TargetFacts of one target: its object, the lists the rules need and the caller's
// permissions (SelfSubjectAccessReviews), all at once. finished() once per load(); a new load()
// or destroying the loader cancels the one before (its finished() never comes). Lives on the
// client's thread; the KubeClient must outlive it.
class FactsLoader final : public QObject
{
    Q_OBJECT
public:
    explicit FactsLoader(KubeClient *client, QObject *parent = nullptr);

    void load(const OperationTarget &target);

    // The reviews an action needs: {verb, group, resource}.
    struct Access
    {
        QString verb;
        QString group;
        QString resource;
    };
    static QList<Access> accessFor(OperationTarget::Kind kind);

signals:
    void finished(const sd::TargetFacts &facts);

private:
    void issue(KubeRequest *request, std::function<void(const KubeResponse &)> done);
    void listInto(const ApiResource &type, const QString &ns, const QString &selector,
                  std::vector<nlohmann::json> *out);
    void review(const Access &access, const QString &ns);

    KubeClient *m_client;       // not owned
    QPointer<QObject> m_work;   // owns the requests of the current load
    TargetFacts m_facts;
    int m_pending = 0;
};

} // namespace sd

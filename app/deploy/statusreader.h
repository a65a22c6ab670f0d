#pragma once

#include "deploy/stackstatus.h"
#include "stack/stack.h"

#include <QObject>
#include <QPointer>

namespace sd {

class KubeClient;

// Reads a stack's live status: its Namespace, and the Deployments and KubeBlocks Clusters that
// carry its labels, then StackStatus::evaluate(). finished() once per read() unless read() is
// called again or the reader is destroyed first. Lives on the client's thread.
class StatusReader final : public QObject
{
    Q_OBJECT
public:
    explicit StatusReader(KubeClient *client, QObject *parent = nullptr);

    void read(const Stack &stack);

signals:
    void finished(const sd::StackStatus &status, const QString &error);

private:
    void listKind(const QString &apiVersion, const QString &kind, std::vector<nlohmann::json> *out,
                  std::function<void()> next);
    void fail(const QString &error);

    KubeClient *m_client; // not owned
    QPointer<QObject> m_work;
    Stack m_stack;
    bool m_namespaceExists = false;
    std::vector<nlohmann::json> m_deployments;
    std::vector<nlohmann::json> m_clusters;
};

} // namespace sd

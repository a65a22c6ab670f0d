#pragma once

#include "deploy/plan.h"
#include "kube/apiresource.h"
#include "stack/manifestgenerator.h"
#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace sd {

class KubeClient;
class KubeRequest;
struct KubeResponse;

// Plans a stack against a cluster without changing anything: validates the stack, generates its
// objects, sends each one as a server-side dry-run apply (fieldManager "stackdeck") and diffs the
// answer against the live object; finds objects with the stack's labels the stack no longer
// generates (to delete); checks capacity against the live nodes. A namespaced object whose
// namespace does not exist yet cannot be dry-run; it is listed as created with a note.
//
// One plan per start(); finished() is emitted exactly once per start() unless cancel() or
// destruction comes first (which abort the requests in flight). Lives on the KubeClient's
// thread; the client must outlive it.
class Planner final : public QObject
{
    Q_OBJECT
public:
    explicit Planner(KubeClient *client, QObject *parent = nullptr);
    ~Planner() override;

    void start(const Stack &stack);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressed(const QString &message); // translated, for a status line
    void finished(const sd::Plan &plan);

private:
    struct Entry
    {
        nlohmann::json desired;
        ApiResource type;
    };
    void send(KubeRequest *request, std::function<void(const KubeResponse &)> handler);
    void resolveTypes();
    void checkNamespace();
    void planObject(size_t index);
    void dryRun(size_t index, const nlohmann::json &live, bool force);
    void planOwnedSecrets(int index);
    void findDeletions(int kindIndex);
    void checkCapacity();
    void error(const QString &message);
    void done();

    KubeClient *m_client; // not owned
    QPointer<QObject> m_work; // parent of the requests in flight; deleting it cancels them
    Stack m_stack;
    ManifestSet m_set;
    std::vector<Entry> m_entries;
    QStringList m_desiredKeys;
    bool m_namespaceExists = false;
    bool m_namespaceOurs = false;
    bool m_running = false;
    quint64 m_generation = 0;
    Plan m_plan;
};

} // namespace sd

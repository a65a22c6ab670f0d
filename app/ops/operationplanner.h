#pragma once

#include "ops/factsloader.h"
#include "ops/operationplan.h"

#include <QObject>
#include <QPointer>

namespace sd {

class KubeClient;

// Plans one operation against the live cluster: reads the target's facts, applies the
// OperationRules, reviews the permission where the request goes (a restore may go to another
// namespace) and has the server dry-run the exact request, so the plan shows what the server
// would make of it (field changes for Deployments; schema and admission errors for creates).
// finished() once per start(); start() again or destroying the planner cancels. Lives on the
// client's thread; the KubeClient must outlive it.
class OperationPlanner final : public QObject
{
    Q_OBJECT
public:
    explicit OperationPlanner(KubeClient *client, QObject *parent = nullptr);

    void start(const OperationRequest &request);
    // Plans against facts already read (a dialog that loaded them for its choices).
    void start(const OperationRequest &request, const TargetFacts &facts);

signals:
    void finished(const sd::OperationPlan &plan);

private:
    void planWith(const TargetFacts &facts);
    void checkDestination();
    void dryRun();
    void done();

    KubeClient *m_client; // not owned
    FactsLoader *m_loader; // owned (child)
    QPointer<QObject> m_work;
    OperationRequest m_request;
    OperationPlan m_plan;
};

} // namespace sd

#pragma once

#include "kubesim/controller.h"

#include <nlohmann/json.hpp>

namespace sd::sim {

// The Deployment controller: one ReplicaSet per pod template (named `<deployment>-<hash>`, labelled
// pod-template-hash, annotated with deployment.kubernetes.io/revision), RollingUpdate honouring
// maxSurge/maxUnavailable or Recreate, rollback by template (what `kubectl rollout undo` writes),
// old ReplicaSets pruned to revisionHistoryLimit, status counts and the Available/Progressing
// conditions `kubectl rollout status` reads (ProgressDeadlineExceeded after progressDeadlineSeconds).
class DeploymentController final : public Controller
{
    Q_OBJECT
public:
    using Controller::Controller;
    void observe(const WatchEvent &event) override;
    void resync() override;

    // The pod-template-hash of a template, computed like the real controller (FNV-32a, safe-encoded).
    static QString templateHash(const nlohmann::json &podTemplate);

protected:
    void reconcile(const QString &ns, const QString &name) override;
};

} // namespace sd::sim

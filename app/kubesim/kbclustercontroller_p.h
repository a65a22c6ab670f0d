#pragma once

#include <QString>

#include <string>

// Names and simulated durations shared by the KubeBlocks cluster controller's source files
// (kbclustercontroller.cpp: clusters, components and their objects; kbclusterroles.cpp: roles,
// failures, switchover and the datastore chaos actions).
namespace sd::sim::kbcluster {

inline constexpr const char *roleLabel = "kubeblocks.io/role";
inline constexpr const char *restartAnnotation = "kubeblocks.io/restart";
inline constexpr const char *leaderAnnotation = "kubesim.stackdeck.io/leader";
inline constexpr const char *component = "cluster-controller";
// Simulated durations (ms).
inline constexpr qint64 switchoverMs = 2000;
inline constexpr qint64 failoverMs = 3000;
inline constexpr qint64 restartAfterFailureMs = 8000;

inline std::string s(const QString &text) { return text.toStdString(); }

} // namespace sd::sim::kbcluster

#pragma once

#include <QDialog>
#include <QMap>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>

class QComboBox;
class QLabel;

namespace sd {

// Demo mode's Cluster → Chaos…: picks a fault and its target (a pod, a container, a KubeBlocks
// Cluster or a node) and sends it to the simulated cluster as one chaos request (kubesim's
// chaos.h; the same routing as its admin endpoint). The dialog stays open so faults can follow
// each other; the result of each shows under the form.
class ChaosDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Targets
    {
        QMap<QString, QStringList> pods;      // "namespace/pod" → its containers
        QMap<QString, QStringList> clusters;  // "namespace/cluster" → its components
        QStringList nodes;
    };
    // Sends a request; false with a message when the simulator refused it.
    using Executor = std::function<bool(const nlohmann::json &request, QString *error)>;

    ChaosDialog(const Targets &targets, Executor executor, QWidget *parent = nullptr);

    // The request the form describes now (what Apply sends).
    nlohmann::json request() const;

private:
    enum class Kind { Pod, Container, Cluster, Node };
    struct Action
    {
        const char *id;
        QString title;
        Kind kind;
        bool undo;
    };
    void actionChanged();
    void targetChanged();
    void apply();

    Targets m_targets;
    Executor m_executor;
    QList<Action> m_actions;
    QComboBox *m_action;
    QComboBox *m_target;
    QComboBox *m_detail;  // container or component
    QLabel *m_detailLabel;
    QLabel *m_result;
};

} // namespace sd

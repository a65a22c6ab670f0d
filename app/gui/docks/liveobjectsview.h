#pragma once

#include "stack/nodemanifests.h"

#include <nlohmann/json.hpp>

#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sd {

class KubeClient;
class KubeError;
class PlanDialog;
struct Stack;

// The YAML tab of the properties dock: each live object behind the selected node, read from the
// cluster (managedFields left out, Secret values hidden), read-only until Edit. Apply first sends
// the edited object as a server-side dry run (fieldManager "stackdeck", forced, as the deploy
// engine applies) and shows what would change in a PlanDialog; its Apply applies for real and
// reads the object again. The server's refusals are listed with the field path of each cause.
// Secrets are never edited here (their values are hidden). GUI thread only; the client is not
// owned (setClient(nullptr) before it goes away).
class LiveObjectsView final : public QWidget
{
    Q_OBJECT
public:
    explicit LiveObjectsView(QWidget *parent = nullptr);
    ~LiveObjectsView() override;

    void setClient(KubeClient *client);
    // The node whose objects to show; `stack` is copied (null: none).
    void setNode(const Stack *stack, const QString &node);
    void reload();

    void startEdit();
    void cancelEdit();
    void apply(); // dry run, then the plan dialog
    bool isEditing() const { return m_editing; }
    PlanDialog *planDialog() const; // the open diff, if any (tests)

    QComboBox *objectCombo() const { return m_combo; }
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void loaded();  // the objects were read
    void applied(); // an edit is on the cluster
    void failed(const QString &message); // a read, a dry run or an apply was refused

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        NodeObjectRef ref;
        std::optional<nlohmann::json> live; // nullopt: not on the cluster
    };
    void readNext(quint64 generation, int index);
    void showSelected();
    void applyFor(const nlohmann::json &object, bool dryRun);
    void showError(const QString &what, const KubeError &error);
    void updateButtons();
    void retranslate();

    QPointer<KubeClient> m_client;
    QString m_namespace;
    QList<NodeObjectRef> m_refs;
    std::vector<Entry> m_entries;
    quint64 m_generation = 0;
    QPointer<QObject> m_work; // parent of the requests in flight
    bool m_editing = false;
    QPointer<PlanDialog> m_plan;

    QComboBox *m_combo;       // owned (children)
    QPlainTextEdit *m_editor;
    QLabel *m_message;
    QPushButton *m_editButton;
    QPushButton *m_applyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_reloadButton;
};

} // namespace sd

#pragma once

#include "gui/forms/changestackcommand.h"
#include "stack/stack.h"

#include "ui_componentform.h"

#include <QDialog>
#include <QHash>
#include <QPointF>
#include <QPointer>

#include <memory>

class QComboBox;
class QUndoCommand;

namespace sd {

class ClusterFacts;

// Add or edit one OpenIM component of a stack: the component, registry (stack-wide), image and
// tag overrides, image pull Secrets (stack-wide), replicas, resources, exposure (Service type, or
// an Ingress host for the HTTP/WebSocket components: api, msggateway), extra IMENV_
// variables and which of the stack's datastore Clusters each dependency uses (credentials always
// by reference to the Cluster's account Secret). Validated as you type, with a read-only preview
// of the Deployment, Services, Ingress and ConfigMap ManifestGenerator makes. Accepting never touches the
// stack: the caller pushes createCommand() onto its undo stack. Last used values are remembered
// per cluster; cancelling asks before discarding typed input.
class ComponentForm final : public QDialog
{
    Q_OBJECT
public:
    // `stack` is copied; `facts` is not owned and may be null (offline).
    ComponentForm(const Stack &stack, ClusterFacts *facts, QWidget *parent = nullptr);
    ~ComponentForm() override;

    // A new component `id` ("" = the first catalog component not in the stack yet).
    void startNew(const QString &id = {});
    bool startEdit(const QString &name);
    void setCanvasPosition(QPointF position);

    bool isNew() const { return m_original.isEmpty(); }
    ComponentSpec component() const;
    Stack resultStack() const;
    std::unique_ptr<QUndoCommand> createCommand(ChangeStackCommand::Apply apply) const;

    // Field ids: component, image, tag, pullSecrets, replicas, cpu, memory, exposure, env,
    // wiring, general. Empty when fine.
    QString fieldError(const QString &field) const;
    QString previewText() const;
    bool canAccept() const { return m_errors.isEmpty(); }
    // The preview's objects for `component` of `stack`, as YAML documents.
    static QByteArray previewYaml(const Stack &stack, const QString &component);

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void populateComponents();
    void setFields(const ComponentSpec &c, const QString &wiredFrom);
    void rebuildWiring(const QString &component, const QString &wiredFrom);
    void refresh();
    QString state() const; // everything typed, to tell whether anything changed

    Ui::ComponentForm m_ui;
    Stack m_stack;
    QString m_original;
    QPointF m_position;
    bool m_hasPosition = false;
    QPointer<ClusterFacts> m_facts;
    std::unique_ptr<ClusterFacts> m_ownFacts;
    QHash<QString, QComboBox *> m_wiring; // engine -> datastore chooser (children of wiringWidget)
    QString m_initial;
    QHash<QString, QString> m_errors;
    bool m_updating = false;
};

} // namespace sd

#pragma once

#include "gui/forms/changestackcommand.h"
#include "stack/stack.h"

#include "ui_datastoreform.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QPointF>

#include <memory>

class QTimer;
class QUndoCommand;

namespace sd {

class ClusterFacts;
class KubeError;
class KubeRequest;
struct KubeResponse;

// Add or edit one KubeBlocks datastore Cluster of a stack: engine (only those whose addon is
// enabled on the connected cluster), name, version (the cluster's ComponentVersions), topology,
// replicas, resources, storage, StorageClass, termination policy, exporter and the scheduled
// backups (cron, method, retention, BackupRepo: the Cluster's spec.backup), with dev/test and
// production presets. Validated as you type; the read-only preview is exactly the Cluster object
// ManifestGenerator makes, validated against the Cluster CRD schema (and, when connected, by a
// server-side dry run whose Status causes are shown at their fields) before OK is enabled.
// Accepting never touches the stack: the caller takes createCommand() onto its undo stack.
// Last used values are remembered per cluster. Cancelling asks before discarding typed input.
class DatastoreForm final : public QDialog
{
    Q_OBJECT
public:
    enum class Preset { DevTest, Production };

    // `stack` is copied. `facts` is not owned and may be null (offline); the form loads it if
    // needed and refreshes when it has loaded.
    DatastoreForm(const Stack &stack, ClusterFacts *facts, QWidget *parent = nullptr);
    ~DatastoreForm() override;

    // A new datastore of `engine` ("" = the first available one) with defaults: the catalog's,
    // overridden by the values last accepted on this cluster.
    void startNew(const QString &engine = {});
    // Edit the stack's datastore `name`; false when there is none.
    bool startEdit(const QString &name);
    // Where a new node goes on the canvas (drag and drop); unset lets the layout choose.
    void setCanvasPosition(QPointF position);

    bool isNew() const { return m_original.isEmpty(); }
    DatastoreSpec datastore() const;   // as typed now
    Stack resultStack() const;         // the stack with the edit applied (edges wired/renamed)
    // The edit as an undo command; `apply` puts a stack in place. Caller owns the command.
    std::unique_ptr<QUndoCommand> createCommand(ChangeStackCommand::Apply apply) const;

    void applyPreset(Preset preset);
    // Field ids: engine, name, version, topology, replicas, cpu, memory, storage, storageClass,
    // termination, backupCron, backupMethod, backupRetention, backupRepo, general. Empty when the
    // field is fine.
    QString fieldError(const QString &field) const;
    QString previewText() const;
    bool canAccept() const;
    // Where a field path of the Cluster object ("spec.componentSpecs[0].replicas") is edited.
    static QString fieldForPath(const QString &path);
    // The server's answer to a dry run of the object: 422 Status causes are shown at their
    // fields and block OK; other errors (no namespace yet, no permission) are only noted.
    void showServerAnswer(const KubeResponse &response);

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void populateEngines();
    void populateEngineFields(const QString &engine);
    void setFields(const DatastoreSpec &d);
    void loadRemembered(DatastoreSpec *d) const;
    void remember(const DatastoreSpec &d) const;
    void updateHints();
    void refresh();
    void showProblems();
    void startDryRun();
    QString defaultName(const QString &engine) const;

    Ui::DatastoreForm m_ui;
    Stack m_stack;
    QString m_original;  // name of the datastore being edited; "" for a new one
    QString m_autoName;  // the name the form chose; any other name was typed
    QPointF m_position;
    bool m_hasPosition = false;
    QPointer<ClusterFacts> m_facts;      // not owned unless it is m_ownFacts
    std::unique_ptr<ClusterFacts> m_ownFacts;
    DatastoreSpec m_initial;             // what the form started with: typed input is a change
    QHash<QString, QString> m_errors;    // field id -> message (local and schema)
    QHash<QString, QString> m_serverErrors;
    QString m_serverNote;
    QTimer *m_dryRunTimer;               // owned (child)
    std::unique_ptr<KubeRequest> m_dryRun;
    bool m_updating = false;
};

} // namespace sd

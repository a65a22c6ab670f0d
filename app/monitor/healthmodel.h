#pragma once

#include "monitor/stackhealth.h"

#include <QAbstractItemModel>

namespace sd {

// The health of a stack as a tree: one row per OpenIM component and datastore Cluster (pods
// below them) and one per service check. Updates keep rows in place when the shape is the same
// (selection and expansion survive); a different shape resets the model. GUI thread only.
class HealthModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ReadyColumn, RestartsColumn, ReasonColumn, AgeColumn, CpuColumn,
                  MemoryColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // canvas node id of the row (component/Cluster; pods: their owner)
        PodRole,                       // pod name for pod rows
        StateRole,                     // int(HealthState)
        KindRole,                      // "component", "datastore", "pod", "check"
        CpuMilliRole,                  // qint64, -1 without metrics
        MemoryBytesRole,
    };

    explicit HealthModel(QObject *parent = nullptr);

    void setHealth(const StackHealth &health, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const StackHealth &health() const { return m_health; }
    QModelIndex indexOfNode(const QString &nodeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatAge(const QDateTime &created, const QDateTime &now);
    static QString formatCpu(qint64 milli);
    static QString formatBytes(qint64 bytes);

private:
    struct Row
    {
        enum class Kind { Component, Datastore, Check } kind;
        int index; // into the health lists
    };
    QList<Row> rowsOf(const StackHealth &health) const;
    const QList<PodHealth> *podsOf(const Row &row) const;
    QVariant topData(const Row &row, int column, int role) const;
    QVariant podData(const Row &owner, const PodHealth &pod, int column, int role) const;

    StackHealth m_health;
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace sd

#pragma once

#include "topology/topologygraph.h"

#include <QAbstractListModel>
#include <QSet>

namespace sd {

// The canvas's nodes as a list model for QML. Rows are stable: sync() inserts, removes and
// updates rows by node id and signals only the roles that changed, so a status update repaints
// one node and never resets the view.
class NodeListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        TypeRole,
        KindRole,
        TierRole,
        HealthRole,
        DesignRole,
        XRole,
        YRole,
        ReadyRole,
        DesiredRole,
        RestartsRole,
        PhaseRole,
        PodRolesRole,
        MessageRole,
        SelectedRole,
        MatchesFilterRole,
        AccessibleNameRole,
    };

    explicit NodeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<TopologyNode> &nodes() const { return m_nodes; }
    int rowOf(const QString &id) const;

    void sync(const QList<TopologyNode> &nodes);
    bool setStatus(const QString &id, const NodeStatus &status);
    bool setPosition(const QString &id, const QPointF &position);
    void setSelection(const QSet<QString> &ids);
    void setFilter(const QString &text, bool onlyProblems);
    bool matchesFilter(const TopologyNode &node) const;

private:
    void emitChanged(int row, const QList<int> &roles);

    QList<TopologyNode> m_nodes;
    QSet<QString> m_selection;
    QString m_filterText;
    bool m_onlyProblems = false;
};

QString healthText(Health health); // translated, e.g. "Ready"

} // namespace sd

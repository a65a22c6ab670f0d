#pragma once

#include "kube/resourcestore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace sd {

// Kubernetes Events (core/v1) as a table: type, reason, object, message, count, age. Rows are
// keyed by the event's namespace/name and change in place as the informer reports (insert,
// update, remove; never a reset per batch). Sorting and filtering belong to a proxy
// (SortRole: warnings first, then newest). GUI thread only.
class EventsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, ReasonColumn, ObjectColumn, MessageColumn, CountColumn, AgeColumn, ColumnCount };
    enum Role {
        WarningRole = Qt::UserRole + 1, // bool
        ObjectKindRole,
        ObjectNameRole,
        ObjectNamespaceRole,
        LastSeenRole,                   // QDateTime
        SortRole,                       // per column; warnings first, newest first
    };

    struct Event
    {
        QString key;
        QString type;     // Normal | Warning
        QString reason;
        QString kind;
        QString name;
        QString ns;
        QString message;
        int count = 1;
        QDateTime lastSeen;
    };

    explicit EventsModel(QObject *parent = nullptr);

    static Event fromJson(const QString &key, const QJsonObject &event);
    void applyChanges(const QList<ResourceChange> &changes);
    void clear();
    void setNow(const QDateTime &now); // for ages; the dock ticks it
    const Event &event(int row) const { return m_events[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Event> m_events;
    QHash<QString, int> m_rowOf;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace sd

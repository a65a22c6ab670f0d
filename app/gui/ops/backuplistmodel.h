#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sd {

// One dataprotection Backup as the Backups view shows it. Value type.
struct BackupRow
{
    QString name;
    QString cluster;       // label app.kubernetes.io/instance
    QString method;        // spec.backupMethod
    QString phase;         // status.phase (untranslated, as KubeBlocks reports it)
    QString failureReason; // status.failureReason
    qint64 bytes = -1;     // status.totalSize; -1 while unknown
    QDateTime created;     // metadata.creationTimestamp (UTC); invalid when absent
    friend bool operator==(const BackupRow &, const BackupRow &) = default;
};

// The Backups of a namespace as a table: Backup, Cluster, Method, Status, Size, Created. Rows are
// replaced as a whole from a list answer (setBackups); a row keeps its place while its name stays,
// so selections survive a refresh. PhaseRole gives the raw phase, NameRole the Backup's name, and
// Qt::ToolTipRole on Status the failure reason. GUI thread only.
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Cluster, Method, Status, Size, Created, ColumnCount };
    enum Role { PhaseRole = Qt::UserRole + 1, NameRole };

    explicit BackupListModel(QObject *parent = nullptr);

    // The rows of a BackupList (items[]); entries without a name are skipped.
    static QList<BackupRow> rowsFromList(const QJsonObject &list);
    void setBackups(const QList<BackupRow> &rows);
    void clear();
    const QList<BackupRow> &backups() const { return m_rows; }
    int rowOf(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupRow> m_rows;
};

} // namespace sd

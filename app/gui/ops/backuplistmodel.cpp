#include "gui/ops/backuplistmodel.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace sd {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<BackupRow> BackupListModel::rowsFromList(const QJsonObject &list)
{
    QList<BackupRow> rows;
    for (const QJsonValue &v : list.value(QLatin1String("items")).toArray()) {
        const QJsonObject b = v.toObject();
        const QJsonObject md = b.value(QLatin1String("metadata")).toObject();
        const QJsonObject status = b.value(QLatin1String("status")).toObject();
        BackupRow row;
        row.name = md.value(QLatin1String("name")).toString();
        if (row.name.isEmpty())
            continue;
        row.cluster = md.value(QLatin1String("labels")).toObject().value(QLatin1String("app.kubernetes.io/instance")).toString();
        row.method = b.value(QLatin1String("spec")).toObject().value(QLatin1String("backupMethod")).toString();
        row.phase = status.value(QLatin1String("phase")).toString();
        row.failureReason = status.value(QLatin1String("failureReason")).toString();
        bool ok = false;
        const qint64 bytes = status.value(QLatin1String("totalSize")).toString().toLongLong(&ok);
        row.bytes = ok ? bytes : -1;
        row.created = QDateTime::fromString(md.value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
        rows.append(row);
    }
    return rows;
}

void BackupListModel::setBackups(const QList<BackupRow> &rows)
{
    // Rows that went away are removed and new ones appended, changed ones updated in place: the
    // views keep their selection and scroll position across refreshes.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString name = m_rows.at(i).name;
        if (std::none_of(rows.cbegin(), rows.cend(), [&](const BackupRow &r) { return r.name == name; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const BackupRow &row : rows) {
        const int at = rowOf(row.name);
        if (at >= 0) {
            if (!(m_rows.at(at) == row)) {
                m_rows[at] = row;
                emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            continue;
        }
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(row);
        endInsertRows();
    }
}

void BackupListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BackupListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupRow &row = m_rows.at(index.row());
    switch (role) {
    case PhaseRole:
        return row.phase;
    case NameRole:
        return row.name;
    case Qt::ToolTipRole:
        return index.column() == Status && !row.failureReason.isEmpty() ? QVariant(row.failureReason) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return row.name;
    case Cluster:
        return row.cluster;
    case Method:
        return row.method;
    case Status:
        return row.phase;
    case Size:
        return row.bytes >= 0 ? locale.formattedDataSize(row.bytes) : QString();
    case Created:
        return row.created.isValid() ? locale.toString(row.created.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Backup");
    case Cluster:
        return tr("Cluster");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case Size:
        return tr("Size");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace sd

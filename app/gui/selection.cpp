#include "gui/selection.h"

namespace sd {

Selection::Selection(QObject *parent)
    : QObject(parent)
{}

void Selection::set(const QStringList &ids)
{
    QStringList unique;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique << id;
    }
    if (unique == m_ids)
        return;
    m_ids = unique;
    emit changed(m_ids);
}

void Selection::toggle(const QString &id)
{
    QStringList ids = m_ids;
    if (!ids.removeOne(id))
        ids << id;
    set(ids);
}

} // namespace sd

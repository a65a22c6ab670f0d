#pragma once

#include <QObject>
#include <QStringList>

namespace sd {

// The one application-wide selection: the canvas, the properties dock, the health and events
// docks and the log tabs all select through it, so selecting something anywhere selects the same
// object everywhere. Ids are topology node ids (component or datastore Cluster names).
class Selection final : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    QStringList ids() const { return m_ids; }
    QString current() const { return m_ids.isEmpty() ? QString() : m_ids.last(); }
    bool contains(const QString &id) const { return m_ids.contains(id); }

    void set(const QStringList &ids);
    void toggle(const QString &id);
    void clear() { set({}); }

signals:
    void changed(const QStringList &ids);

private:
    QStringList m_ids; // in selection order; the last one is "current"
};

} // namespace sd

#pragma once

#include "monitor/stackhealth.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;

namespace sd {

// Edits the service checks of one namespace: whether the automatic ones run (metrics over HTTP
// for each OpenIM component that serves them, else TCP on its probe port) and the user's own
// (name, Service, port, path, HTTP or TCP, all through the API server's services proxy).
// load()/save() keep them in QSettings per namespace (no secrets in them). GUI thread only.
class ServiceChecksDialog final : public QDialog
{
    Q_OBJECT
public:
    ServiceChecksDialog(const QList<ServiceCheck> &checks, bool defaultsEnabled, QWidget *parent = nullptr);

    QList<ServiceCheck> checks() const; // rows without a Service or port are left out
    bool defaultsEnabled() const;
    QTableWidget *table() const { return m_table; }
    void addRow(const ServiceCheck &check);

    static QList<ServiceCheck> load(const QString &ns, bool *defaultsEnabled);
    static void save(const QString &ns, const QList<ServiceCheck> &checks, bool defaultsEnabled);

private:
    QCheckBox *m_defaults;  // owned (child)
    QTableWidget *m_table;  // owned (child)
};

} // namespace sd

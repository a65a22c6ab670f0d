#pragma once

#include "stack/stack.h"

#include <QString>
#include <QVariant>

namespace sd {

// The values a form was last accepted with, per cluster (kubeconfig context; "offline" when not
// connected), so the next form on the same cluster starts from them. Stored in QSettings under
// forms/<cluster>/<form>/<key>. Never pass secrets: only names of Secrets and plain settings.
class FormMemory
{
public:
    FormMemory(const QString &cluster, const QString &form);

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    // A remembered quantity, or `fallback` when none (or not a quantity) was stored.
    Quantity quantity(const QString &key, const Quantity &fallback) const;
    // Replicas and CPU/memory requests and limits, which every sizing form remembers; what was
    // never stored keeps the value passed in.
    void loadSizing(int *replicas, ResourceSpec *resources) const;
    void setSizing(int replicas, const ResourceSpec &resources);

private:
    QString m_prefix;
};

} // namespace sd

#pragma once

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

private:
    QString m_prefix;
};

} // namespace sd

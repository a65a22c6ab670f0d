#include "gui/forms/formmemory.h"

#include <QSettings>

namespace sd {

namespace {
// QSettings treats '/' and '\' as group separators; a context name may hold either.
QString settingsSafe(QString text)
{
    text.replace(QLatin1Char('/'), QLatin1Char('_'));
    text.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return text;
}
} // namespace

FormMemory::FormMemory(const QString &cluster, const QString &form)
    : m_prefix(QStringLiteral("forms/%1/%2/")
                   .arg(settingsSafe(cluster.isEmpty() ? QStringLiteral("offline") : cluster),
                        settingsSafe(form)))
{}

QVariant FormMemory::value(const QString &key, const QVariant &fallback) const
{
    return QSettings().value(m_prefix + key, fallback);
}

void FormMemory::setValue(const QString &key, const QVariant &value)
{
    QSettings().setValue(m_prefix + key, value);
}

} // namespace sd

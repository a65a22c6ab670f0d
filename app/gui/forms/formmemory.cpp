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

Quantity FormMemory::quantity(const QString &key, const Quantity &fallback) const
{
    return Quantity::parse(value(key).toString()).value_or(fallback);
}

void FormMemory::loadSizing(int *replicas, ResourceSpec *resources) const
{
    *replicas = value(QStringLiteral("replicas"), *replicas).toInt();
    resources->cpuRequest = quantity(QStringLiteral("cpuRequest"), resources->cpuRequest);
    resources->cpuLimit = quantity(QStringLiteral("cpuLimit"), resources->cpuLimit);
    resources->memoryRequest = quantity(QStringLiteral("memoryRequest"), resources->memoryRequest);
    resources->memoryLimit = quantity(QStringLiteral("memoryLimit"), resources->memoryLimit);
}

void FormMemory::setSizing(int replicas, const ResourceSpec &resources)
{
    setValue(QStringLiteral("replicas"), replicas);
    setValue(QStringLiteral("cpuRequest"), resources.cpuRequest.toString());
    setValue(QStringLiteral("cpuLimit"), resources.cpuLimit.toString());
    setValue(QStringLiteral("memoryRequest"), resources.memoryRequest.toString());
    setValue(QStringLiteral("memoryLimit"), resources.memoryLimit.toString());
}

} // namespace sd

#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// One resource type as served by the API server (from discovery). Value type.
struct ApiResource
{
    QString group;     // "" for the core group
    QString version;
    QString resource;  // plural, e.g. "clusters"
    QString kind;      // e.g. "Cluster"
    QString singular;
    bool namespaced = true;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    QStringList subresources; // e.g. "status", "log"
    bool preferredVersion = false;

    QString apiVersion() const
    {
        return group.isEmpty() ? version : group + QLatin1Char('/') + version;
    }
    // /api/v1/namespaces/<ns>/pods, or /api/v1/pods when ns is empty or the type is cluster-scoped.
    QString collectionPath(const QString &ns = {}) const
    {
        QString p = group.isEmpty() ? QStringLiteral("/api/") + version
                                    : QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
        if (namespaced && !ns.isEmpty())
            p += QStringLiteral("/namespaces/") + ns;
        return p + QLatin1Char('/') + resource;
    }
    QString objectPath(const QString &ns, const QString &name, const QString &subresource = {}) const
    {
        QString p = collectionPath(ns) + QLatin1Char('/') + name;
        if (!subresource.isEmpty())
            p += QLatin1Char('/') + subresource;
        return p;
    }
    bool supports(const QString &verb) const { return verbs.isEmpty() || verbs.contains(verb); }

    // Well-known core types, usable before discovery has run (their paths never change).
    static ApiResource core(const QString &resource, const QString &kind, bool namespaced = true)
    {
        ApiResource r;
        r.version = QStringLiteral("v1");
        r.resource = resource;
        r.kind = kind;
        r.namespaced = namespaced;
        r.preferredVersion = true;
        return r;
    }
};

} // namespace sd

#pragma once

#include "kube/apiresource.h"

// The served type of an object kind whose plural is "<kind>s" (Deployment, Cluster, Service, …),
// for tests that apply generated manifests without running discovery first.
inline sd::ApiResource typeOfPlainKind(const QString &apiVersion, const QString &kind)
{
    sd::ApiResource t;
    t.group = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0) : QString();
    t.version = apiVersion.section(QLatin1Char('/'), -1);
    t.kind = kind;
    t.resource = kind.toLower() + QLatin1Char('s');
    return t;
}

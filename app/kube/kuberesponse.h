#pragma once

#include "kube/kubeerror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sd {

// The outcome of one KubeRequest. Value type (implicitly shared members).
struct KubeResponse
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;         // raw body (empty when decoded JSON was requested and succeeded)
    QJsonDocument json;      // decoded off the caller's thread when the request asked for JSON
    QStringList warnings;    // Warning: 299 headers, text only
    int retryAfterMs = -1;
    int attempts = 0;
    KubeError error;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
};

} // namespace sd

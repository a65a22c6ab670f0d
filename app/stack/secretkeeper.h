#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sd {

// A Secret Stackdeck owns (e.g. OpenIM's share secret): which keys it must hold. The values are
// generated once and then belong to the cluster; a rerun keeps them.
struct OwnedSecretSpec
{
    QString name;
    QStringList keys; // keys generated when missing
    int length = 32;  // characters per generated value (alphanumeric, ~190 bits at 32)
};

// How the deploy step keeps owned Secrets stable: read the live Secret (empty map when it does
// not exist), reconcile(), and write only when `changed`. Existing values are never replaced,
// so an interrupted or repeated apply converges on the first values ever generated.
// Values come from the operating system's CSPRNG (QRandomGenerator::system()).
// Never log or persist what these functions return. Stateless; thread-safe.
class SecretKeeper
{
public:
    static QMap<QString, QByteArray> reconcile(const OwnedSecretSpec &spec,
                                               const QMap<QString, QByteArray> &existing,
                                               bool *changed);
    static QByteArray generateValue(int length);
    // The Secret object for data (base64 in `data`), labelled like every other stack object.
    static nlohmann::ordered_json manifest(const OwnedSecretSpec &spec,
                                           const QString &ns,
                                           const nlohmann::ordered_json &labels,
                                           const QMap<QString, QByteArray> &data);
    static constexpr const char *kGeneratedAnnotation = "stackdeck.io/generated-keys";
};

} // namespace sd

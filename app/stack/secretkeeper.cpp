#include "stack/secretkeeper.h"

#include <QRandomGenerator>

namespace sd {

QMap<QString, QByteArray> SecretKeeper::reconcile(const OwnedSecretSpec &spec,
                                                  const QMap<QString, QByteArray> &existing,
                                                  bool *changed)
{
    QMap<QString, QByteArray> data = existing;
    bool added = false;
    for (const QString &key : spec.keys) {
        if (!data.value(key).isEmpty())
            continue;
        data.insert(key, generateValue(spec.length));
        added = true;
    }
    if (changed)
        *changed = added;
    return data;
}

QByteArray SecretKeeper::generateValue(int length)
{
    static constexpr char kAlphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 kSize = sizeof(kAlphabet) - 1;
    // Rejection sampling keeps every character equally likely (no modulo bias).
    constexpr quint32 kLimit = 256 - (256 % kSize);
    QByteArray out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    while (out.size() < length) {
        const quint32 word = rng->generate();
        for (int shift = 0; shift < 32 && out.size() < length; shift += 8) {
            const quint32 byte = (word >> shift) & 0xff;
            if (byte < kLimit)
                out.append(kAlphabet[byte % kSize]);
        }
    }
    return out;
}

nlohmann::ordered_json SecretKeeper::manifest(const OwnedSecretSpec &spec,
                                              const QString &ns,
                                              const nlohmann::ordered_json &labels,
                                              const QMap<QString, QByteArray> &data)
{
    nlohmann::ordered_json secret;
    secret["apiVersion"] = "v1";
    secret["kind"] = "Secret";
    secret["metadata"]["name"] = spec.name.toStdString();
    secret["metadata"]["namespace"] = ns.toStdString();
    secret["metadata"]["labels"] = labels;
    secret["metadata"]["annotations"][kGeneratedAnnotation]
        = spec.keys.join(QLatin1Char(',')).toStdString();
    secret["type"] = "Opaque";
    nlohmann::ordered_json d = nlohmann::ordered_json::object();
    for (auto it = data.cbegin(); it != data.cend(); ++it)
        d[it.key().toStdString()] = it.value().toBase64().toStdString();
    secret["data"] = d;
    return secret;
}

} // namespace sd

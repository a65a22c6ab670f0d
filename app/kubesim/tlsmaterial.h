#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::sim {

// PEM certificate and private key.
struct PemPair
{
    QByteArray certificate;
    QByteArray key;
};

// A throw-away certificate authority with a server certificate, made with OpenSSL at start-up
// (P-256 keys: fast to generate, accepted by Go, Python and Qt clients). Value type; the CA key
// stays in memory only, so client certificates can be issued later (issueClient).
class TlsMaterial
{
public:
    // CA "kubesim-ca" and a server certificate whose SANs are 127.0.0.1, ::1, localhost and `extraNames`
    // (IP addresses or DNS names). std::nullopt with `error` set if OpenSSL fails.
    static std::optional<TlsMaterial> generate(const QStringList &extraNames, QString *error = nullptr);

    const PemPair &ca() const { return m_ca; }
    const PemPair &server() const { return m_server; }

    // A client certificate signed by the CA: CN = user name, O = groups (how the API server maps them).
    PemPair issueClient(const QString &commonName, const QStringList &organizations) const;

    // True when the DER certificate was signed by this CA and is currently valid.
    bool verifyClient(const QByteArray &derCertificate) const;

private:
    PemPair m_ca;
    PemPair m_server;
};

} // namespace sd::sim

#include "kubesim/tlsmaterial.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sd::sim {

namespace {
struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertPtr = std::unique_ptr<X509, Free>;
using BioPtr = std::unique_ptr<BIO, Free>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray keyPem(EVP_PKEY *key)
{
    // "EC PRIVATE KEY" (SEC1): the one form every client we test (Go, Python ssl, QSslKey) reads.
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

CertPtr readCert(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

KeyPtr readKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

struct CertSpec
{
    QString commonName;
    QStringList organizations;
    bool isCa = false;
    QByteArray extKeyUsage;  // serverAuth / clientAuth
    QByteArray subjectAltNames;
};

CertPtr makeCert(const CertSpec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    for (const QString &org : spec.organizations) {
        const QByteArray o = org.toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(o.constData()),
                                   -1, -1, 0);
    }
    const QByteArray cn = spec.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               -1, -1, 0);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    bool ok = addExt(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (spec.isCa) {
        ok = ok && addExt(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE")
             && addExt(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        ok = ok && addExt(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE")
             && addExt(cert.get(), issuerCert, NID_key_usage, "critical,digitalSignature,keyEncipherment")
             && addExt(cert.get(), issuerCert, NID_ext_key_usage, spec.extKeyUsage)
             && addExt(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
        if (!spec.subjectAltNames.isEmpty())
            ok = ok && addExt(cert.get(), issuerCert, NID_subject_alt_name, spec.subjectAltNames);
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}
} // namespace

std::optional<TlsMaterial> TlsMaterial::generate(const QStringList &extraNames, QString *error)
{
    KeyPtr caKey(EVP_EC_gen("P-256"));
    KeyPtr serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey) {
        if (error)
            *error = QStringLiteral("OpenSSL could not generate an EC key");
        return std::nullopt;
    }
    CertPtr ca = makeCert({QStringLiteral("kubesim-ca"), {}, true, {}, {}}, caKey.get(), nullptr, nullptr);
    QStringList sans = {QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1"), QStringLiteral("DNS:localhost")};
    for (const QString &name : extraNames) {
        if (name.isEmpty())
            continue;
        const bool isIp = !QHostAddress(name).isNull();
        const QString entry = (isIp ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + name;
        if (!sans.contains(entry))
            sans.append(entry);
    }
    CertPtr server = ca ? makeCert({QStringLiteral("kubesim-apiserver"), {}, false, "serverAuth",
                                    sans.join(QLatin1Char(',')).toUtf8()},
                                   serverKey.get(), ca.get(), caKey.get())
                        : nullptr;
    if (!ca || !server) {
        if (error)
            *error = QStringLiteral("OpenSSL could not create the certificates");
        return std::nullopt;
    }
    TlsMaterial m;
    m.m_ca = {certPem(ca.get()), keyPem(caKey.get())};
    m.m_server = {certPem(server.get()), keyPem(serverKey.get())};
    return m;
}

PemPair TlsMaterial::issueClient(const QString &commonName, const QStringList &organizations) const
{
    CertPtr ca = readCert(m_ca.certificate);
    KeyPtr caKey = readKey(m_ca.key);
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!ca || !caKey || !key)
        return {};
    CertPtr cert = makeCert({commonName, organizations, false, "clientAuth", {}}, key.get(), ca.get(), caKey.get());
    if (!cert)
        return {};
    return {certPem(cert.get()), keyPem(key.get())};
}

bool TlsMaterial::verifyClient(const QByteArray &derCertificate) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(derCertificate.constData());
    CertPtr cert(d2i_X509(nullptr, &p, long(derCertificate.size())));
    CertPtr ca = readCert(m_ca.certificate);
    if (!cert || !ca)
        return false;
    EVP_PKEY *caPub = X509_get0_pubkey(ca.get());
    if (X509_verify(cert.get(), caPub) != 1)
        return false;
    return X509_cmp_current_time(X509_get0_notBefore(cert.get())) < 0
           && X509_cmp_current_time(X509_get0_notAfter(cert.get())) > 0;
}

} // namespace sd::sim

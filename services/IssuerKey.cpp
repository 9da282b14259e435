#include "services/IssuerKey.h"

#include "io/UserFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <unistd.h>

namespace aicet::services {
namespace {

// An Ed25519 private key in PEM is about 120 bytes; anything much larger is not one.
constexpr qint64 kMaxKeyBytes = 64 * 1024;

// Writes a private key to a new file, readable by its owner from the first byte, whole or not at
// all: a key that was not stored must not sign anything.
bool writeNewPrivateFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        *error = f.errorString();
        return false;
    }
    const bool written = f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && f.write(bytes) == bytes.size() && f.error() == QFileDevice::NoError && ::fsync(f.handle()) == 0;
    if (!written) {
        *error = f.errorString().isEmpty() ? QString::fromLocal8Bit(std::strerror(errno)) : f.errorString();
        f.close();
        QFile::remove(path);
        return false;
    }
    return true;
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

// Owns an OpenSSL object with its free function.
template<typename T, void (*Free)(T *)> struct Owned
{
    T *p = nullptr;
    ~Owned()
    {
        if (p) {
            Free(p);
        }
    }
};

// The Ed25519 private key in `pem` (the caller frees it), or null.
EVP_PKEY *readPrivateKey(const QByteArray &pem)
{
    Owned<BIO, BIO_free_all> bio{BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()))};
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.p, nullptr, nullptr, nullptr);
    if (key && EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        key = nullptr;
    }
    return key;
}

} // namespace

struct IssuerKey::Private
{
    EVP_PKEY *key = nullptr;
    ~Private() { EVP_PKEY_free(key); }
};

IssuerKey::IssuerKey(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}
IssuerKey::IssuerKey(IssuerKey &&) noexcept = default;
IssuerKey &IssuerKey::operator=(IssuerKey &&) noexcept = default;
IssuerKey::~IssuerKey() = default;

QString IssuerKey::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/aicet/keys/issuer-ed25519.pem");
}

std::optional<IssuerKey> IssuerKey::load(const QString &path, QString *error)
{
    QString why;
    const auto read = io::readUserFile(path, kMaxKeyBytes, &why);
    if (!read) {
        *error = IssuerKey::tr("cannot read the issuer's key: %1").arg(why);
        return std::nullopt;
    }
    auto d = std::make_unique<Private>();
    d->key = readPrivateKey(*read);
    if (!d->key) {
        *error = IssuerKey::tr("%1 is not an Ed25519 private key in PEM").arg(path);
        return std::nullopt;
    }
    return IssuerKey(std::move(d));
}

std::optional<IssuerKey> IssuerKey::import(const QString &source, const QString &path, QString *error)
{
    // The bytes checked are the bytes kept: the file is read once.
    QString why;
    const auto pem = io::readUserFile(source, kMaxKeyBytes, &why);
    if (!pem) {
        *error = IssuerKey::tr("cannot read the issuer's key: %1").arg(why);
        return std::nullopt;
    }
    auto d = std::make_unique<Private>();
    d->key = readPrivateKey(*pem);
    if (!d->key) {
        *error = IssuerKey::tr("%1 is not an Ed25519 private key in PEM").arg(source);
        return std::nullopt;
    }
    if (QFileInfo::exists(path)) {
        *error = IssuerKey::tr(
            "%1: an issuer key is already there; move it away first (certificates signed with it need its "
            "public key to be checked)")
                     .arg(path);
        return std::nullopt;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = IssuerKey::tr("cannot import %1").arg(source);
        return std::nullopt;
    }
    if (!writeNewPrivateFile(path, *pem, &why)) {
        *error = IssuerKey::tr("%1: cannot write the issuer's key: %2").arg(path, why);
        return std::nullopt;
    }
    return IssuerKey(std::move(d));
}

std::optional<IssuerKey> IssuerKey::create(const QString &path, QString *error)
{
    // A new key is a decision (the published public key must change with it): never made
    // silently, never in place of another.
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        *error = IssuerKey::tr("%1: an issuer key is already there; it is kept (certificates signed with it need its "
                               "public key to be checked)")
                     .arg(path);
        return std::nullopt;
    }
    auto d = std::make_unique<Private>();
    d->key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!d->key) {
        *error = IssuerKey::tr("cannot create an Ed25519 key: %1").arg(opensslError());
        return std::nullopt;
    }
    Owned<BIO, BIO_free_all> bio{BIO_new(BIO_s_mem())};
    if (PEM_write_bio_PrivateKey(bio.p, d->key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = IssuerKey::tr("cannot encode the key: %1").arg(opensslError());
        return std::nullopt;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.p, &data);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = IssuerKey::tr("cannot create the folder of %1").arg(path);
        return std::nullopt;
    }
    QString why;
    if (!writeNewPrivateFile(path, QByteArray(data, size), &why)) {
        *error = IssuerKey::tr("%1: cannot write the issuer's key: %2").arg(path, why);
        return std::nullopt;
    }
    return IssuerKey(std::move(d));
}

std::optional<IssuerKey> IssuerKey::loadExisting(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = IssuerKey::tr("there is no issuer key at %1: create it once with \"aicet-cli certificate create-key\" "
                               "(or import the authority's key with \"certificate import-key\"), then publish its "
                               "public key")
                     .arg(path);
        return std::nullopt;
    }
    return load(path, error);
}

QString IssuerKey::keyId() const
{
    return publicKeyId(publicKeyPem());
}

QByteArray IssuerKey::publicKeyPem() const
{
    Owned<BIO, BIO_free_all> bio{BIO_new(BIO_s_mem())};
    PEM_write_bio_PUBKEY(bio.p, d->key);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.p, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray IssuerKey::sign(const QByteArray &message) const
{
    Owned<EVP_MD_CTX, EVP_MD_CTX_free> ctx{EVP_MD_CTX_new()};
    QByteArray signature(64, '\0');
    size_t length = static_cast<size_t>(signature.size());
    if (EVP_DigestSignInit(ctx.p, nullptr, nullptr, nullptr, d->key) != 1
        || EVP_DigestSign(ctx.p, reinterpret_cast<unsigned char *>(signature.data()), &length,
               reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()))
            != 1) {
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

QString publicKeyId(const QByteArray &publicKeyPem)
{
    // The raw 32-byte Ed25519 key: the last 32 bytes of its SubjectPublicKeyInfo.
    Owned<BIO, BIO_free_all> bio{BIO_new_mem_buf(publicKeyPem.constData(), static_cast<int>(publicKeyPem.size()))};
    Owned<EVP_PKEY, EVP_PKEY_free> key{PEM_read_bio_PUBKEY(bio.p, nullptr, nullptr, nullptr)};
    unsigned char raw[32];
    size_t length = sizeof raw;
    if (!key.p || EVP_PKEY_get_id(key.p) != EVP_PKEY_ED25519 || EVP_PKEY_get_raw_public_key(key.p, raw, &length) != 1
        || length != sizeof raw) {
        return {};
    }
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(reinterpret_cast<const char *>(raw), static_cast<qsizetype>(length)), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(4).toHex().toUpper());
}

std::optional<QByteArray> canonicalPublicKeyPem(const QByteArray &pem, QString *error)
{
    // Parsed and written again: only a real Ed25519 key leaves, in OpenSSL's own PEM (no other
    // text, whatever the file held around or instead of it).
    Owned<BIO, BIO_free_all> in{BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()))};
    Owned<EVP_PKEY, EVP_PKEY_free> key{PEM_read_bio_PUBKEY(in.p, nullptr, nullptr, nullptr)};
    if (!key.p || EVP_PKEY_get_id(key.p) != EVP_PKEY_ED25519) {
        *error = IssuerKey::tr("this is not an Ed25519 public key in PEM");
        return std::nullopt;
    }
    Owned<BIO, BIO_free_all> out{BIO_new(BIO_s_mem())};
    if (PEM_write_bio_PUBKEY(out.p, key.p) != 1) {
        *error = IssuerKey::tr("cannot encode the key: %1").arg(opensslError());
        return std::nullopt;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.p, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool verifySignature(
    const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature, QString *error)
{
    Owned<BIO, BIO_free_all> bio{BIO_new_mem_buf(publicKeyPem.constData(), static_cast<int>(publicKeyPem.size()))};
    Owned<EVP_PKEY, EVP_PKEY_free> key{PEM_read_bio_PUBKEY(bio.p, nullptr, nullptr, nullptr)};
    if (!key.p || EVP_PKEY_get_id(key.p) != EVP_PKEY_ED25519) {
        *error = IssuerKey::tr("the public key is not an Ed25519 public key in PEM");
        return false;
    }
    Owned<EVP_MD_CTX, EVP_MD_CTX_free> ctx{EVP_MD_CTX_new()};
    const bool ok = EVP_DigestVerifyInit(ctx.p, nullptr, nullptr, nullptr, key.p) == 1
        && EVP_DigestVerify(ctx.p, reinterpret_cast<const unsigned char *>(signature.constData()),
               static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<size_t>(message.size()))
            == 1;
    if (!ok) {
        *error = IssuerKey::tr("the signature does not match: the certificate was altered, or signed with another key");
    }
    ERR_clear_error();
    return ok;
}

} // namespace aicet::services

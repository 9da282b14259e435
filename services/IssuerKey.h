#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace aicet::services {

/// The issuer's Ed25519 key pair (OpenSSL 3). The private key lives in a PEM file readable by its
/// owner only; the public key is exported as PEM to be published.
class IssuerKey
{
    Q_DECLARE_TR_FUNCTIONS(IssuerKey)

public:
    /// Creates a new key at `path` (and its folder), readable by its owner only; refuses when a file
    /// is already there. Creating the key is an explicit step: nothing creates one implicitly.
    static std::optional<IssuerKey> create(const QString &path, QString *error);
    /// Loads an existing private key (PEM).
    static std::optional<IssuerKey> load(const QString &path, QString *error);
    /// The same, with an error that says how to create the key when there is none at `path`.
    static std::optional<IssuerKey> loadExisting(const QString &path, QString *error);
    /// Imports an existing Ed25519 private key (PEM) to `path`, readable by its owner only. Refuses
    /// to overwrite a key already there.
    static std::optional<IssuerKey> import(const QString &source, const QString &path, QString *error);
    /// The default location: ~/.local/share/aicet/keys/issuer-ed25519.pem.
    static QString defaultPath();

    IssuerKey(IssuerKey &&) noexcept;
    IssuerKey &operator=(IssuerKey &&) noexcept;
    ~IssuerKey();

    QByteArray publicKeyPem() const;
    /// A short id of the key, printed on documents and kept in the register: the first 8 hex
    /// digits (upper case) of the SHA-256 of the raw public key.
    QString keyId() const;
    /// The 64-byte Ed25519 signature of `message`.
    QByteArray sign(const QByteArray &message) const;

private:
    struct Private;
    explicit IssuerKey(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// The id (IssuerKey::keyId) of a public key in PEM; empty when it is not an Ed25519 key.
QString publicKeyId(const QByteArray &publicKeyPem);

/// An Ed25519 public key parsed from `pem` and written again in canonical PEM (nothing else from
/// the input passes); nothing, with `error`, when it is not one.
std::optional<QByteArray> canonicalPublicKeyPem(const QByteArray &pem, QString *error);

/// Checks an Ed25519 signature with a public key in PEM. False with `error` set when the key
/// cannot be read or the signature does not match.
bool verifySignature(
    const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature, QString *error);

} // namespace aicet::services

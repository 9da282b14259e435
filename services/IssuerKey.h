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
    /// Loads the key at `path`, or creates it (and its folder) when the file does not exist.
    static std::optional<IssuerKey> loadOrCreate(const QString &path, QString *error);
    /// Loads an existing private key (PEM).
    static std::optional<IssuerKey> load(const QString &path, QString *error);
    /// Imports an existing Ed25519 private key (PEM) to `path`, readable by its owner only. Refuses
    /// to overwrite a key already there.
    static std::optional<IssuerKey> import(const QString &source, const QString &path, QString *error);
    /// The default location: ~/.local/share/aicet/keys/issuer-ed25519.pem.
    static QString defaultPath();

    IssuerKey(IssuerKey &&) noexcept;
    IssuerKey &operator=(IssuerKey &&) noexcept;
    ~IssuerKey();

    QByteArray publicKeyPem() const;
    /// The 64-byte Ed25519 signature of `message`.
    QByteArray sign(const QByteArray &message) const;

private:
    struct Private;
    explicit IssuerKey(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// Checks an Ed25519 signature with a public key in PEM. False with `error` set when the key
/// cannot be read or the signature does not match.
bool verifySignature(
    const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature, QString *error);

} // namespace aicet::services

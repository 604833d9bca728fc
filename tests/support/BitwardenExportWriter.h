#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// Writes Bitwarden password-protected JSON exports (research/vault-formats.md 1.3: PBKDF2-SHA256 or
/// Argon2id, HKDF-Expand, AES-256-CBC, HMAC-SHA256 over iv || ciphertext), for tests and the benchmark.
/// Written with OpenSSL and libargon2 directly (HKDF-Expand as one HMAC block), independently of the
/// reader's code, so a shared mistake cannot make both sides agree.
class BitwardenExportWriter
{
public:
    struct Settings
    {
        int kdfType = 0; ///< 0 PBKDF2-SHA256, 1 Argon2id (any number is written as given)
        qint64 iterations = 5000;
        qint64 memoryMiB = 16;  ///< Argon2id only (written as null for PBKDF2)
        qint64 parallelism = 1; ///< Argon2id only
        /// The envelope's salt text; empty: base64 of 16 random bytes.
        QByteArray salt;
        /// Skip the KDF and encrypt under a random key: for envelopes whose KDF settings must never be
        /// derived (out-of-bounds tests), or that only need to look right.
        bool randomKey = false;
    };

    /// The export file: @p plainJson (an unencrypted Bitwarden export, UTF-8) encrypted under @p password
    /// (UTF-8 bytes). Empty on an OpenSSL or Argon2 failure.
    static QByteArray write(QByteArrayView plainJson, QByteArrayView password, const Settings &settings);
    /// The master key write() derives (for timing the KDF alone): 32 bytes, empty on failure.
    static QByteArray masterKey(QByteArrayView password, const Settings &settings);
};

#pragma once

#include "core/secret/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

/// The cryptography of Bitwarden password-protected exports (research/vault-formats.md sections 0.1 and
/// 1.3; bitwarden/sdk-internal encrypted_json.rs, kdf.rs, utils.rs). OpenSSL 3 (PBKDF2-HMAC-SHA256,
/// HKDF-Expand-SHA256, HMAC-SHA256, AES-256-CBC) and libargon2 (Argon2id v1.3). Every key is held in a
/// SecureBuffer; every OpenSSL context is freed (and so cleansed) by RAII. Blocking: the KDF takes seconds.
class BitwardenCrypto
{
public:
    enum class Kdf { Pbkdf2Sha256 = 0, Argon2id = 1 };

    /// The envelope's KDF settings. memoryMiB and parallelism are used by Argon2id only.
    struct KdfParams
    {
        Kdf kdf = Kdf::Pbkdf2Sha256;
        qint64 iterations = 0;
        qint64 memoryMiB = 0;
        qint64 parallelism = 0;
    };

    /// Bitwarden's import bounds (bitwarden/clients password-protected-kdf-config.ts): a file outside
    /// them is refused before any derivation, so a hostile file cannot ask for GiBs or hours.
    static constexpr qint64 minPbkdf2Iterations = 5'000;
    static constexpr qint64 maxPbkdf2Iterations = 2'000'000;
    static constexpr qint64 minArgon2Iterations = 2;
    static constexpr qint64 maxArgon2Iterations = 10;
    static constexpr qint64 minArgon2MemoryMiB = 16;
    static constexpr qint64 maxArgon2MemoryMiB = 1024;
    static constexpr qint64 minArgon2Parallelism = 1;
    static constexpr qint64 maxArgon2Parallelism = 16;

    /// True when @p params lie within the bounds above.
    static bool withinBounds(const KdfParams &params);

    /// The 32-byte master key. @p password: UTF-8 bytes, not normalised. @p salt: the envelope's `salt`
    /// text as its UTF-8 bytes (NOT base64-decoded). PBKDF2: salt used as is; Argon2id: SHA-256(salt)
    /// is the salt, memory memoryMiB * 1024 KiB, lanes and threads = parallelism. Returns an empty
    /// buffer when the parameters are out of bounds or the KDF fails (Argon2 out of memory).
    static SecureBuffer deriveMasterKey(QByteArrayView password, QByteArrayView salt,
                                        const KdfParams &params);

    /// HKDF-Expand-SHA256 (RFC 5869, no Extract step) of a 32-byte master key into the 32-byte
    /// encryption key (info "enc") and MAC key (info "mac"). Empty buffers on failure.
    struct StretchedKey
    {
        SecureBuffer encKey;
        SecureBuffer macKey;
    };
    static StretchedKey stretch(const SecureBuffer &masterKey);

    /// An EncString of type 2: "2." base64(iv, 16 bytes) "|" base64(ciphertext, n*16 bytes, n >= 1) "|"
    /// base64(HMAC-SHA256(macKey, iv || ciphertext), 32 bytes). Standard base64 with padding.
    struct EncString
    {
        QByteArray iv;
        QByteArray ciphertext;
        QByteArray mac;
    };
    /// Parses @p text; std::nullopt when it is not a well-formed type-2 EncString.
    static std::optional<EncString> parseEncString(QByteArrayView text);
    /// The EncString type digit of @p text (the part before the first '.'), or -1.
    static int encStringType(QByteArrayView text);
    /// Constant-time (CRYPTO_memcmp) check of the EncString's MAC under the 32-byte @p macKey.
    static bool macMatches(const EncString &value, const SecureBuffer &macKey);
    /// AES-256-CBC with PKCS#7 padding under the 32-byte @p encKey. Call only after macMatches().
    /// std::nullopt when the padding is wrong.
    static std::optional<SecureBuffer> decrypt(const EncString &value, const SecureBuffer &encKey);
};

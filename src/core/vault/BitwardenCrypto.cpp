#include "core/vault/BitwardenCrypto.h"

#include <argon2.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace {

constexpr qsizetype keySize = 32;
constexpr qsizetype ivSize = 16;
constexpr qsizetype macSize = 32;
constexpr qsizetype blockSize = 16;

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};
struct MacDeleter
{
    void operator()(EVP_MAC *mac) const { EVP_MAC_free(mac); }
};
struct MacCtxDeleter
{
    void operator()(EVP_MAC_CTX *ctx) const { EVP_MAC_CTX_free(ctx); }
};
struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

unsigned char *bytes(SecureBuffer &buffer)
{
    return reinterpret_cast<unsigned char *>(buffer.data());
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// OSSL_PARAM wants non-const pointers for octet strings it only reads.
void *mutableBytes(QByteArrayView view)
{
    return const_cast<char *>(view.data());
}

SecureBuffer hkdfExpand(const SecureBuffer &prk, const char *info)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf) {
        return {};
    }
    std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx) {
        return {};
    }
    int mode = EVP_KDF_HKDF_MODE_EXPAND_ONLY;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableBytes(prk.view()),
                                          static_cast<size_t>(prk.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char *>(info), qstrlen(info)),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer out(keySize);
    if (EVP_KDF_derive(ctx.get(), bytes(out), static_cast<size_t>(out.size()), params) != 1) {
        return {};
    }
    return out;
}

} // namespace

bool BitwardenCrypto::withinBounds(const KdfParams &params)
{
    switch (params.kdf) {
    case Kdf::Pbkdf2Sha256:
        return params.iterations >= minPbkdf2Iterations && params.iterations <= maxPbkdf2Iterations;
    case Kdf::Argon2id:
        return params.iterations >= minArgon2Iterations && params.iterations <= maxArgon2Iterations &&
               params.memoryMiB >= minArgon2MemoryMiB && params.memoryMiB <= maxArgon2MemoryMiB &&
               params.parallelism >= minArgon2Parallelism && params.parallelism <= maxArgon2Parallelism;
    }
    return false;
}

SecureBuffer BitwardenCrypto::deriveMasterKey(QByteArrayView password, QByteArrayView salt,
                                              const KdfParams &params)
{
    if (!withinBounds(params)) {
        return {};
    }
    SecureBuffer master(keySize);
    if (params.kdf == Kdf::Pbkdf2Sha256) {
        if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), bytes(salt),
                              static_cast<int>(salt.size()), static_cast<int>(params.iterations),
                              EVP_sha256(), keySize, bytes(master)) != 1) {
            return {};
        }
        return master;
    }
    unsigned char saltHash[32];
    unsigned int hashSize = 0;
    if (EVP_Digest(salt.data(), static_cast<size_t>(salt.size()), saltHash, &hashSize, EVP_sha256(),
                   nullptr) != 1 ||
        hashSize != sizeof saltHash) {
        return {};
    }
    const auto memoryKiB = static_cast<uint32_t>(params.memoryMiB * 1024);
    const int result = argon2id_hash_raw(static_cast<uint32_t>(params.iterations), memoryKiB,
                                         static_cast<uint32_t>(params.parallelism), password.data(),
                                         static_cast<size_t>(password.size()), saltHash, sizeof saltHash,
                                         master.data(), static_cast<size_t>(master.size()));
    if (result != ARGON2_OK) {
        return {};
    }
    return master;
}

BitwardenCrypto::StretchedKey BitwardenCrypto::stretch(const SecureBuffer &masterKey)
{
    if (masterKey.size() != keySize) {
        return {};
    }
    return StretchedKey{hkdfExpand(masterKey, "enc"), hkdfExpand(masterKey, "mac")};
}

int BitwardenCrypto::encStringType(QByteArrayView text)
{
    const qsizetype dot = text.indexOf('.');
    if (dot != 1 || text.at(0) < '0' || text.at(0) > '9') {
        return -1;
    }
    return text.at(0) - '0';
}

std::optional<BitwardenCrypto::EncString> BitwardenCrypto::parseEncString(QByteArrayView text)
{
    if (encStringType(text) != 2) {
        return std::nullopt;
    }
    const QByteArrayView body = text.sliced(2);
    const qsizetype first = body.indexOf('|');
    const qsizetype second = first < 0 ? -1 : body.indexOf('|', first + 1);
    if (first < 0 || second < 0 || body.indexOf('|', second + 1) >= 0) {
        return std::nullopt;
    }
    const auto decode = [](QByteArrayView part) -> std::optional<QByteArray> {
        auto decoded =
            QByteArray::fromBase64Encoding(part.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return std::nullopt;
        }
        return std::move(decoded.decoded);
    };
    auto iv = decode(body.first(first));
    auto ciphertext = decode(body.sliced(first + 1, second - first - 1));
    auto mac = decode(body.sliced(second + 1));
    if (!iv || !ciphertext || !mac || iv->size() != ivSize || mac->size() != macSize ||
        ciphertext->isEmpty() || ciphertext->size() % blockSize != 0) {
        return std::nullopt;
    }
    return EncString{std::move(*iv), std::move(*ciphertext), std::move(*mac)};
}

bool BitwardenCrypto::macMatches(const EncString &value, const SecureBuffer &macKey)
{
    if (macKey.size() != keySize || value.mac.size() != macSize) {
        return false;
    }
    std::unique_ptr<EVP_MAC, MacDeleter> hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!hmac) {
        return false;
    }
    std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter> ctx(EVP_MAC_CTX_new(hmac.get()));
    if (!ctx) {
        return false;
    }
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    unsigned char computed[macSize];
    size_t computedSize = 0;
    if (EVP_MAC_init(ctx.get(), bytes(macKey.view()), static_cast<size_t>(macKey.size()), params) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(value.iv), static_cast<size_t>(value.iv.size())) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(value.ciphertext), static_cast<size_t>(value.ciphertext.size())) !=
            1 ||
        EVP_MAC_final(ctx.get(), computed, &computedSize, sizeof computed) != 1 || computedSize != macSize) {
        return false;
    }
    const bool equal = CRYPTO_memcmp(computed, value.mac.constData(), macSize) == 0;
    OPENSSL_cleanse(computed, sizeof computed);
    return equal;
}

std::optional<SecureBuffer> BitwardenCrypto::decrypt(const EncString &value, const SecureBuffer &encKey)
{
    if (encKey.size() != keySize || value.iv.size() != ivSize || value.ciphertext.isEmpty() ||
        value.ciphertext.size() % blockSize != 0) {
        return std::nullopt;
    }
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, bytes(encKey.view()),
                                   bytes(value.iv)) != 1) {
        return std::nullopt;
    }
    SecureBuffer out(value.ciphertext.size() + blockSize);
    int written = 0;
    int last = 0;
    if (EVP_DecryptUpdate(ctx.get(), bytes(out), &written, bytes(value.ciphertext),
                          static_cast<int>(value.ciphertext.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), bytes(out) + written, &last) != 1) {
        return std::nullopt;
    }
    return SecureBuffer::fromBytes(out.view().first(written + last));
}

#include "BitwardenExportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace {

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), size) != 1) {
        return {};
    }
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, '\0');
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(data), size_t(data.size()),
              reinterpret_cast<unsigned char *>(out.data()), &size) ||
        size != 32) {
        return {};
    }
    return out;
}

// "2." iv "|" ciphertext "|" mac, each base64.
QByteArray encString(QByteArrayView plain, QByteArrayView encKey, QByteArrayView macKey)
{
    const QByteArray iv = randomBytes(16);
    std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    if (iv.isEmpty() || !ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, bytes(encKey), bytes(iv)) != 1) {
        return {};
    }
    QByteArray ciphertext(plain.size() + 16, '\0');
    int written = 0;
    int last = 0;
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    if (EVP_EncryptUpdate(ctx.get(), out, &written, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out + written, &last) != 1) {
        return {};
    }
    ciphertext.truncate(written + last);
    const QByteArray mac = hmacSha256(macKey, iv + ciphertext);
    return "2." + iv.toBase64() + '|' + ciphertext.toBase64() + '|' + mac.toBase64();
}

} // namespace

QByteArray BitwardenExportWriter::masterKey(QByteArrayView password, const Settings &settings)
{
    QByteArray master(32, '\0');
    auto *out = reinterpret_cast<unsigned char *>(master.data());
    if (settings.kdfType == 0) {
        if (PKCS5_PBKDF2_HMAC(password.data(), int(password.size()), bytes(settings.salt),
                              int(settings.salt.size()), int(settings.iterations), EVP_sha256(), 32,
                              out) != 1) {
            return {};
        }
        return master;
    }
    unsigned char saltHash[32];
    if (EVP_Digest(settings.salt.constData(), size_t(settings.salt.size()), saltHash, nullptr, EVP_sha256(),
                   nullptr) != 1 ||
        argon2id_hash_raw(uint32_t(settings.iterations), uint32_t(settings.memoryMiB * 1024),
                          uint32_t(settings.parallelism), password.data(), size_t(password.size()), saltHash,
                          sizeof saltHash, out, 32) != ARGON2_OK) {
        return {};
    }
    return master;
}

QByteArray BitwardenExportWriter::write(QByteArrayView plainJson, QByteArrayView password,
                                        const Settings &given)
{
    Settings settings = given;
    if (settings.salt.isEmpty()) {
        settings.salt = randomBytes(16).toBase64();
    }
    const QByteArray master = settings.randomKey ? randomBytes(32) : masterKey(password, settings);
    if (master.size() != 32) {
        return {};
    }
    // HKDF-Expand with L = 32 is one HMAC block: T(1) = HMAC(PRK, info || 0x01).
    const QByteArray encKey = hmacSha256(master, QByteArrayView("enc\x01", 4));
    const QByteArray macKey = hmacSha256(master, QByteArrayView("mac\x01", 4));
    const QByteArray validation =
        encString(QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(), encKey, macKey);
    const QByteArray data = encString(plainJson, encKey, macKey);
    if (encKey.isEmpty() || macKey.isEmpty() || validation.isEmpty() || data.isEmpty()) {
        return {};
    }
    // Bitwarden's member order (the web client's JSON.stringify, the SDK's serde struct): "data" last.
    const bool argon2 = settings.kdfType == 1;
    const auto number = [](qint64 value) {
        return QByteArray::number(value);
    };
    return "{\n  \"encrypted\": true,\n  \"passwordProtected\": true,\n  \"salt\": " +
           QJsonDocument(QJsonArray{QString::fromLatin1(settings.salt)})
               .toJson(QJsonDocument::Compact)
               .sliced(1)
               .chopped(1) +
           ",\n  \"kdfType\": " + number(settings.kdfType) +
           ",\n  \"kdfIterations\": " + number(settings.iterations) +
           ",\n  \"kdfMemory\": " + (argon2 ? number(settings.memoryMiB) : "null") +
           ",\n  \"kdfParallelism\": " + (argon2 ? number(settings.parallelism) : "null") +
           ",\n  \"encKeyValidation_DO_NOT_EDIT\": \"" + validation + "\",\n  \"data\": \"" + data +
           "\"\n}\n";
}

#include "core/secret/PrimitiveSelfTest.h"

#include "core/secret/SecureBuffer.h"
#include "core/secret/SodiumRuntime.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QString &fault()
{
    static QString name;
    return name;
}

// The expected answer, corrupted when the test seam names this check.
QByteArray expected(const QString &check, QByteArray answer)
{
    if (fault() == check && !answer.isEmpty()) {
        answer[0] = static_cast<char>(answer[0] ^ 0x01);
    }
    return answer;
}

QString failure(const QString &primitive)
{
    return PrimitiveSelfTest::tr("Envsmith's start-up self-test failed: %1 gave a wrong answer. No secret "
                                 "is generated with a broken library. Reinstall libsodium and Qt (Debian: "
                                 "apt-get install --reinstall libsodium23 libqt6core6) and try again.")
        .arg(primitive);
}

QByteArray encodeBase64(QByteArrayView bytes, int variant)
{
    QByteArray out(
        static_cast<qsizetype>(sodium_base64_ENCODED_LEN(static_cast<size_t>(bytes.size()), variant)), '\0');
    sodium_bin2base64(out.data(), static_cast<size_t>(out.size()),
                      reinterpret_cast<const unsigned char *>(bytes.data()),
                      static_cast<size_t>(bytes.size()), variant);
    out.chop(1); // the terminating NUL
    return out;
}

QByteArray decodeBase64(QByteArrayView text, int variant)
{
    QByteArray out(text.size(), '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(out.size()),
                          text.data(), static_cast<size_t>(text.size()), nullptr, &length, nullptr,
                          variant) != 0) {
        return QByteArray("\x01"
                          "decode-failed");
    }
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

bool base64Vectors(int variant, const QString &check)
{
    // RFC 4648 §10 test vectors ("", "f", "fo", ... "foobar"), padded; unpadded for the URL-safe variant.
    static const std::array<std::pair<const char *, const char *>, 7> vectors{{
        {"", ""},
        {"f", "Zg=="},
        {"fo", "Zm8="},
        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="},
        {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    }};
    const bool padded = variant == sodium_base64_VARIANT_ORIGINAL;
    for (const auto &[plain, encoded] : vectors) {
        QByteArray answer(encoded);
        if (!padded) {
            while (answer.endsWith('=')) {
                answer.chop(1);
            }
        }
        if (encodeBase64(QByteArrayView(plain), variant) != expected(check, answer)) {
            return false;
        }
        if (decodeBase64(answer, variant) != QByteArray(plain)) {
            return false;
        }
    }
    // The two alphabets differ only in the last two symbols: 0xfb 0xff → "+/8=" and "-_8".
    const QByteArray special("\xfb\xff");
    return encodeBase64(special, variant) == (padded ? QByteArray("+/8=") : QByteArray("-_8"));
}

bool hexVector()
{
    const unsigned char bytes[] = {0x00, 0x01, 0x7f, 0x80, 0xab, 0xff};
    std::array<char, 2 * sizeof(bytes) + 1> out{};
    sodium_bin2hex(out.data(), out.size(), bytes, sizeof(bytes));
    if (QByteArray(out.data()) != expected(u"hex"_s, QByteArray("00017f80abff"))) {
        return false;
    }
    std::array<unsigned char, sizeof(bytes)> back{};
    size_t length = 0;
    return sodium_hex2bin(back.data(), back.size(), out.data(), 2 * sizeof(bytes), nullptr, &length,
                          nullptr) == 0 &&
           length == sizeof(bytes) && std::memcmp(back.data(), bytes, sizeof(bytes)) == 0;
}

bool sha256Vector()
{
    // FIPS 180-2 appendix B.1.
    return QCryptographicHash::hash("abc", QCryptographicHash::Sha256).toHex() ==
           expected(u"sha256"_s,
                    QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

bool memcmpVector()
{
    const char a[] = "0123456789abcdef";
    char b[] = "0123456789abcdef";
    const bool corrupt = fault() == u"memcmp"_s;
    if (corrupt) {
        b[15] = 'x';
    }
    if (sodium_memcmp(a, b, 16) != 0) {
        return false;
    }
    b[15] = 'x';
    return sodium_memcmp(a, b, 16) != 0;
}

bool randomDraws()
{
    SecureBuffer first(32);
    SecureBuffer second(32);
    randombytes_buf(first.data(), 32);
    randombytes_buf(second.data(), 32);
    if (fault() == u"random"_s) {
        std::memcpy(second.data(), first.constData(), 32);
    }
    const SecureBuffer zero(32);
    return !first.equals(second) && !first.equals(zero) && !second.equals(zero);
}

bool uniformDraws()
{
    constexpr uint32_t symbols = 62;
    std::array<bool, symbols> seen{};
    const uint32_t bound = fault() == u"uniform"_s ? symbols - 1 : symbols;
    for (int i = 0; i < 4096; ++i) {
        const uint32_t value = randombytes_uniform(bound);
        if (value >= symbols) {
            return false;
        }
        seen[value] = true;
    }
    for (const bool hit : seen) {
        if (!hit) {
            return false;
        }
    }
    return true;
}

} // namespace

std::expected<void, QString> PrimitiveSelfTest::run()
{
    if (!SodiumRuntime::ensureInitialized()) {
        return std::unexpected(failure(u"sodium_init"_s));
    }
    if (!base64Vectors(sodium_base64_VARIANT_ORIGINAL, u"base64"_s)) {
        return std::unexpected(failure(u"libsodium base64"_s));
    }
    if (!base64Vectors(sodium_base64_VARIANT_URLSAFE_NO_PADDING, u"base64url"_s)) {
        return std::unexpected(failure(u"libsodium base64url"_s));
    }
    if (!hexVector()) {
        return std::unexpected(failure(u"libsodium hex"_s));
    }
    if (!memcmpVector()) {
        return std::unexpected(failure(u"sodium_memcmp"_s));
    }
    if (!randomDraws()) {
        return std::unexpected(failure(u"randombytes_buf"_s));
    }
    if (!uniformDraws()) {
        return std::unexpected(failure(u"randombytes_uniform"_s));
    }
    if (!sha256Vector()) {
        return std::unexpected(failure(u"SHA-256 (QCryptographicHash)"_s));
    }
    return {};
}

void PrimitiveSelfTest::setFaultForTesting(const QString &check)
{
    fault() = check;
}

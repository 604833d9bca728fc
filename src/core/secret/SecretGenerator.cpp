#include "core/secret/SecretGenerator.h"

#include "core/secret/SodiumRuntime.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace {

SecureBuffer randomBytes(int count)
{
    SecureBuffer bytes(count);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

// sodium_bin2base64 writes a terminating NUL: encode into a guarded scratch buffer one byte longer, then
// copy the characters into a guarded buffer of the exact length. No plain heap copy is made.
SecureBuffer base64(const SecureBuffer &bytes, int variant)
{
    const size_t encodedWithNul = sodium_base64_ENCODED_LEN(static_cast<size_t>(bytes.size()), variant);
    SecureBuffer scratch(static_cast<qsizetype>(encodedWithNul));
    sodium_bin2base64(scratch.data(), encodedWithNul,
                      reinterpret_cast<const unsigned char *>(bytes.constData()),
                      static_cast<size_t>(bytes.size()), variant);
    return SecureBuffer::fromBytes(QByteArrayView(scratch.constData(), scratch.size() - 1));
}

SecureBuffer hex(const SecureBuffer &bytes)
{
    SecureBuffer scratch(2 * bytes.size() + 1);
    sodium_bin2hex(scratch.data(), static_cast<size_t>(scratch.size()),
                   reinterpret_cast<const unsigned char *>(bytes.constData()),
                   static_cast<size_t>(bytes.size()));
    return SecureBuffer::fromBytes(QByteArrayView(scratch.constData(), scratch.size() - 1));
}

SecureBuffer fromAlphabet(QByteArrayView alphabet, int length)
{
    SecureBuffer value(length);
    const auto symbols = static_cast<uint32_t>(alphabet.size());
    for (qsizetype i = 0; i < value.size(); ++i)
        value.data()[i] = alphabet[randombytes_uniform(symbols)]; // uniform: rejection sampling, no bias
    return value;
}

// RFC 9562 §5.4: 122 random bits, version nibble 4, variant bits 10; lowercase 8-4-4-4-12.
SecureBuffer uuidV4()
{
    SecureBuffer bytes = randomBytes(16);
    auto *b = reinterpret_cast<unsigned char *>(bytes.data());
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer text(36);
    char *out = text.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = digits[b[i] >> 4];
        *out++ = digits[b[i] & 0x0f];
    }
    return text;
}

// `php artisan key:generate`: "base64:" followed by standard padded base64 of 32 random bytes.
SecureBuffer laravelKey(int byteCount)
{
    static constexpr char prefix[] = "base64:";
    constexpr qsizetype prefixLength = sizeof(prefix) - 1;
    const SecureBuffer encoded = base64(randomBytes(byteCount), sodium_base64_VARIANT_ORIGINAL);
    SecureBuffer value(prefixLength + encoded.size());
    std::memcpy(value.data(), prefix, prefixLength);
    std::memcpy(value.data() + prefixLength, encoded.constData(), static_cast<size_t>(encoded.size()));
    return value;
}

} // namespace

std::expected<SecureBuffer, QString> SecretGenerator::generate(const GeneratorProfile &profile)
{
    if (!SodiumRuntime::ensureInitialized()) {
        return std::unexpected(QCoreApplication::translate(
            "SecretGenerator",
            "The random number generator (libsodium) could not be initialised, so no secret "
            "was generated. Check that the system provides getrandom() or /dev/urandom."));
    }
    if (profile.kind != GeneratorProfile::Kind::Uuid && (profile.size < 1 || profile.size > 4096)) {
        return std::unexpected(
            QCoreApplication::translate("SecretGenerator",
                                        "The generator %1 has a size outside 1..4096; use a size "
                                        "in that range.")
                .arg(profile.toString()));
    }
    using Kind = GeneratorProfile::Kind;
    switch (profile.kind) {
    case Kind::Base64:
        return base64(randomBytes(profile.size), sodium_base64_VARIANT_ORIGINAL);
    case Kind::Base64Url:
        return base64(randomBytes(profile.size), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    case Kind::Hex:
        return hex(randomBytes(profile.size));
    case Kind::Alphanumeric:
    case Kind::Password:
        return fromAlphabet(profile.alphabet(), profile.size);
    case Kind::Uuid:
        return uuidV4();
    case Kind::LaravelKey:
        return laravelKey(profile.size);
    }
    return std::unexpected(QCoreApplication::translate("SecretGenerator", "Unknown generator kind."));
}

// libFuzzer harness for BitwardenJsonReader (tests/fuzz/run.sh builds and runs it with ASan + UBSan).
// For any input, read without a password, with a fixed password, and with a cancel flag set: the read
// never crashes or hangs; a failure has a kind and a message that never holds the password; a success
// has the format and file name set. The seeds include password-protected exports at Bitwarden's lowest
// accepted settings (PBKDF2 5,000 iterations, Argon2id 16 MiB / t=2 / p=1) under the fixed password, so
// the envelope, KDF, MAC and decryption paths run; mutations that keep the MAC valid are out of reach, so
// the decrypted JSON is fuzzed through the plain path, which is the same code.
#include "core/vault/BitwardenJsonReader.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace {

const QByteArray password = "fuzz password";

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void check(const std::expected<VaultExport, VaultError> &result, bool protectedRead)
{
    if (!result) {
        require(!result.error().message.isEmpty());
        require(!result.error().message.toUtf8().contains(password));
        return;
    }
    require(result->fileName == QStringLiteral("fuzz.json"));
    require(result->format == VaultFormat::BitwardenJson ||
            (protectedRead && result->format == VaultFormat::BitwardenPasswordProtected));
    for (const VaultItem &item : result->items) {
        for (const VaultField &field : item.fields) {
            require(field.value.size() >= 0);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SecureBuffer secret = SecureBuffer::fromBytes(password);
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz.json");

    check(BitwardenJsonReader::read(input, name), false);

    VaultReadOptions options;
    options.password = &secret;
    int last = -1;
    options.progress = [&last](int percent) {
        require(percent >= 0 && percent <= 100 && percent > last);
        last = percent;
    };
    check(BitwardenJsonReader::read(input, name, options), true);

    std::atomic_bool stop = true;
    options.cancel = &stop;
    last = -1;
    const auto cancelled = BitwardenJsonReader::read(input, name, options);
    require(!cancelled);
    return 0;
}

// libFuzzer harness for BitwardenCsvReader (tests/fuzz/run.sh builds and runs it with ASan + UBSan).
// For any input: the read never crashes or hangs; a failure has a message; a success has the format and
// file name set, no item without a title and fields; a read with the cancel flag set fails as Cancelled.
#include "core/vault/BitwardenCsvReader.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz.csv");
    int last = -1;
    VaultReadOptions options;
    options.progress = [&last](int percent) {
        require(percent >= 0 && percent <= 100 && percent > last);
        last = percent;
    };
    const auto result = BitwardenCsvReader::read(input, name, options);
    if (!result) {
        require(!result.error().message.isEmpty());
    } else {
        require(result->format == VaultFormat::BitwardenCsv && result->fileName == name);
        for (const VaultItem &item : result->items) {
            require(!item.title.isEmpty() || !item.fields.empty());
        }
    }
    std::atomic_bool stop = true;
    options.cancel = &stop;
    options.progress = {};
    const auto cancelled = BitwardenCsvReader::read(input, name, options);
    require(!cancelled && cancelled.error().kind == VaultError::Kind::Cancelled);
    return 0;
}

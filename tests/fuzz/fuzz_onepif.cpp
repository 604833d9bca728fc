// libFuzzer harness for the 1PIF reader (tests/fuzz/run.sh builds and runs it with ASan + UBSan). For any
// input: no crash, no hang, an error is Corrupt with a message naming the file, a result's items and
// fields are well formed and can be cloned.
#include "core/vault/OnePifReader.h"

#include <QByteArray>
#include <QString>

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
    const auto result = OnePifReader::read(input, QStringLiteral("fuzz.1pif"));
    if (!result) {
        require(result.error().kind == VaultError::Kind::Corrupt);
        require(result.error().message.contains(QStringLiteral("fuzz.1pif")));
        return 0;
    }
    require(result->format == VaultFormat::OnePassword1Pif);
    for (const VaultItem &item : result->items) {
        const VaultItem copy = item.clone();
        require(copy.fields.size() == item.fields.size());
        for (size_t i = 0; i < item.fields.size(); ++i) {
            require(copy.fields[i].value.equals(item.fields[i].value));
        }
    }
    (void)result->scopes();
    return 0;
}

// libFuzzer harness for the 1Password CSV reader (tests/fuzz/run.sh builds and runs it with ASan + UBSan).
// Inputs whose first byte is odd get the 1Password 8 header put in front, so most runs reach the rows.
// For any input: no crash, no hang, an error is Corrupt with a message naming the file, every item has
// only non-empty field values, and a read of the same bytes gives the same items.
#include "core/vault/OnePasswordCsvReader.h"

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
    QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (size > 0 && (data[0] & 1)) {
        input.prepend("Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\r\n");
    }
    const auto result = OnePasswordCsvReader::read(input, QStringLiteral("fuzz.csv"));
    if (!result) {
        require(result.error().kind == VaultError::Kind::Corrupt);
        require(result.error().message.contains(QStringLiteral("fuzz.csv")));
        return 0;
    }
    require(result->format == VaultFormat::OnePasswordCsv);
    const auto again = OnePasswordCsvReader::read(input, QStringLiteral("fuzz.csv"));
    require(again.has_value() && again->items.size() == result->items.size());
    for (size_t i = 0; i < result->items.size(); ++i) {
        const VaultItem &item = result->items[i];
        require(item.title == again->items[i].title);
        require(item.fields.size() == again->items[i].fields.size());
        for (size_t f = 0; f < item.fields.size(); ++f) {
            require(!item.fields[f].value.isEmpty());
            require(item.fields[f].value.equals(again->items[i].fields[f].value));
        }
    }
    (void)result->scopes();
    return 0;
}

// libFuzzer harness for the 1PUX reader (tests/fuzz/run.sh builds and runs it with ASan + UBSan). An input
// that starts with the zip magic is read as the 1PUX file itself (libzip directory and inflate paths, the
// caps); any other input is read as a bare export.data and zipped as export.data (the JSON mapping). For any
// input: no crash, no hang, an error has a message, a result's items and fields are well formed and can be
// cloned.
#include "core/vault/OnePuxReader.h"

#include "../support/OnePuxWriter.h"

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

void check(const std::expected<VaultExport, VaultError> &result)
{
    if (!result) {
        require(!result.error().message.isEmpty());
        require(result.error().kind != VaultError::Kind::Cancelled);
        return;
    }
    require(result->format == VaultFormat::OnePassword1Pux);
    for (const VaultItem &item : result->items) {
        const VaultItem copy = item.clone();
        require(copy.fields.size() == item.fields.size());
        for (size_t i = 0; i < item.fields.size(); ++i) {
            require(copy.fields[i].value.equals(item.fields[i].value));
            require(!item.fields[i].name.isNull() || item.fields[i].name.isEmpty());
        }
    }
    (void)result->scopes();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (input.startsWith("PK")) {
        check(OnePuxReader::read(input, QStringLiteral("fuzz.1pux")));
        return 0;
    }
    check(OnePuxReader::read(input, QStringLiteral("fuzz.1pux"))); // as a bare export.data (or refused)
    OnePuxWriter writer;
    writer.addExport(input.toByteArray());
    const QByteArray zip = writer.toZip();
    require(!zip.isEmpty());
    check(OnePuxReader::read(zip, QStringLiteral("fuzz.1pux")));
    return 0;
}

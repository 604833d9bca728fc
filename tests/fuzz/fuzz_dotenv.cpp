// libFuzzer harness for the dotenv reader, writer and linter (tests/fuzz/run.sh builds and runs it with
// ASan + UBSan). For any input: parsing never crashes or hangs; a parsed document writes back byte for
// byte in both dialects; setting a value either fails cleanly or leaves a document that reads the new
// value and re-parses to the same bytes; the linter runs.
#include "core/dotenv/DotenvDocument.h"
#include "core/dotenv/DotenvLinter.h"

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

void exercise(QByteArrayView input, DotenvDialect dialect, const DotenvLinter &linter)
{
    auto document = DotenvDocument::parse(input, dialect);
    if (!document) {
        require(!document.error().message.isEmpty());
        return;
    }
    require(document->toBytes() == input);
    (void)document->resolvedValues();
    (void)linter.lint(*document, input.size() % 2 == 0);

    // Set the first key (or a new one) to a value derived from the input.
    const QStringList keys = document->keys();
    const QString key = keys.isEmpty() ? QStringLiteral("FUZZ_KEY") : keys.first();
    const QByteArray value = input.first(std::min<qsizetype>(input.size(), 12)).toByteArray();
    if (document->setValue(key, value)) {
        require(document->value(key) == value);
        const auto reread = DotenvDocument::parse(document->toBytes(), dialect);
        require(reread.has_value());
        require(reread->toBytes() == document->toBytes());
    }
    (void)document->appendComment(QStringLiteral("fuzz"));
    (void)document->appendBlankLine();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DotenvLinter linter;
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    exercise(input, DotenvDialect::Npm, linter);
    exercise(input, DotenvDialect::Python, linter);
    return 0;
}

#include "core/vault/BitwardenCsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <csv.h>
#include <malloc.h>
#include <openssl/crypto.h>

#include <cstdlib>
#include <cstring>
#include <vector>

// Format: research/vault-formats.md 1.5 (bitwarden/clients vault-export-core, the SDK's csv.rs).
// Individual header: folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,
// login_password,login_totp. Organisation header: collections,type,name,notes,fields,reprompt,login_uri,
// login_username,login_password,login_totp. Columns are found by name, so their order does not matter.

namespace {

using Kind = VaultError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("BitwardenCsvReader", text);
}

std::unexpected<VaultError> failure(Kind kind, const QString &message)
{
    return std::unexpected(VaultError{kind, message});
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty()) {
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

// libcsv grows its field buffer with realloc, which would leave copies of values in freed memory: these
// allocation hooks wipe a block before it is given back (glibc's malloc_usable_size gives its size).
void *wipingRealloc(void *old, size_t size)
{
    if (!old) {
        return std::malloc(size);
    }
    void *grown = std::malloc(size);
    if (!grown) {
        return nullptr;
    }
    const size_t oldSize = malloc_usable_size(old);
    std::memcpy(grown, old, oldSize < size ? oldSize : size);
    OPENSSL_cleanse(old, oldSize);
    std::free(old);
    return grown;
}

void wipingFree(void *block)
{
    if (block) {
        OPENSSL_cleanse(block, malloc_usable_size(block));
        std::free(block);
    }
}

// One parse: libcsv's callbacks collect the cells of a record and hand each finished record on.
struct CsvState
{
    std::vector<QByteArray> cells;
    std::vector<std::vector<QByteArray>> records;
    std::vector<int> recordLines;
    int line = 1;     // the physical line being fed to the parser
    int cellLine = 0; // the line of the current record's first cell
};

void onCell(void *data, size_t size, void *state)
{
    auto *csv = static_cast<CsvState *>(state);
    if (csv->cells.empty()) {
        csv->cellLine = csv->line;
    }
    csv->cells.emplace_back(static_cast<const char *>(data), static_cast<qsizetype>(size));
}

void onRecordEnd(int, void *state)
{
    auto *csv = static_cast<CsvState *>(state);
    csv->records.push_back(std::move(csv->cells));
    csv->recordLines.push_back(csv->cellLine);
    csv->cells.clear();
}

void wipeState(CsvState &state)
{
    for (QByteArray &cell : state.cells) {
        wipe(cell);
    }
    for (std::vector<QByteArray> &record : state.records) {
        for (QByteArray &cell : record) {
            wipe(cell);
        }
    }
}

// Owns a libcsv parser: wipes its buffer and frees it.
struct CsvParser
{
    csv_parser parser{};
    bool initialised = false;
    ~CsvParser()
    {
        if (initialised) {
            if (parser.entry_buf && parser.entry_size) {
                OPENSSL_cleanse(parser.entry_buf, parser.entry_size);
            }
            csv_free(&parser);
        }
    }
};

QString text(const QByteArray &bytes, bool utf8)
{
    return utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

void addField(VaultItem &item, const QString &name, VaultField::Type type, QByteArrayView value, bool utf8)
{
    if (value.isEmpty()) {
        return;
    }
    VaultField field;
    field.name = name;
    field.type = type;
    if (utf8) {
        field.value = SecureBuffer::fromBytes(value);
    } else {
        QString decoded = QString::fromLatin1(value);
        field.value = SecureBuffer::fromUtf8(decoded);
        wipe(decoded);
    }
    item.fields.push_back(std::move(field));
}

// The `fields` cell: "name: value" entries, one a line. A line without ": " continues the value before it
// (a multi-line value such as a PEM key); "name:" alone is an empty value. Field types are not in a CSV.
void addCustomFields(VaultItem &item, QByteArrayView cell, bool utf8)
{
    QByteArray name;
    QByteArray value;
    bool open = false;
    const auto flush = [&] {
        if (open) {
            VaultField field;
            field.name = text(name, utf8);
            field.type = VaultField::Type::Text;
            if (utf8) {
                field.value = SecureBuffer::fromBytes(value);
            } else {
                QString decoded = QString::fromLatin1(value);
                field.value = SecureBuffer::fromUtf8(decoded);
                wipe(decoded);
            }
            item.fields.push_back(std::move(field));
        }
        wipe(value);
        open = false;
    };
    qsizetype start = 0;
    while (start <= cell.size()) {
        qsizetype end = cell.indexOf('\n', start);
        if (end < 0) {
            end = cell.size();
        }
        QByteArrayView line = cell.sliced(start, end - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (end == cell.size() && line.isEmpty()) {
            break; // a final line break ends the cell, not a value
        }
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0) {
            flush();
            name = line.first(colon).toByteArray();
            value = line.sliced(colon + 2).toByteArray();
            open = true;
        } else if (line.endsWith(':') && line.size() > 1 && !open) {
            flush();
            name = line.first(line.size() - 1).toByteArray();
            open = true;
        } else if (open) {
            value.append('\n');
            value.append(line);
        } else if (!line.trimmed().isEmpty()) {
            flush();
            name = line.toByteArray();
            open = true; // a name without a value
        }
        start = end + 1;
    }
    flush();
}

} // namespace

std::expected<VaultExport, VaultError> BitwardenCsvReader::read(QByteArrayView data, const QString &fileName,
                                                                const VaultReadOptions &options)
{
    const auto isCancelled = [&] {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    };
    int lastPercent = -1;
    const auto progress = [&](int percent) {
        if (options.progress && percent != lastPercent) {
            lastPercent = percent;
            options.progress(percent);
        }
    };
    progress(0);
    if (isCancelled()) {
        return failure(Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName));
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    // Excel may save a CSV in a Windows code page: read it as Latin-1 then, and say so.
    QStringDecoder utf8Check(QStringDecoder::Utf8);
    {
        QString probe = utf8Check.decode(data);
        wipe(probe);
    }
    const bool utf8 = !utf8Check.hasError();

    CsvState state;
    CsvParser csv;
    if (csv_init(&csv.parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        return failure(Kind::Unreadable, tr("Not enough memory to read %1.").arg(fileName));
    }
    csv.initialised = true;
    csv_set_realloc_func(&csv.parser, wipingRealloc);
    csv_set_free_func(&csv.parser, wipingFree);

    // Fed line by line, so a parse error and each record can be given a line number.
    qsizetype start = 0;
    while (start < data.size()) {
        if (isCancelled()) {
            wipeState(state);
            return failure(Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName));
        }
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        const QByteArrayView chunk = data.sliced(start, end - start);
        if (csv_parse(&csv.parser, chunk.data(), size_t(chunk.size()), onCell, onRecordEnd, &state) !=
            size_t(chunk.size())) {
            wipeState(state);
            return failure(Kind::Corrupt,
                           tr("%1 is not a valid CSV file at line %2 (%3). Export the vault again from "
                              "Bitwarden, and do not edit the file in a spreadsheet.")
                               .arg(fileName)
                               .arg(state.line)
                               .arg(QString::fromLatin1(csv_strerror(csv_error(&csv.parser)))));
        }
        ++state.line;
        start = end;
        progress(int(50 * start / qMax<qsizetype>(1, data.size())));
    }
    if (csv_fini(&csv.parser, onCell, onRecordEnd, &state) != 0) {
        wipeState(state);
        return failure(Kind::Corrupt, tr("%1 ends inside a quoted value (a quote is not closed). Export the "
                                         "vault again from Bitwarden, and do not edit the file in a "
                                         "spreadsheet.")
                                          .arg(fileName));
    }

    if (state.records.empty()) {
        return failure(Kind::Corrupt,
                       tr("%1 is empty. Export the vault again from Bitwarden.").arg(fileName));
    }
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < qsizetype(state.records.front().size()); ++i) {
        columns.insert(QString::fromUtf8(state.records.front().at(size_t(i))).trimmed().toLower(), i);
    }
    const bool organisation = columns.contains(QStringLiteral("collections"));
    for (const char *required : {"type", "name"}) {
        if (!columns.contains(QString::fromLatin1(required))) {
            wipeState(state);
            return failure(Kind::Corrupt, tr("%1 has no \"%2\" column, so it is not a Bitwarden CSV export. "
                                             "Export the vault again from Bitwarden as CSV.")
                                              .arg(fileName, QString::fromLatin1(required)));
        }
    }

    VaultExport result;
    result.format = VaultFormat::BitwardenCsv;
    result.fileName = fileName;
    if (!utf8) {
        result.warnings.append(tr("%1 is not UTF-8 (it was probably saved by a spreadsheet); it was read as "
                                  "Latin-1, so some characters may be wrong. Export again from Bitwarden "
                                  "and do not open the file in a spreadsheet.")
                                   .arg(fileName));
    }
    result.warnings.append(tr("%1 is a CSV export: it does not say which custom fields are hidden, and it "
                              "leaves out cards, identities and SSH keys. A password-protected JSON export "
                              "keeps them.")
                               .arg(fileName));
    const qsizetype headerSize = qsizetype(state.records.front().size());
    const size_t total = state.records.size();
    result.items.reserve(total - 1);
    for (size_t r = 1; r < total; ++r) {
        if (isCancelled()) {
            wipeState(state);
            return failure(Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName));
        }
        progress(50 + int(50 * r / total));
        const std::vector<QByteArray> &cells = state.records.at(r);
        const int line = state.recordLines.at(r);
        const auto cell = [&](const char *column) -> QByteArrayView {
            const qsizetype index = columns.value(QString::fromLatin1(column), -1);
            return index >= 0 && index < qsizetype(cells.size()) ? QByteArrayView(cells.at(size_t(index)))
                                                                 : QByteArrayView();
        };
        if (qsizetype(cells.size()) != headerSize) {
            result.warnings.append(tr("%1: line %2 has %3 values where the header has %4 columns; it was "
                                      "read by column position as far as it goes.")
                                       .arg(fileName)
                                       .arg(line)
                                       .arg(cells.size())
                                       .arg(headerSize));
        }
        VaultItem item;
        item.title = text(cell("name").toByteArray(), utf8);
        const QByteArray type = cell("type").trimmed().toByteArray().toLower();
        item.kind = type == "note" ? QStringLiteral("securenote") : QStringLiteral("login");
        if (organisation) {
            for (const QString &name : text(cell("collections").toByteArray(), utf8).split(u',')) {
                if (!name.trimmed().isEmpty()) {
                    item.folders.append(name.trimmed());
                }
            }
        } else if (!cell("folder").isEmpty()) {
            item.folders.append(text(cell("folder").toByteArray(), utf8));
        }
        if (item.kind == QLatin1StringView("login")) {
            addField(item, QStringLiteral("username"), VaultField::Type::Username, cell("login_username"),
                     utf8);
            addField(item, QStringLiteral("password"), VaultField::Type::Password, cell("login_password"),
                     utf8);
            addField(item, QStringLiteral("totp"), VaultField::Type::Totp, cell("login_totp"), utf8);
            // All URIs comma-joined in one cell (a URI that holds a comma is split too: the format
            // cannot tell).
            const QByteArrayView uris = cell("login_uri");
            for (qsizetype from = 0; from < uris.size();) {
                qsizetype comma = uris.indexOf(',', from);
                comma = comma < 0 ? uris.size() : comma;
                addField(item, QStringLiteral("uri"), VaultField::Type::Url,
                         uris.sliced(from, comma - from).trimmed(), utf8);
                from = comma + 1;
            }
        }
        addCustomFields(item, cell("fields"), utf8);
        addField(item, QStringLiteral("notes"), VaultField::Type::Note, cell("notes"), utf8);
        if (item.title.isEmpty() && item.fields.empty()) {
            continue; // an empty line of a spreadsheet
        }
        result.items.push_back(std::move(item));
    }
    wipeState(state);
    progress(100);
    return result;
}

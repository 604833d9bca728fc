#include "core/vault/OnePasswordCsvReader.h"

#include <QCoreApplication>

#include <csv.h>
#include <malloc.h>
#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OnePasswordCsvReader", text);
}

// libcsv keeps the field being read in a growing buffer: wipe every buffer it lets go (values are secrets).
void wipingFree(void *block)
{
    if (block) {
        sodium_memzero(block, malloc_usable_size(block));
        std::free(block);
    }
}

void *wipingRealloc(void *block, size_t size)
{
    void *fresh = std::malloc(size);
    if (!fresh) {
        return nullptr;
    }
    if (block) {
        std::memcpy(fresh, block, std::min(size, malloc_usable_size(block)));
        wipingFree(block);
    }
    return fresh;
}

int noSpace(unsigned char)
{
    return 0; // keep leading and trailing spaces: they are part of the value
}

enum class Column { Title, Url, Username, Password, OtpAuth, Favorite, Archived, Tags, Notes, Other };

Column columnOf(const QString &name)
{
    static constexpr std::pair<QLatin1StringView, Column> known[] = {
        {"Title"_L1, Column::Title},       {"Url"_L1, Column::Url},         {"Username"_L1, Column::Username},
        {"Password"_L1, Column::Password}, {"OTPAuth"_L1, Column::OtpAuth}, {"Favorite"_L1, Column::Favorite},
        {"Archived"_L1, Column::Archived}, {"Tags"_L1, Column::Tags},       {"Notes"_L1, Column::Notes},
    };
    for (const auto &[text, column] : known) {
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            return column;
        }
    }
    return Column::Other;
}

struct ParseState
{
    QString fileName;
    std::vector<SecureBuffer> row;
    QStringList header;
    std::vector<Column> columns;
    int line = 0;       // the line being fed
    int recordLine = 0; // the line the current record starts on
    bool atRecordStart = true;
    VaultExport result;
    std::optional<VaultError> error;

    void fail(const QString &message)
    {
        if (!error) {
            error = VaultError{VaultError::Kind::Corrupt, message};
        }
    }
    void endRecord();
    void readHeader();
    void readItem();
};

void onField(void *data, size_t size, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (state->error) {
        return;
    }
    state->row.push_back(SecureBuffer::fromBytes(
        QByteArrayView(static_cast<const char *>(data), static_cast<qsizetype>(size))));
}

void onRecord(int, void *context)
{
    auto *state = static_cast<ParseState *>(context);
    if (!state->error) {
        state->endRecord();
    }
    state->row.clear();
    state->atRecordStart = true;
}

void ParseState::endRecord()
{
    if (header.isEmpty()) {
        readHeader();
    } else {
        readItem();
    }
}

void ParseState::readHeader()
{
    for (const SecureBuffer &cell : row) {
        const QString name = QString::fromUtf8(cell.view()).trimmed();
        header.append(name);
        columns.push_back(columnOf(name));
    }
    if (std::find(columns.begin(), columns.end(), Column::Title) == columns.end()) {
        fail(QCoreApplication::translate(
                 "OnePasswordCsvReader",
                 "%1, line %2: the header has no Title column, so this is not a 1Password CSV export. "
                 "Export from 1Password 8 as CSV, or better as 1PUX (it keeps custom fields).")
                 .arg(fileName)
                 .arg(recordLine));
    }
}

void ParseState::readItem()
{
    if (row.size() != columns.size()) {
        fail(QCoreApplication::translate(
                 "OnePasswordCsvReader",
                 "%1, line %2: the row has %3 columns but the header has %4. A quote is probably missing "
                 "or extra; export the file again from 1Password instead of editing it.")
                 .arg(fileName)
                 .arg(recordLine)
                 .arg(row.size())
                 .arg(columns.size()));
        return;
    }
    VaultItem item;
    item.kind = u"login"_s;
    auto add = [&item](const QString &name, VaultField::Type type, SecureBuffer &value) {
        if (value.isEmpty()) {
            return;
        }
        VaultField field;
        field.name = name;
        field.type = type;
        field.value = std::move(value);
        item.fields.push_back(std::move(field));
    };
    for (size_t i = 0; i < row.size(); ++i) {
        SecureBuffer &cell = row[i];
        switch (columns[i]) {
        case Column::Title:
            item.title = QString::fromUtf8(cell.view());
            break;
        case Column::Url:
            add(u"website"_s, VaultField::Type::Url, cell);
            break;
        case Column::Username:
            add(u"username"_s, VaultField::Type::Username, cell);
            break;
        case Column::Password:
            add(u"password"_s, VaultField::Type::Password, cell);
            break;
        case Column::OtpAuth:
            add(u"one-time password"_s, VaultField::Type::Totp, cell);
            break;
        case Column::Favorite:
            break;
        case Column::Archived:
            item.archived =
                QString::fromUtf8(cell.view()).trimmed().compare("true"_L1, Qt::CaseInsensitive) == 0;
            break;
        case Column::Tags:
            for (const QString &tag : QString::fromUtf8(cell.view()).split(u';', Qt::SkipEmptyParts)) {
                if (!tag.trimmed().isEmpty()) {
                    item.tags.append(tag.trimmed());
                }
            }
            break;
        case Column::Notes:
            add(u"notes"_s, VaultField::Type::Note, cell);
            break;
        case Column::Other:
            add(header.at(static_cast<qsizetype>(i)), VaultField::Type::Text, cell);
            break;
        }
    }
    result.items.push_back(std::move(item));
}

/// The first line (1-based) of @p data that is not valid UTF-8, or 0 when all are.
int firstInvalidUtf8Line(QByteArrayView data)
{
    if (data.isValidUtf8()) {
        return 0;
    }
    int line = 0;
    qsizetype position = 0;
    while (position < data.size()) {
        ++line;
        qsizetype end = data.indexOf('\n', position);
        if (end < 0) {
            end = data.size();
        }
        if (!data.sliced(position, end - position).isValidUtf8()) {
            return line;
        }
        position = end + 1;
    }
    return line;
}

struct CsvParser
{
    csv_parser parser;
    bool initialised = false;
    CsvParser()
    {
        initialised = csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) == 0;
        if (initialised) {
            csv_set_space_func(&parser, noSpace);
            csv_set_realloc_func(&parser, wipingRealloc);
            csv_set_free_func(&parser, wipingFree);
        }
    }
    ~CsvParser()
    {
        if (initialised) {
            if (parser.entry_buf) {
                sodium_memzero(parser.entry_buf, parser.entry_size);
            }
            csv_free(&parser);
        }
    }
    CsvParser(const CsvParser &) = delete;
    CsvParser &operator=(const CsvParser &) = delete;
};

} // namespace

std::expected<VaultExport, VaultError>
OnePasswordCsvReader::read(QByteArrayView data, const QString &fileName, const VaultReadOptions &options)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    if (const int line = firstInvalidUtf8Line(data); line > 0) {
        return std::unexpected(
            VaultError{VaultError::Kind::Corrupt,
                       tr("%1, line %2: the text is not UTF-8 (the file was probably saved by a spreadsheet "
                          "program in another encoding). Export it again from 1Password and do not open "
                          "and save it in a spreadsheet.")
                           .arg(fileName)
                           .arg(line)});
    }
    CsvParser csv;
    if (!csv.initialised) {
        return std::unexpected(
            VaultError{VaultError::Kind::Unreadable,
                       tr("%1 cannot be read: the CSV reader could not start. Try again.").arg(fileName)});
    }
    ParseState state;
    state.fileName = fileName;
    state.result.format = VaultFormat::OnePasswordCsv;
    state.result.fileName = fileName;

    // Feed one line at a time so that every record knows the line it starts on.
    qsizetype position = 0;
    while (position < data.size() && !state.error) {
        if (options.cancel && options.cancel->load()) {
            return std::unexpected(
                VaultError{VaultError::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName)});
        }
        ++state.line;
        qsizetype end = data.indexOf('\n', position);
        end = end < 0 ? data.size() : end + 1;
        const QByteArrayView chunk = data.sliced(position, end - position);
        // libcsv skips empty lines between records (and only those: a line of spaces is a record).
        const bool emptyLine = chunk == "\n" || chunk == "\r\n" || chunk == "\r";
        if (state.atRecordStart && !emptyLine) {
            state.recordLine = state.line;
            state.atRecordStart = false;
        }
        const size_t fed = csv_parse(&csv.parser, chunk.data(), static_cast<size_t>(chunk.size()), onField,
                                     onRecord, &state);
        if (fed != static_cast<size_t>(chunk.size()) && !state.error) {
            state.fail(tr("%1, line %2: a quote is out of place (a field must be wholly in quotes, and a "
                          "quote inside it doubled). Export the file again from 1Password instead of "
                          "editing it.")
                           .arg(fileName)
                           .arg(state.line));
        }
        position = end;
        if (options.progress) {
            options.progress(static_cast<int>(100 * position / data.size()));
        }
    }
    if (!state.error && csv_fini(&csv.parser, onField, onRecord, &state) != 0 && !state.error) {
        state.fail(tr("%1, line %2: a quoted field is never closed. Export the file again from 1Password "
                      "instead of editing it.")
                       .arg(fileName)
                       .arg(state.recordLine));
    }
    if (state.error) {
        return std::unexpected(*state.error);
    }
    if (state.header.isEmpty()) {
        return std::unexpected(VaultError{VaultError::Kind::Corrupt,
                                          tr("%1 is empty: it has no header line. Export the vault again "
                                             "from 1Password.")
                                              .arg(fileName)});
    }
    return std::move(state.result);
}

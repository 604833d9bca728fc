#include "core/vault/OnePifReader.h"

#include "core/vault/OnePasswordFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OnePifReader", text);
}

constexpr QByteArrayView separator = "***5642bee8-a5ff-11dc-8314-0800200c9a66***";

/// One JSON record of the file and the line it starts on (1-based).
struct Record
{
    QByteArrayView text;
    int line = 0;
};

bool isSeparator(QByteArrayView line)
{
    return line.trimmed() == separator;
}

/// Splits @p data at separator lines. Lines between two separators form one record (1Password writes one
/// line per record, but a record split over lines is joined back by the JSON parser's whitespace rules).
std::vector<Record> records(QByteArrayView data)
{
    std::vector<Record> result;
    qsizetype start = -1; // byte where the current record starts
    int startLine = 0;
    int line = 0;
    qsizetype position = 0;
    auto close = [&](qsizetype end) {
        if (start >= 0) {
            const QByteArrayView text = data.sliced(start, end - start).trimmed();
            if (!text.isEmpty()) {
                result.push_back(Record{text, startLine});
            }
        }
        start = -1;
    };
    while (position < data.size()) {
        ++line;
        qsizetype end = data.indexOf('\n', position);
        if (end < 0) {
            end = data.size();
        }
        const QByteArrayView current = data.sliced(position, end - position);
        if (isSeparator(current)) {
            close(position);
        } else if (start < 0 && !current.trimmed().isEmpty()) {
            start = position;
            startLine = line;
        }
        position = end + 1;
    }
    close(data.size());
    return result;
}

} // namespace

std::expected<VaultExport, VaultError> OnePifReader::read(QByteArrayView data, const QString &fileName,
                                                          const VaultReadOptions &options)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    const std::vector<Record> parts = records(data);
    VaultExport result;
    result.format = VaultFormat::OnePassword1Pif;
    result.fileName = fileName;
    qsizetype done = 0;
    for (const Record &record : parts) {
        ++done;
        if (options.cancel && options.cancel->load()) {
            return std::unexpected(
                VaultError{VaultError::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(fileName)});
        }
        if (options.progress) {
            options.progress(static_cast<int>(100 * done / static_cast<qsizetype>(parts.size())));
        }
        QJsonParseError parseError;
        QByteArray json = record.text.toByteArray();
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        sodium_memzero(json.data(), static_cast<size_t>(json.size()));
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            const QString reason = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                : tr("not a JSON object");
            return std::unexpected(VaultError{
                VaultError::Kind::Corrupt,
                tr("%1, line %2: the item there is not valid 1PIF JSON (%3). Export the vault again from "
                   "1Password and choose the data.1pif file.")
                    .arg(fileName)
                    .arg(record.line)
                    .arg(reason)});
        }
        const QJsonObject object = document.object();
        const QString typeName = object.value("typeName"_L1).toString();
        // Folders, saved searches and tombstones are records too; trashed items are deleted ones.
        if (typeName.startsWith("system."_L1) || object.value("trashed"_L1).toBool()) {
            continue;
        }
        VaultItem item;
        item.id = object.value("uuid"_L1).toString();
        if (object.contains("secureContents"_L1) || object.contains("typeName"_L1)) {
            // Classic 1PIF (1Password 4-7 on macOS and Windows).
            item.title = object.value("title"_L1).toString();
            item.kind = OnePasswordFields::kindFromTypeName(typeName);
            item.tags =
                OnePasswordFields::strings(object.value("openContents"_L1).toObject().value("tags"_L1));
            OnePasswordFields::addDetails(object.value("secureContents"_L1).toObject(), item, fileName,
                                          result.warnings);
            OnePasswordFields::addWebsite(object.value("location"_L1).toString(), item);
        } else if (object.contains("overview"_L1) || object.contains("details"_L1)) {
            // Windows OPVault-style 1PIF: overview + details, category code.
            const QJsonObject overview = object.value("overview"_L1).toObject();
            item.title = overview.value("title"_L1).toString();
            item.kind = OnePasswordFields::kindFromCategory(object.value("category"_L1).toString());
            item.tags = OnePasswordFields::strings(overview.value("tags"_L1));
            OnePasswordFields::addDetails(object.value("details"_L1).toObject(), item, fileName,
                                          result.warnings);
            OnePasswordFields::addWebsite(overview.value("url"_L1).toString(), item);
        } else {
            result.warnings.append(tr("%1, line %2: a record that is neither an item nor a folder was left "
                                      "out.")
                                       .arg(fileName)
                                       .arg(record.line));
            continue;
        }
        result.items.push_back(std::move(item));
    }
    if (result.items.empty() && parts.empty()) {
        return std::unexpected(VaultError{VaultError::Kind::Corrupt,
                                          tr("%1 holds no 1PIF items. Export the vault again from 1Password "
                                             "and choose the data.1pif file inside the export folder.")
                                              .arg(fileName)});
    }
    return result;
}

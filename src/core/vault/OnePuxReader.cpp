#include "core/vault/OnePuxReader.h"

#include "core/vault/OnePasswordFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>
#include <zip.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unexpected<VaultError> failure(VaultError::Kind kind, const QString &message)
{
    return std::unexpected(VaultError{kind, message});
}

struct ZipDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct ZipFileClose
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
struct ZipSourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
struct ZipErrorFini
{
    zip_error_t error;
    ZipErrorFini() { zip_error_init(&error); }
    ~ZipErrorFini() { zip_error_fini(&error); }
    ZipErrorFini(const ZipErrorFini &) = delete;
    ZipErrorFini &operator=(const ZipErrorFini &) = delete;
    QString text() { return QString::fromLocal8Bit(zip_error_strerror(&error)); }
};

/// The plain export.data bytes, wiped when they go.
struct WipedBytes
{
    QByteArray bytes;
    WipedBytes() = default;
    WipedBytes(const WipedBytes &) = delete;
    WipedBytes &operator=(const WipedBytes &) = delete;
    ~WipedBytes()
    {
        if (!bytes.isEmpty()) {
            sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
        }
    }
};

bool cancelled(const VaultReadOptions &options)
{
    return options.cancel && options.cancel->load();
}

std::unexpected<VaultError> cancelledError(const QString &fileName)
{
    return failure(VaultError::Kind::Cancelled,
                   QCoreApplication::translate("OnePuxReader", "Reading %1 was cancelled.").arg(fileName));
}

void report(const VaultReadOptions &options, int percent)
{
    if (options.progress) {
        options.progress(percent);
    }
}

/// Inflates export.data into @p out, after checking the caps against the zip's directory and again while
/// inflating (a directory can lie).
std::expected<void, VaultError> extractExportData(QByteArrayView data, const QString &fileName,
                                                  const VaultReadOptions &options, WipedBytes &out)
{
    ZipErrorFini error;
    std::unique_ptr<zip_source_t, ZipSourceFree> source(
        zip_source_buffer_create(data.data(), static_cast<zip_uint64_t>(data.size()), 0, &error.error));
    if (!source) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1 cannot be opened as a zip archive (%2). Export the 1PUX file again from "
                           "1Password.")
                           .arg(fileName, error.text()));
    }
    std::unique_ptr<zip_t, ZipDiscard> archive(
        zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error.error));
    if (!archive) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1 is not a valid 1PUX file: the zip archive is damaged (%2). Export it again "
                           "from 1Password (File > Export) and choose the new file.")
                           .arg(fileName, error.text()));
    }
    (void)source.release(); // the archive owns it now

    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    if (entries > OnePuxReader::maxEntries) {
        return failure(VaultError::Kind::TooLarge,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1 holds %2 files, more than the %3 a 1PUX export may hold. Check that it is "
                           "the export file from 1Password; export fewer vaults at a time if it is.")
                           .arg(fileName)
                           .arg(entries)
                           .arg(OnePuxReader::maxEntries));
    }
    const zip_int64_t index = zip_name_locate(archive.get(), "export.data", 0);
    if (index < 0) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1 has no export.data inside, so it is not a 1PUX export. Export the vault "
                           "from 1Password as 1PUX and choose that file.")
                           .arg(fileName));
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        (stat.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: the size of export.data cannot be read; the file is damaged. Export it "
                           "again from 1Password.")
                           .arg(fileName));
    }
    const zip_uint64_t size = stat.size;
    if (size > static_cast<zip_uint64_t>(OnePuxReader::maxDataSize)) {
        return failure(VaultError::Kind::TooLarge,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data would be %2 MiB uncompressed, more than the %3 MiB Envsmith "
                           "reads. Export fewer vaults at a time from 1Password.")
                           .arg(fileName)
                           .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                           .arg(OnePuxReader::maxDataSize / (1024 * 1024)));
    }
    if (size > static_cast<zip_uint64_t>(OnePuxReader::ratioFloor) &&
        (stat.comp_size == 0 ||
         size / stat.comp_size > static_cast<zip_uint64_t>(OnePuxReader::maxCompressionRatio))) {
        return failure(VaultError::Kind::TooLarge,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data is compressed more than %2 to 1, which no real export is (a "
                           "\"zip bomb\"). It was not opened. Export the vault again from 1Password.")
                           .arg(fileName)
                           .arg(OnePuxReader::maxCompressionRatio));
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data is encrypted inside the zip, which 1Password never does. "
                           "Export the vault again from 1Password.")
                           .arg(fileName));
    }

    std::unique_ptr<zip_file_t, ZipFileClose> file(
        zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data cannot be opened (%2). Export the vault again from 1Password.")
                           .arg(fileName, QString::fromLocal8Bit(zip_strerror(archive.get()))));
    }
    // Read at most the size the directory gives, plus one chunk to notice when it lies.
    out.bytes.reserve(static_cast<qsizetype>(size));
    constexpr qsizetype chunk = 64 * 1024;
    char buffer[chunk];
    while (true) {
        if (cancelled(options)) {
            sodium_memzero(buffer, sizeof buffer);
            return std::unexpected(cancelledError(fileName).error());
        }
        const zip_int64_t read = zip_fread(file.get(), buffer, chunk);
        if (read < 0) {
            sodium_memzero(buffer, sizeof buffer);
            return failure(
                VaultError::Kind::Corrupt,
                QCoreApplication::translate(
                    "OnePuxReader", "%1: export.data is damaged (%2). Export the vault again from 1Password.")
                    .arg(fileName, QString::fromLocal8Bit(zip_file_strerror(file.get()))));
        }
        if (read == 0) {
            break;
        }
        if (static_cast<zip_uint64_t>(out.bytes.size()) + static_cast<zip_uint64_t>(read) > size) {
            sodium_memzero(buffer, sizeof buffer);
            return failure(VaultError::Kind::TooLarge,
                           QCoreApplication::translate(
                               "OnePuxReader",
                               "%1: export.data inflates to more than the size its zip directory gives. "
                               "The file was made to look small; it was not read. Export the vault again "
                               "from 1Password.")
                               .arg(fileName));
        }
        out.bytes.append(buffer, static_cast<qsizetype>(read));
        report(options, static_cast<int>(40 * out.bytes.size() /
                                         std::max<qsizetype>(1, static_cast<qsizetype>(size))));
    }
    sodium_memzero(buffer, sizeof buffer);
    if (static_cast<zip_uint64_t>(out.bytes.size()) != size) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data is shorter than its zip directory says; the file is truncated. "
                           "Export the vault again from 1Password.")
                           .arg(fileName));
    }
    return {};
}

} // namespace

bool OnePuxReader::isExportData(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    data = data.trimmed();
    if (!data.startsWith('{')) {
        return false;
    }
    return data.sliced(1).trimmed().startsWith("\"accounts\"");
}

std::expected<VaultExport, VaultError> OnePuxReader::read(QByteArrayView data, const QString &fileName,
                                                          const VaultReadOptions &options)
{
    WipedBytes exportData;
    QByteArrayView json;
    if (isExportData(data)) {
        // export.data taken out of its zip: the caller owns (and wipes) the bytes.
        if (data.size() > maxDataSize) {
            return failure(
                VaultError::Kind::TooLarge,
                QCoreApplication::translate(
                    "OnePuxReader",
                    "%1 is larger than the %2 MiB Envsmith reads as 1PUX export.data. Export fewer "
                    "vaults at a time from 1Password.")
                    .arg(fileName)
                    .arg(maxDataSize / (1024 * 1024)));
        }
        json = data;
    } else {
        if (auto extracted = extractExportData(data, fileName, options, exportData); !extracted) {
            return std::unexpected(extracted.error());
        }
        json = exportData.bytes;
    }

    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data is not valid JSON (%2 at byte %3). Export the vault again from "
                           "1Password.")
                           .arg(fileName, parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!document.isObject() || !document.object().value("accounts"_L1).isArray()) {
        return failure(VaultError::Kind::Corrupt,
                       QCoreApplication::translate(
                           "OnePuxReader",
                           "%1: export.data has no \"accounts\" list, so it is not a 1PUX export. Export "
                           "the vault from 1Password as 1PUX and choose that file.")
                           .arg(fileName));
    }

    const QJsonArray accounts = document.object().value("accounts"_L1).toArray();
    qsizetype total = 0;
    for (const QJsonValue &account : accounts) {
        for (const QJsonValue &vault : account.toObject().value("vaults"_L1).toArray()) {
            total += vault.toObject().value("items"_L1).toArray().size();
        }
    }

    VaultExport result;
    result.format = VaultFormat::OnePassword1Pux;
    result.fileName = fileName;
    qsizetype done = 0;
    for (const QJsonValue &account : accounts) {
        for (const QJsonValue &vaultValue : account.toObject().value("vaults"_L1).toArray()) {
            const QJsonObject vault = vaultValue.toObject();
            const QJsonObject attrs = vault.value("attrs"_L1).toObject();
            const QString vaultName = attrs.value("name"_L1).toString();
            int number = 0;
            for (const QJsonValue &itemValue : vault.value("items"_L1).toArray()) {
                ++number;
                ++done;
                if (cancelled(options)) {
                    return cancelledError(fileName);
                }
                report(options, 40 + static_cast<int>(60 * done / std::max<qsizetype>(1, total)));
                if (!itemValue.isObject()) {
                    result.warnings.append(
                        QCoreApplication::translate(
                            "OnePuxReader", "%1: item %2 in vault \"%3\" is not a JSON object and was left "
                                            "out.")
                            .arg(fileName)
                            .arg(number)
                            .arg(vaultName));
                    continue;
                }
                const QJsonObject object = itemValue.toObject();
                if (object.value("trashed"_L1).toBool()) {
                    continue;
                }
                const QJsonObject overview = object.value("overview"_L1).toObject();
                VaultItem item;
                item.id = object.value("uuid"_L1).toString();
                item.title = overview.value("title"_L1).toString();
                item.kind = OnePasswordFields::kindFromCategory(object.value("categoryUuid"_L1).toString());
                item.vault = vaultName;
                item.tags = OnePasswordFields::strings(overview.value("tags"_L1));
                item.archived = object.value("state"_L1).toString() == "archived"_L1;
                OnePasswordFields::addDetails(object.value("details"_L1).toObject(), item, fileName,
                                              result.warnings);
                OnePasswordFields::addWebsite(overview.value("url"_L1).toString(), item);
                result.items.push_back(std::move(item));
            }
        }
    }
    report(options, 100);
    return result;
}

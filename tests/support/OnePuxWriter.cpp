#include "OnePuxWriter.h"

#include <zip.h>

#include <memory>

namespace {

struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
struct ArchiveDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

} // namespace

void OnePuxWriter::addEntry(const QString &name, const QByteArray &content, bool deflate)
{
    m_entries.push_back(Entry{name.toUtf8(), content, deflate});
}

void OnePuxWriter::addExport(const QByteArray &exportData)
{
    addEntry(
        QStringLiteral("export.attributes"),
        QByteArrayLiteral(R"({"version":3,"description":"1Password Unencrypted Export","createdAt":1})"));
    addEntry(QStringLiteral("export.data"), exportData);
    addEntry(QStringLiteral("files/"), QByteArray());
}

QByteArray OnePuxWriter::toZip(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return QByteArray();
    };
    zip_error_t zipError;
    zip_error_init(&zipError);
    std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &zipError));
    if (!buffer) {
        zip_error_fini(&zipError);
        return fail(QStringLiteral("zip_source_buffer_create failed"));
    }
    zip_source_keep(buffer.get()); // stays ours after zip_close so the bytes can be read back
    std::unique_ptr<zip_t, ArchiveDiscard> archive(
        zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zipError));
    if (!archive) {
        const QString message = QString::fromLocal8Bit(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        zip_source_free(buffer.get()); // the reference zip_open_from_source did not take
        return fail(message);
    }
    zip_error_fini(&zipError);
    for (const Entry &entry : m_entries) {
        zip_int64_t index = -1;
        if (entry.name.endsWith('/')) {
            index = zip_dir_add(archive.get(), entry.name.chopped(1).constData(), ZIP_FL_ENC_UTF_8);
        } else {
            zip_source_t *source = zip_source_buffer(archive.get(), entry.content.constData(),
                                                     static_cast<zip_uint64_t>(entry.content.size()), 0);
            if (!source) {
                return fail(QString::fromLocal8Bit(zip_strerror(archive.get())));
            }
            index = zip_file_add(archive.get(), entry.name.constData(), source,
                                 ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
            if (index < 0) {
                zip_source_free(source);
                return fail(QString::fromLocal8Bit(zip_strerror(archive.get())));
            }
            zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index),
                                     entry.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        }
        if (index < 0) {
            return fail(QString::fromLocal8Bit(zip_strerror(archive.get())));
        }
    }
    if (zip_close(archive.get()) != 0) {
        return fail(QString::fromLocal8Bit(zip_strerror(archive.get())));
    }
    (void)archive.release(); // zip_close freed it
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0) {
        return fail(QStringLiteral("cannot read the zip back"));
    }
    QByteArray bytes(static_cast<qsizetype>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != static_cast<zip_int64_t>(stat.size)) {
        return fail(QStringLiteral("short read of the zip"));
    }
    return bytes;
}

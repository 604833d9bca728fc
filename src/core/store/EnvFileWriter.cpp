#include "core/store/EnvFileWriter.h"

#include "core/store/PrivateFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kTempInfix(".envsmith-tmp-");
constexpr QLatin1StringView kBackupInfix(".envsmith-backup-");

/// Wipes a QByteArray holding old file content (a secret) before it is freed.
class WipedBytes
{
public:
    ~WipedBytes()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    QByteArray bytes;
};

bool isDiskFull(int code)
{
#ifdef EDQUOT
    if (code == EDQUOT)
        return true;
#endif
    return code == ENOSPC;
}

/// The message for a failure to create, write or rename a file inside @p folder.
QString describeFailure(int code, const QString &path, const QString &folder)
{
    const QString system = qt_error_string(code);
    if (code == EACCES || code == EPERM || code == EROFS) {
        return QCoreApplication::translate(
                   "EnvFileWriter",
                   "Cannot write %1: the folder %2 is read-only for you (%3). Make it writable (or run "
                   "Envsmith as the folder's owner), or choose another location.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder), system);
    }
    if (isDiskFull(code)) {
        return QCoreApplication::translate(
                   "EnvFileWriter",
                   "Cannot write %1: the disk or your quota is full (%2). Free some space and try again; the "
                   "existing file was not changed.")
            .arg(QDir::toNativeSeparators(path), system);
    }
    if (code == ENOENT) {
        return QCoreApplication::translate("EnvFileWriter", "Cannot write %1: the folder %2 does not exist "
                                                            "(%3). Create it or choose another location.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder), system);
    }
    return QCoreApplication::translate(
               "EnvFileWriter",
               "Cannot write %1 (%2). The existing file was not changed; fix the cause and try again.")
        .arg(QDir::toNativeSeparators(path), system);
}

/// A random suffix for temporary names (not secret; only needs to be hard to guess and collide).
QString randomSuffix()
{
    unsigned char bytes[6];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

/// Writes @p bytes to the new @p file, syncs and closes it; the errno of the first failure.
int writePrivate(PrivateFile &file, QByteArrayView bytes)
{
    int code = file.write(bytes);
    if (code == 0)
        code = file.sync();
    const int closeCode = file.close();
    return code != 0 ? code : closeCode;
}

struct Created
{
    QString path;
    int code = 0;
};

enum class Naming { RandomSuffix, NumberWhenTaken };

/// Creates, writes and syncs a new private file named @p base + a random suffix, or @p base (then
/// `base-1`, `base-2`, ... when taken). A file that could not be written completely is removed.
Created createUnique(const QString &base, QByteArrayView bytes, Naming naming)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString path = base;
        if (naming == Naming::RandomSuffix)
            path += randomSuffix();
        else if (attempt > 0)
            path += u'-' + QString::number(attempt);
        std::expected<PrivateFile, int> file = PrivateFile::create(path);
        if (!file) {
            if (file.error() == EEXIST)
                continue;
            return {path, file.error()};
        }
        const int code = writePrivate(*file, bytes);
        if (code != 0) {
            QFile::remove(path);
            return {path, code};
        }
        return {path, 0};
    }
    return {base, EEXIST};
}

} // namespace

std::expected<EnvFileWriter::Result, QString> EnvFileWriter::write(const QString &path, QByteArrayView bytes,
                                                                   const Options &options)
{
    const QFileInfo target(path);
    const QString absolutePath = target.absoluteFilePath();
    const QString folder = target.absolutePath();
    const QString nativePath = QDir::toNativeSeparators(absolutePath);

    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvFileWriter", "Cannot write %1: the folder %2 does not exist. Create it or choose another "
                                 "location.")
                .arg(nativePath, QDir::toNativeSeparators(folder)));
    }
    if (!folderInfo.isDir()) {
        return std::unexpected(
            QCoreApplication::translate("EnvFileWriter", "Cannot write %1: %2 is not a folder.")
                .arg(nativePath, QDir::toNativeSeparators(folder)));
    }

    const bool isLink = target.isSymLink();
    if (isLink && !options.replaceSymlink) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvFileWriter",
                "Refusing to write %1: it is a symbolic link (to %2). Replace the link with a regular file "
                "yourself, or allow replacing it (the file it points to is left unchanged).")
                .arg(nativePath, QDir::toNativeSeparators(target.symLinkTarget())));
    }
    if (!isLink && target.isDir()) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvFileWriter", "Cannot write %1: it is a folder. Move it away or choose another file name.")
                .arg(nativePath));
    }

    // What is there now (through the link when replacing one, as that is what a reader saw).
    const bool exists = target.exists();
    WipedBytes current;
    if (exists) {
        QFile file(absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(QCoreApplication::translate(
                                       "EnvFileWriter",
                                       "Cannot read the existing %1 (%2). Check its permissions; it was not "
                                       "changed.")
                                       .arg(nativePath, file.errorString()));
        }
        current.bytes = file.readAll();
    }
    if (options.expectAbsent && (exists || isLink)) {
        return std::unexpected(
            QCoreApplication::translate(
                "EnvFileWriter", "%1 was created by someone else since Envsmith looked. Review it, then run "
                                 "again; it was not changed.")
                .arg(nativePath));
    }
    if (options.expectedCurrent) {
        const QByteArray &expected = *options.expectedCurrent;
        const bool same =
            exists && current.bytes.size() == expected.size() &&
            (expected.isEmpty() || sodium_memcmp(current.bytes.constData(), expected.constData(),
                                                 static_cast<size_t>(expected.size())) == 0);
        if (!same) {
            return std::unexpected(QCoreApplication::translate(
                                       "EnvFileWriter",
                                       "%1 was changed or removed by someone else since Envsmith read it. "
                                       "Review it, then run again; it was not changed.")
                                       .arg(nativePath));
        }
    }

    // 1. The new content, private from the first byte, next to the target (same filesystem for rename).
    const Created temp = createUnique(absolutePath + kTempInfix, bytes, Naming::RandomSuffix);
    if (temp.code != 0)
        return std::unexpected(describeFailure(temp.code, absolutePath, folder));

    // 2. The old content, if asked and if there is any.
    Result result;
    // Identical content replaces nothing: no backup (re-running setup must not pile up copies).
    result.contentUnchanged = exists && current.bytes.size() == bytes.size() &&
                              (bytes.isEmpty() || sodium_memcmp(current.bytes.constData(), bytes.constData(),
                                                                static_cast<size_t>(bytes.size())) == 0);
    if (options.backupExisting && exists && !result.contentUnchanged) {
        const QString base =
            absolutePath + kBackupInfix + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        const Created backup = createUnique(base, current.bytes, Naming::NumberWhenTaken);
        if (backup.code != 0) {
            QFile::remove(temp.path);
            return std::unexpected(describeFailure(backup.code, backup.path, folder));
        }
        result.backupPath = backup.path;
    }

    // 3. Swap it in, then make the rename durable.
    if (const int code = PrivateFile::rename(temp.path, absolutePath); code != 0) {
        QFile::remove(temp.path);
        if (!result.backupPath.isEmpty())
            QFile::remove(result.backupPath);
        return std::unexpected(describeFailure(code, absolutePath, folder));
    }
    if (const int code = PrivateFile::syncDirectory(folder); code != 0) {
        return std::unexpected(QCoreApplication::translate(
                                   "EnvFileWriter",
                                   "%1 was written, but the folder %2 could not be flushed to disk (%3): the "
                                   "change may be lost if the computer crashes now. Check the disk.")
                                   .arg(nativePath, QDir::toNativeSeparators(folder), qt_error_string(code)));
    }
    return result;
}

QString EnvFileWriter::backupPattern(const QString &fileName)
{
    return fileName + kBackupInfix + u'*';
}

QString EnvFileWriter::temporaryPattern(const QString &fileName)
{
    return fileName + kTempInfix + u'*';
}

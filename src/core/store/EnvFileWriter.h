#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <expected>
#include <optional>

/// Writes a secret file (a `.env`) atomically and private from the first byte: a temporary file in the
/// same folder is created with mode 0600 (open with O_CREAT|O_EXCL, never a wider moment), written,
/// fsync'ed and renamed over the target; the folder is fsync'ed too. QSaveFile is not used because on
/// Qt 6.4 it creates new files 0644 until a later chmod.
///
/// The file being replaced stays recoverable: with Options::backupExisting it is first copied to
/// `<path>.envsmith-backup-<yyyyMMdd-HHmmss>` (mode 0600; `.gitignore` covers the pattern).
class EnvFileWriter
{
public:
    struct Options
    {
        /// Copy an existing file to a backup before replacing it.
        bool backupExisting = true;
        /// Replace the target even when it is a symbolic link (the link is replaced by a regular file;
        /// what it pointed to is untouched). Without it a symlinked target is refused.
        bool replaceSymlink = false;
        /// When set, the write is refused if the file's current bytes differ (changed behind our back).
        /// An absent file is expected when this holds an empty optional inside (use `expectAbsent`).
        std::optional<QByteArray> expectedCurrent;
        bool expectAbsent = false;
    };
    struct Result
    {
        /// The backup's path, empty when nothing was replaced (no old file, or the same bytes).
        QString backupPath;
        /// The file already held exactly these bytes (it was rewritten only to make sure of its mode).
        bool contentUnchanged = false;
    };

    /// Writes @p bytes to @p path. Errors name the path and the cause (read-only folder, symlink, changed
    /// behind our back, disk full) and what to do; the target is left as it was on any error.
    static std::expected<Result, QString> write(const QString &path, QByteArrayView bytes,
                                                const Options &options);
    /// The glob pattern matching backups of @p fileName, for `.gitignore` (e.g. `.env.envsmith-backup-*`).
    static QString backupPattern(const QString &fileName);
    /// The glob pattern matching the temporary file of a write in progress (`.env.envsmith-tmp-*`): it
    /// holds the new content (mode 0600) and is left behind only if the process dies mid-write, so
    /// `.gitignore` should cover it as well.
    static QString temporaryPattern(const QString &fileName);
};

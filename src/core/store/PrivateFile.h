#pragma once

#include <QByteArrayView>
#include <QString>

#include <expected>
#include <functional>

/// The platform file: the only place in core that calls the operating system's file API directly
/// (POSIX on Linux and macOS; on Windows every call fails with ENOSYS until a Windows implementation
/// exists). Error codes are errno values (`<cerrno>`); 0 means success.
///
/// A PrivateFile is a new file open for writing, created exclusively (O_CREAT|O_EXCL, never following a
/// symlink) with mode 0600, so nobody else can read it from the first byte, whatever the umask. The
/// descriptor is closed (without removing the file) when the object goes away.
class PrivateFile
{
public:
    PrivateFile() = default;
    ~PrivateFile();
    PrivateFile(PrivateFile &&other) noexcept;
    PrivateFile &operator=(PrivateFile &&other) noexcept;
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    /// Creates @p path; EEXIST when anything (even a dangling symlink) is already there.
    static std::expected<PrivateFile, int> create(const QString &path);

    /// Writes all of @p bytes (retrying short writes and EINTR); the errno of the first failure.
    int write(QByteArrayView bytes);
    /// Flushes the file's data and metadata to the device (fsync).
    int sync();
    /// Closes the descriptor; the errno of close() (which can report a deferred write error).
    int close();
    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    /// Atomically replaces @p to with @p from (rename(2); a symlink at @p to is replaced, not followed).
    static int rename(const QString &from, const QString &to);
    /// Flushes the folder @p dirPath, so a rename inside it survives a crash. Filesystems that cannot
    /// sync a folder (EINVAL) count as success.
    static int syncDirectory(const QString &dirPath);

    /// Test seams. @p hook runs right after open() created a file (before anything else touches it), with
    /// its path (tests with umask 0 look at its mode
    /// at that moment). With a non-zero @p code every write() fails with that errno (disk full cannot
    /// be caused for real everywhere). Pass {} / 0 to reset.
    static void setCreatedHookForTesting(std::function<void(const QString &path)> hook);
    static void setWriteFailureForTesting(int code);

private:
    PrivateFile(int fd, QString path) : m_fd(fd), m_path(std::move(path)) {}

    int m_fd = -1;
    QString m_path;
};

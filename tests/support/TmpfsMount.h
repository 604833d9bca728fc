#pragma once

#include <QString>

/// Mounts a small tmpfs on an existing empty folder for the lifetime of the object, so a test can cause
/// real "disk full" (ENOSPC) or "read-only file system" (EROFS) errors. Needs root (or CAP_SYS_ADMIN);
/// when mounting is not permitted, isMounted() is false and errorString() says why (tests QSKIP then).
/// Linux only.
class TmpfsMount
{
public:
    /// @p sizeBytes is the filesystem's capacity; @p readOnly mounts it read-only.
    TmpfsMount(const QString &folder, qint64 sizeBytes, bool readOnly = false);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString errorString() const { return m_error; }
    /// Switches the mounted filesystem to read-only or back (remount).
    bool setReadOnly(bool readOnly);

private:
    QString m_folder;
    qint64 m_size = 0;
    bool m_mounted = false;
    QString m_error;
};

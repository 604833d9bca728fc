#include "core/store/PrivateFile.h"

#include <QFile>

#include <cerrno>
#include <utility>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

std::function<void(const QString &)> &createdHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

int &writeFailure()
{
    static int code = 0;
    return code;
}

} // namespace

void PrivateFile::setCreatedHookForTesting(std::function<void(const QString &)> hook)
{
    createdHook() = std::move(hook);
}

void PrivateFile::setWriteFailureForTesting(int code)
{
    writeFailure() = code;
}

PrivateFile::PrivateFile(PrivateFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path))
{
}

PrivateFile &PrivateFile::operator=(PrivateFile &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

PrivateFile::~PrivateFile()
{
    close();
}

#if defined(Q_OS_UNIX)

std::expected<PrivateFile, int> PrivateFile::create(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW,
                    S_IRUSR | S_IWUSR);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return std::unexpected(errno);
    if (createdHook())
        createdHook()(path); // before fchmod: a test with umask 0 sees the mode open() gave the file
    // The umask can only have narrowed 0600; make it exactly 0600 so the owner can read the file back.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const int code = errno;
        ::close(fd);
        ::unlink(native.constData());
        return std::unexpected(code);
    }
    return PrivateFile(fd, path);
}

int PrivateFile::write(QByteArrayView bytes)
{
    if (m_fd < 0)
        return EBADF;
    if (writeFailure() != 0)
        return writeFailure();
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        data += written;
        left -= written;
    }
    return 0;
}

int PrivateFile::sync()
{
    if (m_fd < 0)
        return EBADF;
    return ::fsync(m_fd) == 0 ? 0 : errno;
}

int PrivateFile::close()
{
    if (m_fd < 0)
        return 0;
    const int rc = ::close(std::exchange(m_fd, -1));
    // After close() the descriptor is released even on EINTR (Linux); report only real errors.
    return rc == 0 || errno == EINTR ? 0 : errno;
}

int PrivateFile::rename(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0 ? 0 : errno;
}

int PrivateFile::syncDirectory(const QString &dirPath)
{
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int code = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    if (code == EINVAL)
        code = 0;
    return code;
}

#else // no implementation yet for this platform: fail clearly rather than write a readable file

std::expected<PrivateFile, int> PrivateFile::create(const QString &)
{
    return std::unexpected(ENOSYS);
}

int PrivateFile::write(QByteArrayView)
{
    return ENOSYS;
}

int PrivateFile::sync()
{
    return ENOSYS;
}

int PrivateFile::close()
{
    m_fd = -1;
    return 0;
}

int PrivateFile::rename(const QString &, const QString &)
{
    return ENOSYS;
}

int PrivateFile::syncDirectory(const QString &)
{
    return ENOSYS;
}

#endif

#include "TmpfsMount.h"

#include <QFile>

#if defined(__linux__)
#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#endif

using namespace Qt::StringLiterals;

#if defined(__linux__)

TmpfsMount::TmpfsMount(const QString &folder, qint64 sizeBytes, bool readOnly)
    : m_folder(folder), m_size(sizeBytes)
{
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0755";
    const unsigned long flags = MS_NOSUID | MS_NODEV | MS_NOEXEC | (readOnly ? MS_RDONLY : 0);
    if (::mount("envsmith-test", QFile::encodeName(folder).constData(), "tmpfs", flags,
                options.constData()) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_mounted = true;
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

bool TmpfsMount::setReadOnly(bool readOnly)
{
    if (!m_mounted)
        return false;
    const QByteArray options = "size=" + QByteArray::number(m_size);
    const unsigned long flags = MS_REMOUNT | MS_NOSUID | MS_NODEV | MS_NOEXEC | (readOnly ? MS_RDONLY : 0);
    return ::mount("envsmith-test", QFile::encodeName(m_folder).constData(), "tmpfs", flags,
                   options.constData()) == 0;
}

#else

TmpfsMount::TmpfsMount(const QString &folder, qint64 sizeBytes, bool) : m_folder(folder), m_size(sizeBytes)
{
    m_error = u"tmpfs mounts are only available on Linux"_s;
}

TmpfsMount::~TmpfsMount() = default;

bool TmpfsMount::setReadOnly(bool)
{
    return false;
}

#endif

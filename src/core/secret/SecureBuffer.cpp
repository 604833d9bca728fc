#include "core/secret/SecureBuffer.h"

#include "core/secret/SecureArena.h"
#include "core/secret/SodiumRuntime.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <utility>

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size <= 0)
        return;
    if (!SodiumRuntime::ensureInitialized())
        std::abort(); // no safe place for a secret: see the class comment
    if (size <= SecureArena::maxBlockSize) {
        m_data = static_cast<char *>(SecureArena::instance().allocate(size)); // zero-filled
    } else {
        m_data = static_cast<char *>(sodium_malloc(static_cast<size_t>(size)));
        if (!m_data)
            std::abort();
        sodium_memzero(m_data, static_cast<size_t>(size)); // sodium_malloc fills with 0xdb
    }
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(buffer.m_data, bytes.data(), static_cast<size_t>(bytes.size()));
    return buffer;
}

SecureBuffer SecureBuffer::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8(); // a fresh, unshared array: wiping it wipes the only copy
    SecureBuffer buffer = fromBytes(utf8);
    if (!utf8.isEmpty())
        sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return buffer;
}

SecureBuffer SecureBuffer::clone() const
{
    return fromBytes(view());
}

QString SecureBuffer::toString() const
{
    return QString::fromUtf8(m_data, m_size);
}

QByteArray SecureBuffer::toByteArray() const
{
    return QByteArray(m_data, m_size);
}

bool SecureBuffer::equals(QByteArrayView other) const
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), static_cast<size_t>(m_size)) == 0;
}

void SecureBuffer::release()
{
    if (m_data && m_size <= SecureArena::maxBlockSize)
        SecureArena::instance().release(m_data, m_size); // wiped before reuse
    else if (m_data)
        sodium_free(m_data); // zeroes the memory before unmapping it
    m_data = nullptr;
    m_size = 0;
}

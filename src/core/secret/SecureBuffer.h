#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Holds the bytes of one secret value in libsodium guarded memory (sodium_malloc: guard pages, a
/// canary, mlock'ed where RLIMIT_MEMLOCK allows, excluded from core dumps, zeroed on free). Values of up
/// to SecureArena::maxBlockSize bytes share guarded chunks (SecureArena) instead of a mapping each.
///
/// Move-only: copying a secret is explicit (clone()). Text is UTF-8. size() is in bytes. An empty buffer
/// allocates nothing. Allocation failure (out of memory, sodium_init failure) aborts the process, as a
/// secret that cannot be held safely must not be held at all.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    /// A zero-filled buffer of @p size bytes.
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    /// Copies @p bytes into guarded memory. The caller wipes its own copy if it owns one.
    static SecureBuffer fromBytes(QByteArrayView bytes);
    /// Encodes @p text as UTF-8 into guarded memory (the temporary UTF-8 array is wiped).
    static SecureBuffer fromUtf8(QStringView text);

    SecureBuffer clone() const;
    char *data() { return m_data; }
    const char *constData() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// A view of the bytes; valid while this buffer lives and is not moved from.
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }
    /// The value as QString, for the widget edge only (the QString is an unwiped heap copy).
    QString toString() const;
    /// The value as a plain QByteArray, for the file or keychain write edge only (an unwiped heap copy).
    QByteArray toByteArray() const;
    /// Constant-time comparison (sodium_memcmp) when the sizes are equal.
    bool equals(QByteArrayView other) const;
    bool equals(const SecureBuffer &other) const { return equals(other.view()); }

private:
    void release();

    char *m_data = nullptr;
    qsizetype m_size = 0;
};

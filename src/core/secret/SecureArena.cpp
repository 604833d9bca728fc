#include "core/secret/SecureArena.h"

#include "core/secret/SodiumRuntime.h"

#include <sodium.h>

#include <cstdlib>

SecureArena &SecureArena::instance()
{
    static SecureArena *arena = new SecureArena(); // reachable for the whole run; never destroyed
    return *arena;
}

std::size_t SecureArena::classOf(qsizetype size)
{
    std::size_t sizeClass = 0;
    while (classSize(sizeClass) < std::size_t(size)) {
        ++sizeClass;
    }
    return sizeClass;
}

void *SecureArena::allocate(qsizetype size)
{
    if (size <= 0 || size > maxBlockSize) {
        std::abort();
    }
    const std::size_t sizeClass = classOf(size);
    const std::size_t bytes = classSize(sizeClass);
    const std::lock_guard lock(m_mutex);
    std::vector<void *> &freeList = m_free[sizeClass];
    if (!freeList.empty()) {
        void *block = freeList.back();
        freeList.pop_back();
        return block; // wiped when it was released
    }
    if (m_used + bytes > chunkSize) {
        if (!SodiumRuntime::ensureInitialized()) {
            std::abort();
        }
        auto *chunk = static_cast<unsigned char *>(sodium_malloc(chunkSize));
        if (chunk == nullptr) {
            std::abort();
        }
        sodium_memzero(chunk, chunkSize); // sodium_malloc fills with 0xdb
        m_chunks.push_back(chunk);
        m_used = 0;
    }
    void *block = m_chunks.back() + m_used;
    m_used += bytes;
    return block;
}

void SecureArena::release(void *block, qsizetype size)
{
    if (block == nullptr || size <= 0 || size > maxBlockSize) {
        return;
    }
    const std::size_t sizeClass = classOf(size);
    sodium_memzero(block, classSize(sizeClass));
    const std::lock_guard lock(m_mutex);
    m_free[sizeClass].push_back(block);
}

std::size_t SecureArena::chunkCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_chunks.size();
}

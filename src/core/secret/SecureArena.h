#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <mutex>
#include <vector>

/// Guarded memory for the small values SecureBuffer holds. A separate sodium_malloc per value costs about
/// four memory mappings and tens of microseconds, so a 5,000-item vault export (10,000+ values) ran into
/// `vm.max_map_count` (65,530) and spent most of its time in mmap. The arena takes 256 KiB chunks from
/// sodium_malloc (guard pages around the chunk, mlock'ed where RLIMIT_MEMLOCK allows, excluded from core
/// dumps) and hands out blocks of 16 to 4,096 bytes (power-of-two size classes) from them.
///
/// Blocks are zero-filled when handed out and wiped (sodium_memzero) when returned; returned blocks are
/// reused, chunks are kept for the life of the process. Unlike a lone sodium_malloc, a block has no guard
/// page of its own: an overflow would reach a neighbouring secret, not unmapped memory. Thread-safe (one
/// mutex). Allocation failure aborts, as SecureBuffer does.
class SecureArena
{
public:
    /// The largest block the arena serves; larger values get their own sodium_malloc.
    static constexpr qsizetype maxBlockSize = 4096;
    /// Bytes taken from sodium_malloc at a time.
    static constexpr std::size_t chunkSize = 256 * 1024;

    /// The process-wide arena (never destroyed, so values freed during static destruction stay safe).
    static SecureArena &instance();

    /// A zero-filled block of at least @p size bytes (1..maxBlockSize).
    void *allocate(qsizetype size);
    /// Wipes and returns a block that allocate(@p size) gave.
    void release(void *block, qsizetype size);

    /// Chunks taken so far (for tests and benchmarks).
    std::size_t chunkCount() const;

private:
    SecureArena() = default;
    static constexpr std::size_t classCount = 9; // 16, 32, ..., 4096
    static std::size_t classOf(qsizetype size);
    static std::size_t classSize(std::size_t sizeClass) { return std::size_t(16) << sizeClass; }

    mutable std::mutex m_mutex;
    std::array<std::vector<void *>, classCount> m_free;
    std::vector<unsigned char *> m_chunks;
    std::size_t m_used = chunkSize; // bytes used in the newest chunk (full: none yet)
};

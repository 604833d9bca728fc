#include "core/hygiene/HyperscanHandles.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace {

// Each block starts with a header holding its size, so the free function can wipe the whole block.
// 64 bytes keep the returned pointer 64-byte aligned (Hyperscan needs at least 16 for databases).
constexpr size_t kHeader = 64;

void *wipingAlloc(size_t size)
{
    void *block = nullptr;
    if (posix_memalign(&block, kHeader, kHeader + size) != 0)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    return static_cast<char *>(block) + kHeader;
}

void wipingFree(void *pointer)
{
    if (!pointer)
        return;
    char *block = static_cast<char *>(pointer) - kHeader;
    size_t size = 0;
    std::memcpy(&size, block, sizeof size);
    sodium_memzero(block, kHeader + size);
    std::free(block);
}

} // namespace

void installWipingHyperscanAllocator()
{
    static std::once_flag once;
    std::call_once(once, [] { hs_set_allocator(wipingAlloc, wipingFree); });
}

void freeHyperscanMisc(void *pointer)
{
    wipingFree(pointer);
}

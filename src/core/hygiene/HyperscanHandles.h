#pragma once

// Private to envsmith_hygiene (Hyperscan is linked privately): include only from .cpp files.

#include <hs/hs.h>

#include <memory>

/// Owners of Hyperscan's C objects (RAII): a compiled database and a scratch space.
struct HyperscanDatabaseDeleter
{
    void operator()(hs_database_t *database) const { hs_free_database(database); }
};
using HyperscanDatabase = std::unique_ptr<hs_database_t, HyperscanDatabaseDeleter>;

struct HyperscanScratchDeleter
{
    void operator()(hs_scratch_t *scratch) const { hs_free_scratch(scratch); }
};
using HyperscanScratch = std::unique_ptr<hs_scratch_t, HyperscanScratchDeleter>;

struct HyperscanCompileErrorDeleter
{
    void operator()(hs_compile_error_t *error) const { hs_free_compile_error(error); }
};
using HyperscanCompileError = std::unique_ptr<hs_compile_error_t, HyperscanCompileErrorDeleter>;

/// Makes every Hyperscan allocation (databases, scratch, compile errors) go through an allocator that
/// zeroes memory before freeing it, because the exact-value database holds values. Idempotent.
void installWipingHyperscanAllocator();

/// Frees memory Hyperscan handed out through its misc allocator (hs_expression_info()'s info,
/// hs_serialize_database()'s bytes) once installWipingHyperscanAllocator() has run.
void freeHyperscanMisc(void *pointer);

/// Owner of a block from Hyperscan's misc allocator.
template <typename T> struct HyperscanMiscDeleter
{
    void operator()(T *pointer) const { freeHyperscanMisc(pointer); }
};
template <typename T> using HyperscanMisc = std::unique_ptr<T, HyperscanMiscDeleter<T>>;

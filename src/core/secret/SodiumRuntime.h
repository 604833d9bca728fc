#pragma once

/// Initialises libsodium once per process (sodium_init). Thread-safe; cheap after the first call.
class SodiumRuntime
{
public:
    /// True when libsodium is ready; false only when sodium_init() failed (no usable randomness).
    static bool ensureInitialized();
};

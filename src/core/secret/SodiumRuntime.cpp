#include "core/secret/SodiumRuntime.h"

#include <sodium.h>

bool SodiumRuntime::ensureInitialized()
{
    // sodium_init() returns 0 on first success, 1 when already initialised, -1 on failure. A function-local
    // static is initialised exactly once even with concurrent callers.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

#pragma once

/// Start-up hardening (DESIGN.md §10): no core dumps (RLIMIT_CORE 0) and not dumpable/ptrace-attachable
/// by the same user (PR_SET_DUMPABLE 0), so a crash never writes secret values to disk. The only POSIX-
/// specific code of the application's start; a no-op elsewhere.
class ProcessHardening
{
public:
    /// Applies the limits; returns false when one could not be set (start-up continues; the caller warns).
    static bool apply();
};

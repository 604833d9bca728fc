#pragma once

/// Exit codes of every `envsmith` command (documented in `envsmith --help` and the README).
enum class ExitCode : int {
    Success = 0,    ///< done; for `check`: no finding of severity error
    Findings = 1,   ///< `check`: at least one finding of severity error
    Usage = 2,      ///< bad command line, or a confirmation was needed and --yes was not given
    Failed = 3,     ///< could not start or nothing was written (no template, unreadable .env, ...)
    Incomplete = 4, ///< `.env` was written but a later step failed (e.g. the keychain); `sync`: something
                    ///< was left for the user (an unresolved variable, a conflict kept); `check`, `scan`:
                    ///< no error finding, but something could not be checked or scanned
    Cancelled = 5   ///< the user answered no
};

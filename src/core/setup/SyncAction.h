#pragma once

#include <QString>

/// What a vault sync does for one variable (issue 5 §3). Only Add, Update and a Conflict the user
/// resolved for the vault write anything.
enum class SyncAction {
    Add,        ///< the vault has a value, `.env` has none (empty or the template's placeholder)
    Update,     ///< `.env` still holds what the last sync wrote; the vault's value changed
    Unchanged,  ///< `.env` already holds the vault's value
    Conflict,   ///< `.env` differs from the vault and from what the last sync wrote (or there was none):
                ///< kept unless the user takes the vault's value
    VaultOnly,  ///< in the vault (scope) with a variable-like name, but not a template variable: not written
    LocalOnly,  ///< a template variable the vault does not provide: left as it is
    Skipped,    ///< a per-developer generated secret (never overwritten by a sync), or empty in the vault
    Unresolved, ///< ambiguous match, or an `op://`/`@vault` entry that is malformed or not in the export
};

/// The action's short name for lists and JSON: "add", "update", "unchanged", "conflict", "vault-only",
/// "local-only", "skipped", "unresolved" (not translated: stable for scripts).
QString syncActionId(SyncAction action);
/// The action's translated label for people.
QString syncActionLabel(SyncAction action);

#pragma once

#include <QCoreApplication>

#include "core/setup/RepoContext.h"
#include "core/setup/SyncPlan.h"
#include "core/vault/VaultExport.h"

#include <QString>

#include <expected>

/// Builds a SyncPlan from a repository and a vault export that was already read (VaultReader): reads the
/// template and the existing `.env`, matches every template variable to the export (VaultMatcher, with
/// Options::scope for the convention rules), compares the values, and decides each row's SyncAction. The
/// last sync's record (SyncState) tells Update from Conflict; its key is read from the OS keychain when
/// Options::useKeychain (never created while planning).
///
/// Blocking (the keychain read waits in a local event loop, up to 20 s). Call it on the thread that runs
/// QtKeychain's jobs (the GUI thread in the wizard): QtKeychain 0.13 sends every job through one executor
/// that lives on the thread of the first job, and a job from another thread races it (seen as a crash in
/// tst_teamvaultpage). It writes nothing.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)

public:
    struct Options
    {
        /// The folder, collection, vault or tag for matching by convention; empty: the whole export.
        QString scope;
        /// Read the last sync's fingerprint key from the keychain (without it, a differing local value is
        /// always a Conflict, and the plan warns).
        bool useKeychain = true;
        /// The SyncState file (SyncState::defaultPath() when empty).
        QString statePath;
    };

    /// Fails, saying what to do, for: no template; no `.env` yet (run setup first: it makes git ignore the
    /// file); `.env` a symbolic link, a folder, unreadable, unparsable (line named), tracked by git or not
    /// ignored by git; a scope the export does not have; a damaged SyncState file.
    static std::expected<SyncPlan, QString> build(const RepoContext &context, const VaultExport &vault,
                                                  const Options &options);
};

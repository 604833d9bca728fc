#pragma once

#include <QCoreApplication>

#include "core/setup/ApplyStep.h"
#include "core/setup/SyncPlan.h"

#include <QList>
#include <QString>

#include <functional>

/// Applies a confirmed SyncPlan. With the keychain, first checks that it can take the values (nothing is
/// written when it cannot, so `.env` and the keychain never drift apart). Then writes `.env` through
/// EnvFileWriter (0600 from the first byte, atomic, the old file backed up, refused if it changed since
/// planning) when any row writes; then stores each written value in the keychain (KeychainStore,
/// KeychainIndex) and records what this sync wrote (SyncState: a keyed fingerprint of each Add, Update,
/// taken Conflict and Unchanged row, never the value). Conflicts kept local and every other row are not
/// touched.
///
/// Blocking (keychain calls wait in a local event loop, so a window keeps painting): call it on the thread
/// that runs QtKeychain's jobs (the GUI thread; see SyncPlanner). Progress is called on that thread.
class SyncRunner
{
    Q_DECLARE_TR_FUNCTIONS(SyncRunner)

public:
    struct Options
    {
        /// Store the values and the sync record in the keychain (false: `.env` only, nothing recorded).
        bool useKeychain = true;
        /// The keychain index file (KeychainIndex::defaultPath() when empty).
        QString indexPath;
        /// The SyncState file (SyncState::defaultPath() when empty).
        QString statePath;
    };
    struct Result
    {
        /// EnvFile, then Keychain (each Done, Skipped or Failed).
        QList<ApplyStep> steps;
        QString backupPath;
        bool envWritten = false;
        /// Names whose vault value was written.
        QStringList written;
        /// True when every step is Done or Skipped.
        bool ok() const;
    };
    using Progress = std::function<void(const ApplyStep &)>;

    static Result apply(const SyncPlan &plan, const Options &options, const Progress &progress = {});
};

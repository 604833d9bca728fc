#pragma once

#include <QCoreApplication>

#include "core/setup/ApplyStep.h"
#include "core/setup/RotationPlan.h"

#include <QList>
#include <QString>

/// Applies a confirmed RotationPlan: checks first that the keychain can take the new values (so `.env`
/// and the keychain never drift apart: nothing is written when it cannot), then writes `.env` (0600,
/// atomic, the old file backed up, refused if it changed since planning), then updates the keychain
/// entries and the KeychainIndex (rotation time recorded; a finished previous value is deleted).
class RotationRunner
{
    Q_DECLARE_TR_FUNCTIONS(RotationRunner)

public:
    struct Options
    {
        bool useKeychain = true;
        /// The keychain index file (KeychainIndex::defaultPath() when empty).
        QString indexPath;
    };
    struct Result
    {
        QList<ApplyStep> steps;
        QString backupPath;
        bool envWritten = false;
        /// True when every step is Done or Skipped.
        bool ok() const;
    };

    static Result apply(const RotationPlan &plan, const Options &options);
};

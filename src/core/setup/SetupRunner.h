#pragma once

#include <QCoreApplication>

#include "core/hygiene/HygieneReport.h"
#include "core/setup/ApplyStep.h"
#include "core/setup/SetupPlan.h"

#include <QList>

#include <functional>

/// Applies a confirmed SetupPlan, step by step: make git ignore the env files (first, so `.env` is never
/// unignored for a moment), write `.env` (0600, atomic, the old file backed up), store every value in the
/// keychain, then run the hygiene checks. A failed step is reported and the following steps still run when
/// they can; nothing the user had is lost.
class SetupRunner
{
    Q_DECLARE_TR_FUNCTIONS(SetupRunner)

public:
    struct Options
    {
        bool useKeychain = true;
        /// The user confirmed writing through a symlinked `.env` (to the file it points to).
        bool followSymlink = false;
        /// Scan the working tree for secrets in the report step (the wizard does it on its Report page,
        /// off the GUI thread), for the values in `.env` and, with useKeychain, those in the keychain (read
        /// on the calling thread, never prompting).
        bool scanForSecrets = true;
    };
    struct Result
    {
        QList<ApplyStep> steps;
        HygieneReport report;
        /// Path of the backup of the replaced `.env`, if any.
        QString backupPath;
        /// True when every step is Done or Skipped.
        bool ok() const;
        /// True when `.env` was written.
        bool envWritten = false;
    };

    /// Called when a step changes (Running, then Done/Skipped/Failed).
    using Progress = std::function<void(const ApplyStep &)>;

    static Result apply(const SetupPlan &plan, const Options &options, const Progress &progress = {});
    /// The steps apply() will run, all Pending, for review screens.
    static QList<ApplyStep> plannedSteps(const SetupPlan &plan, const Options &options);
};

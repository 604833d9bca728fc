#pragma once

#include "core/hygiene/HygieneReport.h"
#include "core/setup/RepoContext.h"

#include <QCoreApplication>
#include <QString>

/// The whole hygiene report of one project, as `envsmith check`, the end of `setup` and the wizard's
/// Report page show it: HygieneChecker's git and file checks, the secret scanner over the working tree
/// (SecretHygieneCheck: rules, `.gitleaksignore`, the env file's own values) and, on request, over the
/// history, and the secret-age check (SecretAgeCheck, from the keychain index: names and times, never
/// values). Blocking (git and the scan take up to seconds on a big tree): call it off the GUI thread.
class ProjectCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCheck)

public:
    struct Options
    {
        /// The keychain index (KeychainIndex::defaultPath() when empty).
        QString indexPath;
        /// Scan the working tree for secrets (tracked and addable files).
        bool scanTree = true;
        /// Scan every reachable blob of the history too.
        bool scanHistory = false;
    };
    /// Runs the checks on @p context. When the template or the index cannot be read, the secret-age check is
    /// reported as not applicable with the reason (the other checks still run).
    static HygieneReport run(const RepoContext &context, const Options &options);
    static HygieneReport run(const RepoContext &context) { return run(context, Options{}); }
};

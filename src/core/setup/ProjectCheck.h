#pragma once

#include "core/hygiene/HygieneReport.h"
#include "core/hygiene/ScanExactValue.h"
#include "core/setup/RepoContext.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

/// The whole hygiene report of one project, as `envsmith check`, the end of `setup` and the wizard's
/// Report page show it: HygieneChecker's git and file checks, the secret scanner over the working tree
/// (SecretHygieneCheck: rules, `.gitleaksignore`, the env file's own values and the keychain's values the
/// caller passes in Options) and, on request, over the
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
        /// More values to look for, besides the env file's: the keychain's (ProjectKeychainValues::read,
        /// which must run on the event loop's thread, so the caller reads them and passes them here). Cloned
        /// into each scan; never written anywhere.
        std::vector<ScanExactValue> keychainValues;
        /// Why some of the keychain's values are not in keychainValues (ProjectKeychainValues::Result::note),
        /// empty when all were read. When set and a scan runs, the report gets a failed Info finding
        /// `keychain-not-searched` with this message (the scan itself is reported as usual).
        QString keychainNote;
    };
    /// Runs the checks on @p context. When the template or the index cannot be read, the secret-age check is
    /// reported as not applicable with the reason (the other checks still run).
    static HygieneReport run(const RepoContext &context, const Options &options);
    static HygieneReport run(const RepoContext &context) { return run(context, Options{}); }
};

#pragma once

#include "core/hygiene/HygieneFinding.h"
#include "core/hygiene/RepositoryScan.h"
#include "core/hygiene/ScanExactValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

/// The secret scanner's results as hygiene findings for `envsmith check` and the wizard's report (issue 6
/// §4). Ids (stable): `secret-in-tree` (a secret in a file git tracks or would add; fix described: move it
/// to the env file, rotate it if it was ever pushed) and `secret-in-history` (a secret in a committed blob;
/// fix described: rotate first with `envsmith rotate VAR`, then rewrite history with git filter-repo, force-
/// push, re-clone); `tree-not-scanned` / `history-not-scanned` (warning: a file or blob too large or
/// unreadable to scan, so the scan is incomplete). None has an automatic fix. Messages carry the masked
/// preview only.
class SecretHygieneCheck
{
    Q_DECLARE_TR_FUNCTIONS(SecretHygieneCheck)

public:
    /// Scans the working tree (Mode::WorkingTree) or the history (Mode::History) of the repository at
    /// @p repoRoot with its rules, `.gitleaksignore`, the values of @p envFileName (relative to the
    /// working tree's top) and @p extraValues (e.g. the keychain's, ProjectKeychainValues; cloned for the
    /// scan, the caller keeps its own). One failed finding per secret, or one passed finding when there is
    /// none; a not-applicable finding outside git or when the scan fails (the message says why).
    static QList<HygieneFinding> check(const QString &repoRoot, const QString &envFileName,
                                       RepositoryScan::Mode mode,
                                       const std::vector<ScanExactValue> &extraValues = {});
    /// Converts scan results (Mode::Staged results are reported like WorkingTree ones).
    static QList<HygieneFinding> findingsOf(const RepositoryScan::Result &result, RepositoryScan::Mode mode);
};

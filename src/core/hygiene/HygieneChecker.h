#pragma once

#include "core/hygiene/HygieneReport.h"

#include <QCoreApplication>
#include <QString>

#include <expected>

/// Runs the first hygiene checks on a repository folder (DESIGN.md §9): `.env` (and `.env.local`,
/// `.env.*.local`, our backups) ignored by git, `.env` not tracked, `.env` mode 0600, `.env` never in
/// any commit, `.envrc` ignored, the commit guard installed (issue 6 §1, §3). In a folder that is not a git
/// repository the git checks are reported as not applicable.
///
/// Finding ids (stable): `env-ignored` (fix AddToGitignore), `env-not-tracked` (one finding per tracked
/// env-family file, and for a tracked `.envrc` of the project folder with severity warning; fix
/// UntrackFile), `env-mode` (fix RestrictMode; not applicable without the file), `env-in-history` (no
/// automatic fix: the description says to rotate, then rewrite history), `envrc-ignored` (direnv's
/// `.envrc` in the project folder: a warning with fix AddToGitignore when git's rules do not cover it; not
/// applicable when there is none), `commit-guard` (a warning with fix InstallHook when Envsmith's
/// pre-commit hook is not installed, CommitGuardInstaller::isInstalled, honouring core.hooksPath; its path
/// is empty). Outside git every check but `env-mode` is not applicable. Finding paths are relative to the
/// git working tree's top folder (or to @p repoRoot outside git). All verdicts come from git itself
/// (GitRepository); no file content is read, so no value can reach a message.
class HygieneChecker
{
    Q_DECLARE_TR_FUNCTIONS(HygieneChecker)

public:
    /// Checks @p repoRoot for the env file named @p envFileName (default `.env`).
    static HygieneReport check(const QString &repoRoot, const QString &envFileName = QStringLiteral(".env"));
    /// Applies the fix of @p finding; the error says what failed and what to do. AddToGitignore appends
    /// GitIgnoreFixer::missingLines() to the top-level .gitignore and then verifies with git that the
    /// files are ignored (a negation such as `!.env` in a nested .gitignore is named in the error).
    /// UntrackFile runs `git rm --cached -- path` (the file itself stays). RestrictMode sets 0600.
    /// For `envrc-ignored`, AddToGitignore appends exactly the line `.envrc` to the .gitignore beside it.
    /// InstallHook installs the commit guard (CommitGuardInstaller::install) calling
    /// QCoreApplication::applicationFilePath() (the running envsmith); see the overload.
    static std::expected<void, QString> applyFix(const QString &repoRoot, const HygieneFinding &finding);
    /// Like applyFix(repoRoot, finding), but InstallHook makes the hook call @p envsmithBinary (absolute
    /// path; empty: `envsmith` on PATH only). Tests pass the built envsmith here.
    static std::expected<void, QString> applyFix(const QString &repoRoot, const HygieneFinding &finding,
                                                 const QString &envsmithBinary);
};

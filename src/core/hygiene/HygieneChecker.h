#pragma once

#include "core/hygiene/HygieneReport.h"

#include <QCoreApplication>
#include <QString>

#include <expected>

/// Runs the first hygiene checks on a repository folder (DESIGN.md §9): `.env` (and `.env.local`,
/// `.env.*.local`, our backups) ignored by git, `.env` not tracked, `.env` mode 0600, `.env` never in
/// any commit. In a folder that is not a git repository the git checks are reported as not applicable.
///
/// Finding ids (stable): `env-ignored` (fix AddToGitignore), `env-not-tracked` (one finding per tracked
/// env-family file; fix UntrackFile), `env-mode` (fix RestrictMode; not applicable without the file),
/// `env-in-history` (no automatic fix: the description says to rotate, then rewrite history). Finding
/// paths are relative to the git working tree's top folder (or to @p repoRoot outside git). All verdicts
/// come from git itself (GitRepository); no file content is read, so no value can reach a message.
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
    static std::expected<void, QString> applyFix(const QString &repoRoot, const HygieneFinding &finding);
};

#pragma once

#include "core/hygiene/HygieneReport.h"

#include <QString>

#include <expected>

/// Runs the first hygiene checks on a repository folder (DESIGN.md §9): `.env` (and `.env.local`,
/// `.env.*.local`, our backups) ignored by git, `.env` not tracked, `.env` mode 0600. In a folder that
/// is not a git repository the git checks are reported as not applicable.
class HygieneChecker
{
public:
    /// Checks @p repoRoot for the env file named @p envFileName (default `.env`).
    static HygieneReport check(const QString &repoRoot, const QString &envFileName = QStringLiteral(".env"));
    /// Applies the fix of @p finding; the error says what failed and what to do.
    static std::expected<void, QString> applyFix(const QString &repoRoot, const HygieneFinding &finding);
};

#pragma once

#include "core/hygiene/ScanExactValue.h"
#include "core/hygiene/ScanFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <vector>

class GitRepository;
class SecretScanner;

/// Feeds a git repository to SecretScanner (issue 6 §2), using git itself for every listing:
/// - WorkingTree: tracked plus untracked-not-ignored files (`git ls-files -z --cached --others
///   --exclude-standard`), read from disk (symbolic links and non-regular files skipped).
/// - History: every blob reachable from any ref, once (`git rev-list --objects --all`, contents via `git
///   cat-file --batch`), each reported with the first commit that added it (oldest first, `git log --all
///   --reverse --raw`), that commit's path and author. A blob first seen only in a merge has no commit.
/// - Staged: index blobs that differ from HEAD (`git diff --cached --name-only -z`, contents from the index
///   via `git cat-file --batch`); a staged `.env`, `.env.local` or `.env.*.local` is itself a finding
///   (rule `env-file-staged`).
/// Binary content (a NUL in the first 8 KiB) and content larger than maxBytes are skipped and counted.
class RepositoryScan
{
    Q_DECLARE_TR_FUNCTIONS(RepositoryScan)

public:
    enum class Mode { WorkingTree, History, Staged };

    struct Stats
    {
        /// Files (working tree, staged) or blobs (history) scanned, and their bytes.
        qint64 files = 0;
        qint64 bytes = 0;
        qint64 blobs = 0;
        qint64 skippedBinary = 0;
        qint64 skippedLarge = 0;
    };
    struct Result
    {
        /// Sorted by file, line, column, rule (history: by commit order of discovery, then line).
        QList<ScanFinding> findings;
        Stats stats;
    };

    /// Scans @p repository in @p mode with @p scanner. Fails when git fails (the message quotes git's
    /// first error line, which names paths, never contents).
    static std::expected<Result, QString> run(const GitRepository &repository, Mode mode,
                                              SecretScanner &scanner, qint64 maxBytes);

    /// The whole job for the working tree containing @p folder: the repository's rules
    /// (ScanRuleSet::forRepository), its `.gitleaksignore`, @p exactValues, then run(). Fails when @p folder
    /// is not in a git working tree, or the rules or ignore file cannot be read.
    static std::expected<Result, QString> scanFolder(const QString &folder, Mode mode,
                                                     std::vector<ScanExactValue> exactValues = {});

    /// True for the names git must never receive: `.env`, `.env.local`, `.env.<anything>.local`.
    static bool isLocalEnvFileName(const QString &fileName);
};

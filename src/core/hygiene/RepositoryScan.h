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
///   --exclude-standard`), read from disk. A symbolic link's content is its target's path (what git
///   commits; the link is never followed); other non-regular files are skipped. Submodules and nested
///   repositories are repositories of their own: listed in Result::nestedRepositories, not scanned.
/// - History: every blob of every commit reachable from any ref, once (`git log --all --raw
///   --diff-merges=first-parent`, streamed; contents via `git cat-file --batch`), reported with the oldest
///   commit that has it (a merge for content only a merge brought), that commit's path and author. A
///   secret that stays while other lines of its file change is reported once, at the commit that brought
///   it in (findings are told apart by rule, file and an in-memory keyed digest of the secret).
/// - Staged: index blobs that differ from HEAD (`git diff --cached --name-only -z`, contents from the index
///   via `git cat-file --batch`); a staged `.env`, `.env.local` or `.env.*.local` is itself a finding
///   (rule `env-file-staged`).
///   A secret the file already holds in HEAD is not reported here (the guard is about what a commit
///   adds; the history scan reports committed secrets).
/// Files and blobs are scanned on several threads (one `git cat-file --batch` per thread for history).
/// Binary content (a NUL in the first 8 KiB) is skipped and counted. Content larger than maxBytes, and
/// files that cannot be read, are not scanned: each is listed in Result::notScanned, so a caller never
/// mistakes an incomplete scan for a clean one.
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
    /// A file or blob that was not scanned, and why (a translated sentence naming no content). An entry
    /// with an empty path is about the history as a whole (a shallow clone's missing commits).
    struct NotScanned
    {
        QString path;
        QString commit; ///< history only: the commit that added the blob
        qint64 bytes = 0;
        QString reason;
    };
    struct Result
    {
        /// Sorted by file, line, column, rule.
        QList<ScanFinding> findings;
        Stats stats;
        /// Sorted by path; empty when everything listed was scanned (binary content excepted).
        QList<NotScanned> notScanned;
        /// Working tree only: paths of submodules and nested repositories (each is scanned on its own, with
        /// `--repo PATH`), sorted. They do not make the scan incomplete: their content is not this
        /// repository's.
        QStringList nestedRepositories;
    };

    /// Scans @p repository in @p mode with @p scanner (from several threads at once). Working-tree files
    /// over 256 KiB are memory-mapped rather than read; content over @p maxBytes (at most 2 GiB - 1, the
    /// engines' limit) is listed as not scanned. Fails when git fails (the message quotes git's first
    /// error line, which names paths, never contents).
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

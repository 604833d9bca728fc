#pragma once

#include <QString>
#include <QStringList>

#include <expected>

/// Makes git ignore the env files: `.env`, `.env.local`, `.env.*.local` and Envsmith's backups.
/// Which patterns are missing is decided by asking git (`git check-ignore`), so existing rules anywhere
/// (nested .gitignore, info/exclude, core.excludesFile) are honoured.
class GitIgnoreFixer
{
public:
    /// The patterns that must be ignored, for the env file named @p envFileName (a repository-relative
    /// path): `<name>`, `<name>.local`, `<name>.*.local` and `<name>.envsmith-backup-*` (the backup
    /// naming of EnvFileWriter). Glob characters in the name are escaped. A name without `/` matches at
    /// any depth (gitignore(5)); `config/.env` is anchored to the repository root.
    static QStringList requiredPatterns(const QString &envFileName = QStringLiteral(".env"));
    /// For each of requiredPatterns(), a concrete path that the pattern must cover (`.env`, `.env.local`,
    /// `.env.development.local`, `.env.envsmith-backup-20260101-000000`), in the same order.
    static QStringList samplePaths(const QString &envFileName = QStringLiteral(".env"));
    /// The comment line written before the added patterns.
    static QString headerLine();
    /// The lines that would be appended to the top-level .gitignore (empty when git already ignores all):
    /// headerLine() followed by each pattern whose sample path git's rules do not ignore
    /// (`git check-ignore --no-index`, so a tracked file does not count as a missing rule). @p repoRoot
    /// may be any folder inside the working tree (a monorepo package): @p envFileName and the patterns
    /// are relative to it, as they would be in `<repoRoot>/.gitignore`. Errors: not in a working tree,
    /// git failed, @p envFileName holds a line break (no gitignore line can name it).
    static std::expected<QStringList, QString>
    missingLines(const QString &repoRoot, const QString &envFileName = QStringLiteral(".env"));
    /// Appends @p lines to `<repoRoot>/.gitignore` (created if absent; a missing final newline is added
    /// first, and a blank line before the new lines). Keeps every existing byte and the file's mode;
    /// uses CRLF when the file already does. Written atomically (QSaveFile). No-op for empty @p lines.
    /// Errors: `.gitignore` is a folder or a symbolic link (which git ignores), unreadable, unwritable.
    static std::expected<void, QString> append(const QString &repoRoot, const QStringList &lines);
};

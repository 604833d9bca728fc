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
    /// The patterns that must be ignored, for the env file named @p envFileName.
    static QStringList requiredPatterns(const QString &envFileName = QStringLiteral(".env"));
    /// The lines that would be appended to the top-level .gitignore (empty when git already ignores all).
    static std::expected<QStringList, QString> missingLines(const QString &repoRoot,
                                                            const QString &envFileName = QStringLiteral(".env"));
    /// Appends @p lines to `<repoRoot>/.gitignore` (created if absent; a missing final newline is added
    /// first). Keeps every existing byte.
    static std::expected<void, QString> append(const QString &repoRoot, const QStringList &lines);
};

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One allowlist of a scan rule or of a whole rule set, in gitleaks' format (`[rules.allowlist]`,
/// `[[rules.allowlists]]`, `[allowlist]`, `[[allowlists]]`; research/scanning.md §1): a finding is dropped
/// when the allowlist matches it. Regexes are RE2 syntax (Go's), compiled when the rule set is loaded.
struct ScanAllowlist
{
    enum class Condition { Or, And };
    enum class RegexTarget { Secret, Match, Line };

    QString description;
    /// OR (default): any one criterion drops the finding; AND: every criterion that is set must match.
    Condition condition = Condition::Or;
    /// Commit hashes (full or abbreviated) whose findings are dropped.
    QStringList commits;
    /// Regexes over the repository-relative path (forward slashes).
    QStringList paths;
    /// Regexes over regexTarget (the secret by default).
    QStringList regexes;
    RegexTarget regexTarget = RegexTarget::Secret;
    /// Substrings of the secret (compared case-insensitively, as gitleaks does).
    QStringList stopwords;
    /// Global allowlists only: apply to these rule ids only (empty: every rule).
    QStringList targetRules;

    bool isEmpty() const
    {
        return commits.isEmpty() && paths.isEmpty() && regexes.isEmpty() && stopwords.isEmpty();
    }
};

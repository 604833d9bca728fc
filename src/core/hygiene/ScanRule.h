#pragma once

#include "core/hygiene/ScanAllowlist.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One secret-detection rule as data, in gitleaks' `[[rules]]` format (research/scanning.md §1), plus
/// envsmith's `severity`.
///
/// `regex` is RE2 syntax (= Go's regexp, which gitleaks uses), matched against raw file bytes. The secret is
/// capture group `secretGroup` when set (> 0), else the first non-empty group, else the whole match. A
/// finding is dropped when the Shannon entropy of the secret (bits per byte) is <= `entropy` (0: no check),
/// or when an allowlist matches. A rule with `keywords` runs only on content that contains one of them
/// (case-insensitive), as gitleaks' prefilter does.
struct ScanRule
{
    enum class Severity { Info, Warning, Error };

    QString id;
    QString description;
    QString regex;
    /// A regex over the repository-relative path: with an empty `regex` the rule reports the file itself
    /// (a path-only rule); with a regex both must match.
    QString path;
    QStringList keywords;
    /// gitleaks' `tags`. A rule tagged `generic` (entropy and keyword-assignment rules) gives way: its
    /// finding is dropped when a rule without that tag reports an overlapping secret.
    QStringList tags;
    int secretGroup = 0;
    double entropy = 0.0;
    Severity severity = Severity::Error;
    QList<ScanAllowlist> allowlists;

    /// `info`, `warning`, `error` (stable; JSON and SARIF levels use these words).
    static QString severityName(Severity severity);
};

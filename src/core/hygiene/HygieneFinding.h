#pragma once

#include <QString>

/// One result of a hygiene check (DESIGN.md §9): a stable id, a severity, a message and a fix.
struct HygieneFinding
{
    enum class Severity { Info, Warning, Error };
    enum class Fix {
        None,
        AddToGitignore, ///< append patterns to .gitignore
        UntrackFile,    ///< `git rm --cached -- path`
        RestrictMode,   ///< chmod 600
        InstallHook     ///< install Envsmith's pre-commit hook (CommitGuardInstaller::install)
    };
    enum class Status { Passed, Failed, NotApplicable };

    /// Stable check id, e.g. `env-ignored`, `env-not-tracked`, `env-mode`.
    QString id;
    Status status = Status::Passed;
    Severity severity = Severity::Info;
    /// One line saying what was checked and what was found (no secret values).
    QString message;
    /// What the fix does, in words (empty when there is none).
    QString fixDescription;
    Fix fix = Fix::None;
    /// Repository-relative path the finding is about (may be empty).
    QString path;
    /// True when the check could not be done (not a git repository, git missing or failing, the secret
    /// scan failed, a file could not be scanned): the answer is unknown, not "fine". Such a finding is
    /// NotApplicable or a Failed warning, and its message says why.
    bool incomplete = false;

    /// `info`, `warning`, `error` (stable, not translated: used in JSON and text output).
    static QString severityName(Severity severity);
    /// `passed`, `failed`, `not-applicable` (stable, not translated).
    static QString statusName(Status status);
    /// `none`, `add-to-gitignore`, `untrack-file`, `restrict-mode`, `install-hook` (stable, not translated).
    static QString fixName(Fix fix);
};

#pragma once

#include <QString>

/// One problem the dotenv linter found: which check, how bad, where (1-based physical line of the entry),
/// what is wrong and how to fix it. Never holds a value from the file (messages name keys and lines).
struct DotenvLintFinding
{
    enum class Severity { Warning, Error };

    QString checkId; ///< e.g. "DuplicatedKey" (dotenv-linter's names) or "ReaderDisagreement" (ours)
    Severity severity = Severity::Warning;
    int line = 0;
    QString message;
    QString fix;

    /// "warning" / "error".
    static QString severityName(Severity severity);
};

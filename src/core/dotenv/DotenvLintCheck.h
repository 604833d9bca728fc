#pragma once

#include "core/dotenv/DotenvLintContext.h"
#include "core/dotenv/DotenvLintFinding.h"

#include <QList>
#include <QString>

/// One lint check (research/dotenv.md §5 for dotenv-linter's; ours for secrets and reader differences).
/// A check reports findings with its id and severity; it never puts a value from the file in a message.
class DotenvLintCheck
{
public:
    virtual ~DotenvLintCheck() = default;
    /// Stable identifier, used in output and in `# envsmith-lint:off Id` directives.
    virtual QString id() const = 0;
    virtual DotenvLintFinding::Severity severity() const = 0;
    /// Appends this check's findings for @p context to @p findings.
    virtual void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const = 0;

protected:
    DotenvLintFinding finding(int line, const QString &message, const QString &fix) const
    {
        return DotenvLintFinding{id(), severity(), line, message, fix};
    }
};

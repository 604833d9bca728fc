#pragma once

#include "core/dotenv/DotenvDocument.h"
#include "core/dotenv/DotenvLintCheck.h"
#include "core/dotenv/DotenvLintFinding.h"
#include "core/dotenv/DotenvSchema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

/// Runs every lint check over a dotenv document and applies the silencing directives.
///
/// Checks: dotenv-linter 4.0's (DuplicatedKey, EndingBlankLine, ExtraBlankLine, IncorrectDelimiter,
/// KeyWithoutValue, LeadingCharacter, LowercaseKey, QuoteCharacter, SpaceCharacter, SubstitutionKey,
/// TrailingWhitespace, UnorderedKey, ValueWithoutQuotes, and SchemaViolation when a schema is given;
/// research/dotenv.md §5) and ours: PlaceholderSecret
/// (a secret-looking key whose value is a placeholder, in a `.env`), SecretInTemplate (a real-looking
/// secret value in a template), ReaderDisagreement (a value npm dotenv and python-dotenv / Compose read
/// differently, or that dotenv-expand / Compose would expand because of a `$`).
///
/// Silencing: a comment line `# envsmith-lint:off Id1,Id2` (or dotenv-linter's `# dotenv-linter:off ...`)
/// turns those checks off from the next line on, `...:on Id1,Id2` turns them back on; without ids it
/// applies to every check. File-level findings (EndingBlankLine) use the state at the last line.
class DotenvLinter
{
    Q_DECLARE_TR_FUNCTIONS(DotenvLinter)

public:
    struct Report
    {
        QList<DotenvLintFinding> findings; ///< ordered by line
        bool hasErrors() const;
        /// `FILE:LINE severity CheckId: message Fix: fix`, one finding a line, then a summary line.
        QString toText(const QString &fileName) const;
        /// {"file", "findings": [{"check","severity","line","message","fix"}], "errors", "warnings"}.
        QByteArray toJson(const QString &fileName) const;
    };

    DotenvLinter();
    ~DotenvLinter();
    DotenvLinter(const DotenvLinter &) = delete;
    DotenvLinter &operator=(const DotenvLinter &) = delete;

    /// Lints @p document; @p isTemplate selects the template-only / env-only checks; @p schema (may be
    /// nullptr) turns on SchemaViolation.
    Report lint(const DotenvDocument &document, bool isTemplate, const DotenvSchema *schema = nullptr) const;
    /// Ids of every check, in the order they run.
    QStringList checkIds() const;
    /// True for template names: `.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `*.example`...
    static bool looksLikeTemplate(const QString &fileName);

private:
    std::vector<std::unique_ptr<DotenvLintCheck>> m_checks;
};

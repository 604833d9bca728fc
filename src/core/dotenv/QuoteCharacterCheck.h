#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter QuoteCharacter, in our safe-subset terms: a quoted value that needs no quotes
/// (DotenvValueFormatter would write it unquoted).
class QuoteCharacterCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(QuoteCharacterCheck)

public:
    QString id() const override { return QStringLiteral("QuoteCharacter"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

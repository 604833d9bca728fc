#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter LeadingCharacter: an assignment line that does not start with a letter or `_` (leading
/// spaces, a digit...); `export ` lines are judged after the prefix.
class LeadingCharacterCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(LeadingCharacterCheck)

public:
    QString id() const override { return QStringLiteral("LeadingCharacter"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

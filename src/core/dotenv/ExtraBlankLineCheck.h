#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter ExtraBlankLine: an empty line right after another empty line.
class ExtraBlankLineCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExtraBlankLineCheck)

public:
    QString id() const override { return QStringLiteral("ExtraBlankLine"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter EndingBlankLine: the file's last line has no line break.
class EndingBlankLineCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(EndingBlankLineCheck)

public:
    QString id() const override { return QStringLiteral("EndingBlankLine"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

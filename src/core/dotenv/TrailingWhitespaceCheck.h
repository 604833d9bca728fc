#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter TrailingWhitespace: a line that ends with spaces or tabs.
class TrailingWhitespaceCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(TrailingWhitespaceCheck)

public:
    QString id() const override { return QStringLiteral("TrailingWhitespace"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter ValueWithoutQuotes: an unquoted value with whitespace inside (shells and phpdotenv reject
/// it).
class ValueWithoutQuotesCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(ValueWithoutQuotesCheck)

public:
    QString id() const override { return QStringLiteral("ValueWithoutQuotes"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

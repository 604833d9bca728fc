#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter IncorrectDelimiter: a key with a character other than letters, digits and `_` (e.g. `-`,
/// `.`), which shells and several readers reject.
class IncorrectDelimiterCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(IncorrectDelimiterCheck)

public:
    QString id() const override { return QStringLiteral("IncorrectDelimiter"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

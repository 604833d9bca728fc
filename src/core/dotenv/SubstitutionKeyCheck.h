#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter SubstitutionKey: a malformed `${...}` reference (`${FOO`, `$FOO}`, or characters other than
/// letters, digits and `_` inside the braces) in an unquoted or double-quoted value.
class SubstitutionKeyCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(SubstitutionKeyCheck)

public:
    QString id() const override { return QStringLiteral("SubstitutionKey"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

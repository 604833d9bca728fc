#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter UnorderedKey: a key that is not in alphabetical order within its group (groups end at blank
/// lines and comments; a value that references `$` starts a new group).
class UnorderedKeyCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(UnorderedKeyCheck)

public:
    QString id() const override { return QStringLiteral("UnorderedKey"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter KeyWithoutValue: a line that is only a key, with no `=` (npm dotenv ignores it,
/// python-dotenv reads None).
class KeyWithoutValueCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(KeyWithoutValueCheck)

public:
    QString id() const override { return QStringLiteral("KeyWithoutValue"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

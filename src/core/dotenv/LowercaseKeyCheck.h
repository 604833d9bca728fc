#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter LowercaseKey: a key with lower-case letters.
class LowercaseKeyCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(LowercaseKeyCheck)

public:
    QString id() const override { return QStringLiteral("LowercaseKey"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

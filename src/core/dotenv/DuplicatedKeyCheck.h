#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter DuplicatedKey: a key assigned again after an earlier line (readers use the last one).
class DuplicatedKeyCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatedKeyCheck)

public:
    QString id() const override { return QStringLiteral("DuplicatedKey"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

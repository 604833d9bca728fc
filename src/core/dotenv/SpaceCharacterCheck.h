#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter SpaceCharacter: spaces around the `=` (docker run --env-file and shells read them
/// differently).
class SpaceCharacterCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(SpaceCharacterCheck)

public:
    QString id() const override { return QStringLiteral("SpaceCharacter"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

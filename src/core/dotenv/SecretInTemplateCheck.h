#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// Ours: in a template (committed to git), a value that looks like a real credential
/// (DotenvLintHeuristics::looksLikeRealSecret).
class SecretInTemplateCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(SecretInTemplateCheck)

public:
    QString id() const override { return QStringLiteral("SecretInTemplate"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Error; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// Ours: in a real `.env` (not a template), a secret-looking key (DotenvLintHeuristics::isSecretLookingKey)
/// whose value is still a template placeholder (`changeme`, `your_..._here`, `<...>`, `xxx`...).
class PlaceholderSecretCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(PlaceholderSecretCheck)

public:
    QString id() const override { return QStringLiteral("PlaceholderSecret"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Error; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

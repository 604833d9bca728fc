#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// Ours: a value that common readers read differently: npm dotenv and python-dotenv / Docker Compose disagree
/// (e.g. `A=b#c`, escapes in double quotes, `${VAR}`), or an unquoted or quoted `$` followed by a name or `{`
/// that dotenv-expand (Next.js, Vite) and Compose expand (research/dotenv-matrix.md).
class ReaderDisagreementCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReaderDisagreementCheck)

public:
    QString id() const override { return QStringLiteral("ReaderDisagreement"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Error; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

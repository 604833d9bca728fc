#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// Envsmith's UnreadLine: a line that is neither KEY=VALUE, a comment, a blank line nor a bare key
/// (KeyWithoutValue), so that neither npm dotenv nor python-dotenv reads it (npm skips it silently,
/// python-dotenv warns "could not parse statement"), e.g. `'unclosed`, `A B C`, `=value`. A line the other
/// dialect reads as an assignment is left to ReaderDisagreement.
class UnreadLineCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(UnreadLineCheck)

public:
    QString id() const override { return QStringLiteral("UnreadLine"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Warning; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

#pragma once

#include "core/dotenv/DotenvLintCheck.h"

#include <QCoreApplication>

/// dotenv-linter 4.0 SchemaViolation (only when a schema is given, `envsmith lint --schema FILE`; see
/// DotenvSchema): a key the schema does not list (unless it allows other keys), a required key that is
/// missing, a value that is not of the entry's type or does not match its regex. Messages name the key and
/// the type or pattern, never the value.
class SchemaViolationCheck : public DotenvLintCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaViolationCheck)

public:
    QString id() const override { return QStringLiteral("SchemaViolation"); }
    DotenvLintFinding::Severity severity() const override { return DotenvLintFinding::Severity::Error; }
    void check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const override;
};

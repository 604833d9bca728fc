#pragma once

#include <QStringList>

/// `envsmith lint FILE [--format text|json] [--dialect npm|python] [--schema SCHEMA]`: runs DotenvLinter
/// (with SchemaViolation against a dotenv-linter schema when --schema is given) over FILE (a
/// template when its name says so: `.env.example`, `.env.sample`, ...) and prints the findings (text:
/// `FILE:LINE CheckId (severity): message. Fix: ...`; JSON: DotenvLinter::Report::toJson). No value is
/// printed. Exit 0 when no finding has severity error, 1 when one has, 2 on a usage error, 3 when FILE
/// cannot be read (missing, a folder, unreadable, not UTF-8, never-closed quote: with line and column).
class LintCommand
{
public:
    static int run(const QStringList &arguments);
};

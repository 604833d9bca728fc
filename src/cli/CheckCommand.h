#pragma once

#include <QStringList>

/// `envsmith check [--repo DIR] [--format text|json]`: prints the hygiene findings; exit 1 when any
/// failed finding has severity error. Returns an ExitCode.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};

#pragma once

#include <QStringList>

/// `envsmith check [--repo DIR] [--no-keychain] [--format text|json]`: prints the hygiene findings; exit 1
/// when any failed finding has severity error. The secret scan looks for the values in `.env` and, unless
/// --no-keychain, those the OS keychain holds for the project (ProjectKeychainValues, read on the calling
/// thread). Returns an ExitCode.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};

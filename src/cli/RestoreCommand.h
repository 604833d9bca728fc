#pragma once

#include <QCoreApplication>

#include <QStringList>

/// `envsmith restore [--repo DIR]`: rebuilds a missing `.env` from the keychain (RestoreJob), in the
/// template's order with its comments. Never overwrites an existing `.env`. Returns an ExitCode.
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static int run(const QStringList &arguments);
};

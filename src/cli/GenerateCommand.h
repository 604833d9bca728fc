#pragma once

#include <QCoreApplication>

#include <QStringList>

/// `envsmith generate PROFILE`: prints one new secret and a newline on stdout, the `openssl rand`
/// replacement (`base64(32)`, `base64url(32)`, `hex(32)`, `alnum(32)`, `password(24)`, `uuid`,
/// `laravel_key`; a bare sized name means 32). Its entropy in bits goes to stderr, with a warning when the
/// profile is below SecretFloor. The value is written from guarded memory straight to the stream (no
/// QString copy). Returns an ExitCode.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static int run(const QStringList &arguments);
};

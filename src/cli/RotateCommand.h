#pragma once

#include <QCoreApplication>

#include <QStringList>

/// `envsmith rotate VAR... [--repo DIR] [--yes] [--no-keychain]` and
/// `envsmith rotate --finish VAR... [--repo DIR] [--yes] [--no-keychain]`: plans a RotationPlan, shows
/// what changes (never a value), asks (on a terminal; --yes skips; refused without a terminal), then
/// applies it with RotationRunner. Returns an ExitCode.
class RotateCommand
{
    Q_DECLARE_TR_FUNCTIONS(RotateCommand)

public:
    static int run(const QStringList &arguments);
};

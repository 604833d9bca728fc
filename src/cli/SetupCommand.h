#pragma once

#include <QCoreApplication>

#include <QStringList>

/// `envsmith setup [--repo DIR] [--yes] [--no-keychain] [--follow-symlink] [--format text|json]`:
/// plans and applies the onboarding run without a window. Third-party keys are left empty and listed as
/// to-do. Returns an ExitCode.
class SetupCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetupCommand)

public:
    static int run(const QStringList &arguments);
};

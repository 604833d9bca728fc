#include "cli/InstallHookCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>

int InstallHookCommand::run(const QStringList &)
{
    Console::err(QCoreApplication::translate("InstallHookCommand",
                                             "envsmith install-hook is not available in this build yet."));
    return static_cast<int>(ExitCode::Usage);
}

QString InstallHookCommand::helpText()
{
    return {};
}

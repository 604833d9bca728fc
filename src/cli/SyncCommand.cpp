#include "cli/SyncCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>

int SyncCommand::run(const QStringList &)
{
    Console::err(
        QCoreApplication::translate("SyncCommand", "envsmith sync is not available in this build yet."));
    return static_cast<int>(ExitCode::Usage);
}

QString SyncCommand::helpText()
{
    return {};
}

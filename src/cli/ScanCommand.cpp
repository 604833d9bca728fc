#include "cli/ScanCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>

int ScanCommand::run(const QStringList &)
{
    Console::err(
        QCoreApplication::translate("ScanCommand", "envsmith scan is not available in this build yet."));
    return static_cast<int>(ExitCode::Usage);
}

QString ScanCommand::helpText()
{
    return {};
}

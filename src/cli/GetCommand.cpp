#include "cli/GetCommand.h"

#include "cli/Console.h"
#include "cli/DotenvCommandOptions.h"
#include "cli/ExitCode.h"
#include "core/dotenv/DotenvDocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int GetCommand::run(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("GetCommand", text);
    };
    auto options = DotenvCommandOptions::parse(
        QStringLiteral("get"), arguments,
        {QStringLiteral("file"), QStringLiteral("repo"), QStringLiteral("dialect")}, QStringLiteral("KEY"));
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    const auto path = options->envFilePath();
    if (!path) {
        Console::err(path.error());
        return int(ExitCode::Failed);
    }
    if (QFileInfo(*path).isDir()) {
        Console::err(
            tr("envsmith get: %1 is a folder, not an env file; name a file with --file.").arg(*path));
        return int(ExitCode::Failed);
    }
    if (QFileInfo::exists(*path) && !QFileInfo(*path).isFile()) {
        // A FIFO would block the read forever, a device never end.
        Console::err(tr("envsmith get: %1 is not a regular file (a FIFO or a device); name an env file with "
                        "--file.")
                         .arg(*path));
        return int(ExitCode::Failed);
    }
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        Console::err(tr("envsmith get: cannot read %1 (%2).").arg(*path, file.errorString()));
        return int(ExitCode::Failed);
    }
    const auto document = DotenvDocument::parse(file.readAll(), options->dialect);
    if (!document) {
        Console::err(tr("envsmith get: %1 cannot be read: %2").arg(*path, document.error().toString()));
        return int(ExitCode::Failed);
    }
    const QString &key = options->positional;
    const auto values = document->resolvedValues();
    const auto it = values.constFind(key);
    if (it == values.constEnd()) {
        Console::err(tr("envsmith get: %1 is not set in %2.").arg(key, *path));
        return int(ExitCode::Failed);
    }
    std::fwrite(it->constData(), 1, static_cast<size_t>(it->size()), stdout);
    std::fputc('\n', stdout);
    if (std::fflush(stdout) != 0) {
        Console::err(tr("envsmith get: cannot write to standard output."));
        return int(ExitCode::Failed);
    }
    return int(ExitCode::Success);
}

#include "cli/CheckCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/setup/ProjectCheck.h"
#include "core/setup/RepoContext.h"

int CheckCommand::run(const QStringList &arguments)
{
    auto options = CommandOptions::parse(QStringLiteral("check"), arguments,
                                         {QStringLiteral("repo"), QStringLiteral("format")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    auto context = RepoContext::open(options->repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }
    const HygieneReport report = ProjectCheck::run(*context);
    if (options->format == CommandOptions::Format::Json) {
        Console::out(QString::fromUtf8(report.toJson()));
    } else {
        Console::out(report.toText());
    }
    return int(report.hasErrors() ? ExitCode::Findings : ExitCode::Success);
}

#include "cli/CheckCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/setup/ProjectCheck.h"
#include "core/setup/ProjectKeychainValues.h"
#include "core/setup/RepoContext.h"

int CheckCommand::run(const QStringList &arguments)
{
    auto options = CommandOptions::parse(
        QStringLiteral("check"), arguments,
        {QStringLiteral("repo"), QStringLiteral("no-keychain"), QStringLiteral("format")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    auto context = RepoContext::open(options->repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }
    ProjectCheck::Options checkOptions;
    if (!options->noKeychain) {
        // Read here, on the main thread (QtKeychain needs its event loop); never prompts to unlock.
        ProjectKeychainValues::Result keychain = ProjectKeychainValues::read(*context);
        checkOptions.keychainValues = std::move(keychain.values);
        checkOptions.keychainNote = keychain.note;
    }
    const HygieneReport report = ProjectCheck::run(*context, checkOptions);
    if (options->format == CommandOptions::Format::Json) {
        Console::out(QString::fromUtf8(report.toJson()));
    } else {
        Console::out(report.toText());
    }
    if (report.hasErrors()) {
        return int(ExitCode::Findings);
    }
    return int(report.isIncomplete() ? ExitCode::Incomplete : ExitCode::Success);
}

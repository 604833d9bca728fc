#include "cli/RestoreCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/setup/RestoreJob.h"

int RestoreCommand::run(const QStringList &arguments)
{
    auto options = CommandOptions::parse(QStringLiteral("restore"), arguments, {QStringLiteral("repo")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    auto context = RepoContext::open(options->repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }
    auto job = RestoreJob::prepare(*context);
    if (!job) {
        Console::err(job.error());
        return int(ExitCode::Failed);
    }
    Console::out(tr("Restoring %1:").arg(context->envPath()));
    Console::out(job->describe());
    const RestoreJob::Result result = job->apply();
    for (const ApplyStep &step : result.steps) {
        Console::out(QStringLiteral("[%1] %2%3")
                         .arg(ApplyStep::statusName(step.status), step.title,
                              step.message.isEmpty() ? QString() : QStringLiteral(": ") + step.message));
    }
    if (!result.envWritten) {
        Console::err(tr("Restore failed: %1 was not written.").arg(context->envFileName()));
        return int(ExitCode::Failed);
    }
    if (const QStringList missing = job->missing(); !missing.isEmpty()) {
        Console::out(tr("To do: the keychain holds no value for %1; run envsmith setup to fill them.")
                         .arg(missing.join(QStringLiteral(", "))));
    }
    return int(result.ok() ? ExitCode::Success : ExitCode::Incomplete);
}

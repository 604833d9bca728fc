#include "cli/RotateCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/setup/RotationPlan.h"
#include "core/setup/RotationRunner.h"

int RotateCommand::run(const QStringList &arguments)
{
    // Variable names and --finish are rotate's own; the shared options go to CommandOptions.
    QStringList names;
    QStringList shared;
    bool finish = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--finish")) {
            finish = true;
        } else if (argument.startsWith(u'-')) {
            shared.append(argument);
            if (argument == QStringLiteral("--repo") && i + 1 < arguments.size()) {
                shared.append(arguments.at(++i));
            }
        } else {
            names.append(argument);
        }
    }
    auto options =
        CommandOptions::parse(QStringLiteral("rotate"), shared,
                              {QStringLiteral("repo"), QStringLiteral("yes"), QStringLiteral("no-keychain")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    if (names.isEmpty()) {
        Console::err(tr("envsmith rotate: name the variables, e.g. envsmith rotate JWT_SECRET (or envsmith "
                        "rotate --finish JWT_SECRET). See 'envsmith --help'."));
        return int(ExitCode::Usage);
    }
    auto context = RepoContext::open(options->repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }
    auto plan = RotationPlan::build(*context, names,
                                    finish ? RotationPlan::Mode::Finish : RotationPlan::Mode::Rotate);
    if (!plan) {
        Console::err(plan.error());
        return int(ExitCode::Failed);
    }
    Console::out(options->noKeychain ? tr("Changes to %1:").arg(context->envPath())
                                     : tr("Changes to %1 and the keychain:").arg(context->envPath()));
    Console::out(plan->describe());
    for (const QString &warning : plan->warnings()) {
        Console::err(tr("Warning: %1").arg(warning));
    }
    if (!options->yes) {
        if (!Console::interactive()) {
            Console::err(tr("Nothing was changed: confirmation needed. Run again with --yes to apply without "
                            "asking."));
            return int(ExitCode::Usage);
        }
        if (!Console::confirm(tr("Apply these changes?"))) {
            Console::err(tr("Cancelled; nothing was changed."));
            return int(ExitCode::Cancelled);
        }
    }
    RotationRunner::Options runOptions;
    runOptions.useKeychain = !options->noKeychain;
    const RotationRunner::Result result = RotationRunner::apply(*plan, runOptions);
    for (const ApplyStep &step : result.steps) {
        Console::out(QStringLiteral("[%1] %2%3")
                         .arg(ApplyStep::statusName(step.status), step.title,
                              step.message.isEmpty() ? QString() : QStringLiteral(": ") + step.message));
    }
    if (!result.envWritten) {
        Console::err(tr("Rotation failed: %1 was not changed.").arg(context->envFileName()));
        if (ApplyStep::failed(result.steps, ApplyStep::Id::Keychain)) {
            Console::err(tr("To rotate without the keychain, run rotate again with --no-keychain (the new "
                            "values then live only in %1).")
                             .arg(context->envFileName()));
        }
        return int(ExitCode::Failed);
    }
    if (!result.ok()) {
        Console::err(tr("Rotation is incomplete: %1 holds the new values, but the keychain step failed (see "
                        "above).")
                         .arg(context->envFileName()));
        return int(ExitCode::Incomplete);
    }
    if (!finish) {
        QString rotated;
        for (const RotationPlan::Change &change : plan->changes()) {
            if (change.kind == RotationPlan::Change::Kind::Rotate) {
                rotated = change.name; // a Previous change follows its Rotate change
            } else if (change.kind == RotationPlan::Change::Kind::Previous) {
                Console::out(
                    tr("%1 keeps the old value: restart your app, and once nothing signed with the old "
                       "key is in use, run: envsmith rotate --finish %2")
                        .arg(change.name, rotated));
            }
        }
    }
    return int(ExitCode::Success);
}

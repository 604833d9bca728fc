#include "cli/SetupCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/setup/PlanDescription.h"
#include "core/setup/PlanWarnings.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString planText(const SetupPlan &plan)
{
    QString text =
        SetupCommand::tr("Repository: %1").arg(QDir::toNativeSeparators(plan.context().root())) + u'\n';
    text +=
        SetupCommand::tr("Template:   %1").arg(QDir::toNativeSeparators(plan.envTemplate().path())) + u'\n';
    text += u'\n';
    qsizetype width = 0;
    for (const PlannedVariable &row : plan.variables()) {
        width = std::max(width, row.spec.name.size());
    }
    for (const PlannedVariable &row : plan.variables()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(row.spec.name.leftJustified(width), PlanDescription::source(row));
    }
    if (!plan.replaced().isEmpty()) {
        text +=
            u'\n' + SetupCommand::tr("Existing values that will be replaced (the old .env is backed up): %1")
                        .arg(plan.replaced().join(QStringLiteral(", ")));
    }
    if (!plan.gitignoreLines().isEmpty()) {
        text += u'\n' + SetupCommand::tr("Lines to add to .gitignore:") + u'\n';
        for (const QString &line : plan.gitignoreLines()) {
            text += QStringLiteral("  %1\n").arg(line);
        }
    }
    return text;
}

QJsonObject resultJson(const SetupPlan &plan, const SetupRunner::Result &result)
{
    QJsonArray variables;
    for (const PlannedVariable &row : plan.variables()) {
        variables.append(QJsonObject{{QStringLiteral("name"), row.spec.name},
                                     {QStringLiteral("action"), PlanDescription::actionId(row)},
                                     {QStringLiteral("source"), PlanDescription::source(row)}});
    }
    QJsonArray steps;
    for (const ApplyStep &step : result.steps) {
        steps.append(QJsonObject{{QStringLiteral("title"), step.title},
                                 {QStringLiteral("status"), ApplyStep::statusName(step.status)},
                                 {QStringLiteral("message"), step.message}});
    }
    return QJsonObject{
        {QStringLiteral("repository"), plan.context().root()},
        {QStringLiteral("envFile"), plan.context().envPath()},
        {QStringLiteral("variables"), variables},
        {QStringLiteral("todo"), QJsonArray::fromStringList(plan.missing())},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("backup"), result.backupPath},
        {QStringLiteral("findings"), QJsonDocument::fromJson(result.report.toJson()).array()},
        {QStringLiteral("ok"), result.ok()},
    };
}

} // namespace

int SetupCommand::run(const QStringList &arguments)
{
    auto options =
        CommandOptions::parse(QStringLiteral("setup"), arguments,
                              {QStringLiteral("repo"), QStringLiteral("yes"), QStringLiteral("no-keychain"),
                               QStringLiteral("follow-symlink"), QStringLiteral("format")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    const bool json = options->format == CommandOptions::Format::Json;
    auto context = RepoContext::open(options->repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }
    auto plan = SetupPlanner::build(*context);
    if (!plan) {
        Console::err(plan.error());
        return int(ExitCode::Failed);
    }

    const QStringList warnings = PlanWarnings::collect(*plan); // floor and strength; never a value
    if (!json) {
        Console::out(planText(*plan));
        for (const QString &warning : warnings) {
            Console::out(SetupCommand::tr("Warning: %1").arg(warning));
        }
    }
    if (plan->envIsSymlink() && !options->followSymlink) {
        Console::err(
            SetupCommand::tr(
                "%1 is a symbolic link. Nothing was written. Run again with --follow-symlink to write to "
                "the file it points to, or remove the link.")
                .arg(context->envFileName()));
        return int(ExitCode::Usage);
    }
    if (!options->yes) {
        if (!Console::interactive()) {
            Console::err(SetupCommand::tr(
                "Nothing was written: confirmation needed. Run again with --yes to apply without "
                "asking."));
            return int(ExitCode::Usage);
        }
        if (!Console::confirm(SetupCommand::tr("Apply these changes?"))) {
            Console::err(SetupCommand::tr("Cancelled; nothing was written."));
            return int(ExitCode::Cancelled);
        }
    }

    SetupRunner::Options runOptions;
    runOptions.useKeychain = !options->noKeychain;
    runOptions.followSymlink = options->followSymlink;
    const SetupRunner::Result result = SetupRunner::apply(*plan, runOptions, [json](const ApplyStep &step) {
        if (!json && step.status != ApplyStep::Status::Running) {
            Console::out(QStringLiteral("[%1] %2%3")
                             .arg(ApplyStep::statusName(step.status), step.title,
                                  step.message.isEmpty() ? QString() : QStringLiteral(": ") + step.message));
        }
    });

    if (json) {
        QJsonObject root = resultJson(*plan, result);
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        Console::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        Console::out(QString());
        Console::out(result.report.toText());
        const QStringList todo = plan->missing();
        if (!todo.isEmpty()) {
            Console::out(
                SetupCommand::tr(
                    "To do: %1 still need a value from you (left empty in %2). Set them with your editor "
                    "or run the wizard: envsmith %3")
                    .arg(todo.join(QStringLiteral(", ")), context->envFileName(), context->root()));
        }
    }
    if (!result.envWritten) {
        Console::err(SetupCommand::tr("Setup failed: %1 was not written.").arg(context->envFileName()));
        return int(ExitCode::Failed);
    }
    if (!result.ok()) {
        Console::err(
            SetupCommand::tr("Setup is incomplete: %1 was written, but another step failed (see above).")
                .arg(context->envFileName()));
        if (ApplyStep::failed(result.steps, ApplyStep::Id::Keychain)) {
            Console::err(
                SetupCommand::tr("To set up without the keychain, run setup again with --no-keychain "
                                 "(the values then live only in %1).")
                    .arg(context->envFileName()));
        }
        return int(ExitCode::Incomplete);
    }
    return int(ExitCode::Success);
}

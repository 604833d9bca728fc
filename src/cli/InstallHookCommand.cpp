#include "cli/InstallHookCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/hygiene/CommitGuardInstaller.h"

#include <QCoreApplication>
#include <QDir>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InstallHookCommand", text);
}

} // namespace

int InstallHookCommand::run(const QStringList &arguments)
{
    QStringList rest = arguments;
    const bool uninstall = rest.removeAll(QStringLiteral("--uninstall")) > 0;
    auto options = CommandOptions::parse(QStringLiteral("install-hook"), rest, {QStringLiteral("repo")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    const QString repo = options->repoFolder();
    if (uninstall) {
        auto result = CommitGuardInstaller::uninstall(repo);
        if (!result) {
            Console::err(result.error());
            return int(ExitCode::Failed);
        }
        if (result->outcome == CommitGuardInstaller::Outcome::NotInstalled) {
            Console::out(tr("Envsmith's pre-commit hook is not installed at %1; nothing changed.")
                             .arg(QDir::toNativeSeparators(result->hookPath)));
        } else if (result->chainedHookPath.isEmpty()) {
            Console::out(
                tr("Removed Envsmith's pre-commit hook %1.").arg(QDir::toNativeSeparators(result->hookPath)));
        } else {
            Console::out(tr("Removed Envsmith's pre-commit hook; the previous hook is back at %1.")
                             .arg(QDir::toNativeSeparators(result->hookPath)));
        }
        return int(ExitCode::Success);
    }

    auto result = CommitGuardInstaller::install(repo, QCoreApplication::applicationFilePath());
    if (!result) {
        Console::err(result.error());
        return int(ExitCode::Failed);
    }
    const QString hook = QDir::toNativeSeparators(result->hookPath);
    if (result->outcome == CommitGuardInstaller::Outcome::Updated) {
        Console::out(tr("Envsmith's pre-commit hook was already installed at %1; refreshed it.").arg(hook));
    } else {
        Console::out(tr("Installed Envsmith's pre-commit hook at %1. Every commit now runs 'envsmith scan "
                        "--staged' and is stopped when it adds an env file or a secret.")
                         .arg(hook));
    }
    if (!result->chainedHookPath.isEmpty()) {
        Console::out(tr("The previous pre-commit hook is kept as %1 and still runs first.")
                         .arg(QDir::toNativeSeparators(result->chainedHookPath)));
    }
    if (result->sharedHooksFolder) {
        Console::out(tr("Note: core.hooksPath comes from your global or system git configuration, so this "
                        "hook guards every repository that uses that folder."));
    }
    return int(ExitCode::Success);
}

QString InstallHookCommand::helpText()
{
    return tr("  envsmith install-hook [--repo DIR] [--uninstall]\n"
              "                           Install a git pre-commit hook that runs 'envsmith scan --staged'\n"
              "                           and stops a commit adding an env file or a secret (core.hooksPath\n"
              "                           and worktrees honoured; an existing hook is kept as\n"
              "                           pre-commit.envsmith-chained and still runs first). When envsmith\n"
              "                           cannot be run the commit is stopped. --uninstall removes it and\n"
              "                           puts the previous hook back.\n");
}

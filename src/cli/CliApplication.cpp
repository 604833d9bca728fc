#include "cli/CliApplication.h"

#include "cli/CheckCommand.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/GenerateCommand.h"
#include "cli/GetCommand.h"
#include "cli/InstallHookCommand.h"
#include "cli/LintCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/RotateCommand.h"
#include "cli/ScanCommand.h"
#include "cli/SetCommand.h"
#include "cli/SetupCommand.h"
#include "cli/SyncCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace {

const QStringList &commands()
{
    static const QStringList names = {
        QStringLiteral("setup"),  QStringLiteral("check"),        QStringLiteral("set"),
        QStringLiteral("get"),    QStringLiteral("lint"),         QStringLiteral("generate"),
        QStringLiteral("rotate"), QStringLiteral("restore"),      QStringLiteral("sync"),
        QStringLiteral("scan"),   QStringLiteral("install-hook"), QStringLiteral("help")};
    return names;
}

bool isHelpOption(const QString &argument)
{
    return argument == QStringLiteral("--help") || argument == QStringLiteral("-h");
}

// The usage lines of @p command (one of commands()), indented like the rest of `envsmith --help`.
QString usageLines(const QString &command)
{
    if (command == QStringLiteral("setup")) {
        return QCoreApplication::translate(
            "CliApplication", "  envsmith setup [options] Create or complete .env without a window.\n");
    }
    if (command == QStringLiteral("check")) {
        return QCoreApplication::translate(
            "CliApplication", "  envsmith check [options] Print the repository's hygiene findings.\n");
    }
    if (command == QStringLiteral("set")) {
        return QCoreApplication::translate(
            "CliApplication",
            "  envsmith set KEY [--file F] [--repo DIR] [--dialect npm|python]\n"
            "                           Set KEY in .env (or F): the value is read from standard input "
            "(one\n"
            "                           trailing line break removed) or typed at a hidden prompt, never "
            "from\n"
            "                           the command line; only that line changes; 0600, atomic, with a "
            "backup.\n");
    }
    if (command == QStringLiteral("get")) {
        return QCoreApplication::translate(
            "CliApplication",
            "  envsmith get KEY [--file F] [--repo DIR] [--dialect npm|python]\n"
            "                           Print KEY's value (as the dialect's reader reads it) and a line "
            "break.\n");
    }
    if (command == QStringLiteral("lint")) {
        return QCoreApplication::translate(
            "CliApplication",
            "  envsmith lint FILE [--format text|json] [--dialect npm|python] [--schema SCHEMA]\n"
            "                           Check an env file or template (dotenv-linter's checks, secrets,\n"
            "                           values readers disagree on). Silence a region with a comment "
            "line\n"
            "                           '# envsmith-lint:off Check1,Check2' ... '# envsmith-lint:on' "
            "(dotenv-\n"
            "                           linter's '# dotenv-linter:off' works too). --schema checks it "
            "against a\n"
            "                           dotenv-linter schema (.dotenv_schema.json: SchemaViolation).\n");
    }
    if (command == QStringLiteral("generate")) {
        return QCoreApplication::translate(
            "CliApplication",
            "  envsmith generate PROFILE\n"
            "                           Print one new secret (the 'openssl rand' replacement): "
            "base64(N),\n"
            "                           base64url(N), hex(N) (N random bytes), alnum(N), password(N) (N\n"
            "                           characters), uuid, laravel_key. Its entropy in bits goes to "
            "stderr,\n"
            "                           with a warning below 128 bits or 32 characters.\n");
    }
    if (command == QStringLiteral("rotate")) {
        return QCoreApplication::translate(
            "CliApplication",
            "  envsmith rotate VAR... [--repo DIR] [--yes] [--no-keychain]\n"
            "                           New values for VAR... in .env and the keychain, after showing "
            "what\n"
            "                           changes. Signing keys (JWT, SESSION, COOKIE, SIGNING, HMAC) keep "
            "the\n"
            "                           old value as VAR_PREVIOUS (or the template's @previous=NAME); "
            "values\n"
            "                           that embed a rotated one (DATABASE_URL) follow.\n"
            "  envsmith rotate --finish VAR... [--repo DIR] [--yes]\n"
            "                           Drop VAR_PREVIOUS from .env and the keychain: the rotation is "
            "done.\n");
    }
    if (command == QStringLiteral("restore")) {
        return QCoreApplication::translate(
            "CliApplication",
            "  envsmith restore [--repo DIR]\n"
            "                           Rebuild a missing .env from the keychain, in the template's "
            "order\n"
            "                           with its comments.\n");
    }
    if (command == QStringLiteral("sync")) {
        return SyncCommand::helpText();
    }
    if (command == QStringLiteral("scan")) {
        return ScanCommand::helpText();
    }
    if (command == QStringLiteral("install-hook")) {
        return InstallHookCommand::helpText();
    }
    return QCoreApplication::translate(
        "CliApplication",
        "  envsmith help | --help   Show this text.   envsmith --version   Show the version.\n"
        "  envsmith COMMAND --help  Show the help of one command.\n");
}

QString setupDescription()
{
    return QCoreApplication::translate(
        "CliApplication",
        "setup reads the template (.env.example, .env.sample, .env.template or .env.dist), keeps the "
        "values\n"
        "of an existing .env, generates missing secrets with libsodium, keeps plain configuration "
        "from the\n"
        "template, derives values that embed others (a DATABASE_URL with the database password), "
        "makes git\n"
        "ignore .env, .env.local and .env.*.local, writes .env atomically with mode 0600 (the old "
        "file is\n"
        "kept as .env.envsmith-backup-<time>), and stores every value in the OS keychain. Keys of "
        "outside\n"
        "services (API keys) are never generated: they are left empty and listed as to do.\n");
}

// The lines of the shared options (CommandOptions) that @p command takes; every one for the full help.
QString optionLines(const QString &command)
{
    const bool all = command.isEmpty();
    const bool setup = all || command == QStringLiteral("setup");
    QString lines = QCoreApplication::translate(
        "CliApplication", "  --repo DIR               The repository (default: the current folder).\n");
    if (setup) {
        lines += QCoreApplication::translate(
            "CliApplication",
            "  --yes                    Apply without asking (setup asks on a terminal, refuses "
            "otherwise).\n"
            "  --no-keychain            setup: do not store values in the OS keychain.\n"
            "  --follow-symlink         setup: when .env is a symbolic link, write to the file it "
            "points to.\n");
    }
    if (all || command == QStringLiteral("check")) {
        lines += QCoreApplication::translate(
            "CliApplication",
            "  --no-keychain            check: search the tree for the values in .env only, not for "
            "those in\n"
            "                           the OS keychain (not searched anyway while it is locked).\n");
    }
    lines += QCoreApplication::translate("CliApplication",
                                         "  --format text|json       Output as text (default) or JSON.\n");
    return lines;
}

QString exitCodeLines()
{
    return QCoreApplication::translate(
        "CliApplication",
        "Exit codes:\n"
        "  0  success; check, lint: no finding of severity error\n"
        "  1  check, lint: at least one finding of severity error\n"
        "  2  usage error, or a confirmation was needed (run again with --yes / --follow-symlink)\n"
        "  3  failed: nothing was written (no template, unreadable .env, read-only folder, ...)\n"
        "  4  incomplete: .env was written but a later step failed (e.g. the keychain is "
        "unavailable);\n"
        "     sync: a variable was left unresolved or a conflict kept (not taken with --take-vault);\n"
        "     check: no finding of severity error, but a check could not be done (not a git repository,\n"
        "     a bare or shallow repository, git missing, the secret scan failed, .env's values not\n"
        "     searched for), marked incomplete in the report;\n"
        "     scan: no finding, but something could not be scanned (listed in the output)\n"
        "  5  cancelled at the confirmation question\n");
}

} // namespace

bool CliApplication::handles(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        return false;
    }
    const QString &first = arguments.at(1);
    if (commands().contains(first) || first == QStringLiteral("--help") || first == QStringLiteral("-h") ||
        first == QStringLiteral("--version")) {
        return true;
    }
    // The wizard takes only `--demo` and one existing folder; anything else is a command-line mistake that
    // must get a usage error, not a window (which would also hang or abort without a display).
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QStringLiteral("--demo")) {
            continue;
        }
        if (argument.startsWith(u'-') || !QFileInfo(argument).isDir()) {
            return true;
        }
    }
    return false;
}

int CliApplication::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (isHelpOption(command) || command == QStringLiteral("help")) {
        // `envsmith help COMMAND`: that command's help.
        const QString topic = rest.value(0);
        if (command == QStringLiteral("help") && commands().contains(topic) && topic != command) {
            Console::out(commandHelpText(topic));
        } else {
            Console::out(helpText());
        }
        return int(ExitCode::Success);
    }
    // `envsmith COMMAND --help` (or -h anywhere after the command): the command's help, nothing run.
    if (commands().contains(command) && std::any_of(rest.cbegin(), rest.cend(), isHelpOption)) {
        Console::out(commandHelpText(command));
        return int(ExitCode::Success);
    }
    if (command == QStringLiteral("--version")) {
        Console::out(QStringLiteral("envsmith %1").arg(QStringLiteral(ENVSMITH_VERSION)));
        return int(ExitCode::Success);
    }
    if (command == QStringLiteral("setup")) {
        return SetupCommand::run(rest);
    }
    if (command == QStringLiteral("check")) {
        return CheckCommand::run(rest);
    }
    if (command == QStringLiteral("set")) {
        return SetCommand::run(rest);
    }
    if (command == QStringLiteral("get")) {
        return GetCommand::run(rest);
    }
    if (command == QStringLiteral("lint")) {
        return LintCommand::run(rest);
    }
    if (command == QStringLiteral("generate")) {
        return GenerateCommand::run(rest);
    }
    if (command == QStringLiteral("rotate")) {
        return RotateCommand::run(rest);
    }
    if (command == QStringLiteral("restore")) {
        return RestoreCommand::run(rest);
    }
    if (command == QStringLiteral("sync")) {
        return SyncCommand::run(rest);
    }
    if (command == QStringLiteral("scan")) {
        return ScanCommand::run(rest);
    }
    if (command == QStringLiteral("install-hook")) {
        return InstallHookCommand::run(rest);
    }
    for (const QString &argument : arguments.mid(1)) {
        if (argument.startsWith(u'-') && argument != QStringLiteral("--demo")) {
            Console::err(QCoreApplication::translate("CliApplication",
                                                     "Unknown option '%1'. Options follow the command, e.g. "
                                                     "'envsmith check --format json'. See 'envsmith --help'.")
                             .arg(argument));
            return int(ExitCode::Usage);
        }
    }
    Console::err(QCoreApplication::translate(
                     "CliApplication", "'%1' is neither a command nor an existing folder. See 'envsmith "
                                       "--help'.")
                     .arg(command));
    return int(ExitCode::Usage);
}

QString CliApplication::helpText()
{
    QString text = QCoreApplication::translate(
        "CliApplication",
        "Usage:\n"
        "  envsmith [DIR]           Open the setup wizard on the repository in DIR (default: the "
        "current\n"
        "                           folder when it has a template, else the bundled demo "
        "project).\n"
        "  envsmith --demo          Open the wizard on a fresh copy of the bundled demo "
        "project.\n");
    for (const QString &command : commands()) {
        text += usageLines(command);
    }
    text += u'\n' + setupDescription() + u'\n' + QCoreApplication::translate("CliApplication", "Options:\n") +
            optionLines({}) + u'\n' +
            QCoreApplication::translate(
                "CliApplication",
                "Values are never printed (except by get and generate) and never taken from the command "
                "line.\n") +
            u'\n' + exitCodeLines();
    return text;
}

QString CliApplication::commandHelpText(const QString &command)
{
    if (!commands().contains(command) || command == QStringLiteral("help")) {
        return helpText();
    }
    QString text = QCoreApplication::translate("CliApplication", "Usage:\n") + usageLines(command);
    if (command == QStringLiteral("setup")) {
        text += u'\n' + setupDescription();
    }
    if (command == QStringLiteral("setup") || command == QStringLiteral("check")) {
        text += u'\n' + QCoreApplication::translate("CliApplication", "Options:\n") + optionLines(command);
    }
    return text + u'\n' + exitCodeLines();
}

#include "cli/SyncCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "cli/TerminalPrompt.h"
#include "core/setup/SyncPlanner.h"
#include "core/setup/SyncRunner.h"
#include "core/vault/VaultExportFile.h"
#include "core/vault/VaultReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

constexpr qsizetype kMaxPasswordBytes = 4096;

struct SyncArguments
{
    QString from;
    QString passwordFile;
    QString scope;
    QStringList takeVault;
    bool passwordStdin = false;
    bool dryRun = false;
    bool deleteExport = false;
    CommandOptions shared;
};

std::expected<SyncArguments, QString> parseArguments(const QStringList &arguments)
{
    SyncArguments parsed;
    QStringList shared;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString name = argument;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = argument.indexOf(u'=');
            argument.startsWith(QStringLiteral("--")) && eq > 0) {
            name = argument.left(eq);
            inlineValue = argument.mid(eq + 1);
        }
        const auto value = [&]() -> std::expected<QString, QString> {
            if (inlineValue) {
                return *inlineValue;
            }
            if (i + 1 >= arguments.size()) {
                return std::unexpected(
                    QCoreApplication::translate("SyncCommand",
                                                "envsmith sync: %1 needs a value. See 'envsmith --help'.")
                        .arg(name));
            }
            return arguments.at(++i);
        };
        QString *target = nullptr;
        if (name == QStringLiteral("--from")) {
            target = &parsed.from;
        } else if (name == QStringLiteral("--password-file")) {
            target = &parsed.passwordFile;
        } else if (name == QStringLiteral("--scope")) {
            target = &parsed.scope;
        }
        if (target || name == QStringLiteral("--take-vault")) {
            auto taken = value();
            if (!taken) {
                return std::unexpected(taken.error());
            }
            if (target) {
                *target = *taken;
            } else {
                parsed.takeVault.append(*taken);
            }
            continue;
        }
        if (name == QStringLiteral("--password")) {
            // Never repeat what follows: it may be the password itself.
            return std::unexpected(QCoreApplication::translate(
                "SyncCommand", "envsmith sync: a password is never taken from the command line (other "
                               "users can read it there). Use --password-stdin, --password-file F, or "
                               "type it at the prompt."));
        }
        if (inlineValue &&
            (name == QStringLiteral("--password-stdin") || name == QStringLiteral("--dry-run") ||
             name == QStringLiteral("--delete-export"))) {
            return std::unexpected(
                QCoreApplication::translate("SyncCommand", "envsmith sync: %1 takes no value.").arg(name));
        }
        if (name == QStringLiteral("--password-stdin")) {
            parsed.passwordStdin = true;
        } else if (name == QStringLiteral("--dry-run")) {
            parsed.dryRun = true;
        } else if (name == QStringLiteral("--delete-export")) {
            parsed.deleteExport = true;
        } else if (argument.startsWith(u'-')) {
            shared.append(argument);
            if ((argument == QStringLiteral("--repo") || argument == QStringLiteral("--format")) &&
                i + 1 < arguments.size()) {
                shared.append(arguments.at(++i));
            }
        } else {
            return std::unexpected(
                QCoreApplication::translate(
                    "SyncCommand", "envsmith sync: unexpected argument at position %1; name the export with "
                                   "--from FILE. See 'envsmith --help'.")
                    .arg(i + 1));
        }
    }
    auto options = CommandOptions::parse(QStringLiteral("sync"), shared,
                                         {QStringLiteral("repo"), QStringLiteral("yes"),
                                          QStringLiteral("no-keychain"), QStringLiteral("format")});
    if (!options) {
        return std::unexpected(options.error());
    }
    parsed.shared = *options;
    if (parsed.from.isEmpty()) {
        return std::unexpected(QCoreApplication::translate(
            "SyncCommand", "envsmith sync: name the export with --from FILE (a Bitwarden JSON or CSV "
                           "export, or a 1Password 1PUX, 1PIF or CSV export)."));
    }
    if (parsed.passwordStdin && !parsed.passwordFile.isEmpty()) {
        return std::unexpected(QCoreApplication::translate(
            "SyncCommand", "envsmith sync: give the password one way: --password-stdin or "
                           "--password-file, not both."));
    }
    return parsed;
}

// Bytes up to the first line break (the whole input when it has none), at most kMaxPasswordBytes.
std::expected<SecureBuffer, QString> passwordFrom(QFile &in, const QString &where)
{
    QByteArray bytes = in.read(kMaxPasswordBytes + 1);
    if (bytes.size() > kMaxPasswordBytes) {
        bytes.fill('\0');
        return std::unexpected(
            QCoreApplication::translate("SyncCommand", "The password in %1 is longer than %2 bytes.")
                .arg(where)
                .arg(kMaxPasswordBytes));
    }
    qsizetype end = bytes.indexOf('\n');
    if (end < 0) {
        end = bytes.size();
    }
    if (end > 0 && bytes.at(end - 1) == '\r') {
        --end;
    }
    SecureBuffer password = SecureBuffer::fromBytes(QByteArrayView(bytes).first(end));
    bytes.fill('\0');
    return password;
}

struct PasswordError
{
    QString message;
    ExitCode code = ExitCode::Failed;
};

// The password: from stdin, the file or the prompt. A source that cannot be read is a failure (exit 3); a
// protected export without a way to give the password is a usage error (exit 2).
std::expected<std::optional<SecureBuffer>, PasswordError> readPassword(const SyncArguments &arguments,
                                                                       VaultFormat format)
{
    const auto failed = [](const QString &message) {
        return std::unexpected(PasswordError{message, ExitCode::Failed});
    };
    if (arguments.passwordStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return failed(QCoreApplication::translate("SyncCommand", "Cannot read standard input: %1")
                              .arg(in.errorString()));
        }
        auto password = passwordFrom(in, QCoreApplication::translate("SyncCommand", "standard input"));
        if (!password) {
            return failed(password.error());
        }
        return std::optional<SecureBuffer>(std::move(*password));
    }
    if (!arguments.passwordFile.isEmpty()) {
        const QString shown = QDir::toNativeSeparators(arguments.passwordFile);
        const QFileInfo info(arguments.passwordFile);
        if (!info.exists()) {
            return failed(QCoreApplication::translate(
                              "SyncCommand",
                              "The password file %1 does not exist. Check the path given to --password-file.")
                              .arg(shown));
        }
        if (info.isDir()) {
            return failed(
                QCoreApplication::translate(
                    "SyncCommand",
                    "The password file %1 is a folder. Give --password-file the file that holds the "
                    "password.")
                    .arg(shown));
        }
        QFile in(arguments.passwordFile);
        if (!in.open(QIODevice::ReadOnly)) {
            return failed(QCoreApplication::translate(
                              "SyncCommand", "Cannot read the password file %1: %2. Check its permissions.")
                              .arg(shown, in.errorString()));
        }
        auto password = passwordFrom(in, shown);
        if (!password) {
            return failed(password.error());
        }
        return std::optional<SecureBuffer>(std::move(*password));
    }
    if (format != VaultFormat::BitwardenPasswordProtected) {
        return std::optional<SecureBuffer>();
    }
    if (!Console::interactive()) {
        return std::unexpected(PasswordError{
            QCoreApplication::translate(
                "SyncCommand", "%1 is password-protected. Give the password with --password-stdin or "
                               "--password-file F (never on the command line).")
                .arg(arguments.from),
            ExitCode::Usage});
    }
    auto typed = TerminalPrompt::readHidden(QCoreApplication::translate("SyncCommand", "Password of %1: ")
                                                .arg(QFileInfo(arguments.from).fileName()),
                                            kMaxPasswordBytes);
    if (!typed) {
        return failed(typed.error());
    }
    SecureBuffer password = SecureBuffer::fromBytes(*typed);
    typed->fill('\0');
    return std::optional<SecureBuffer>(std::move(password));
}

// True when the command line asks for JSON output (for errors found before the options are parsed).
bool asksForJson(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--format=json") ||
            (arguments.at(i) == QStringLiteral("--format") &&
             arguments.value(i + 1) == QStringLiteral("json"))) {
            return true;
        }
    }
    return false;
}

void printJson(const QJsonObject &root)
{
    Console::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
}

VaultFormat detectFormat(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return VaultFormat::Unknown; // VaultReader::read says what is wrong
    }
    QByteArray head = file.read(64 * 1024);
    const VaultFormat format = VaultReader::detect(head, QFileInfo(path).fileName());
    head.fill('\0');
    return format;
}

QJsonObject rowJson(const SyncPlan::Row &row)
{
    QJsonObject object{{QStringLiteral("name"), row.name},
                       {QStringLiteral("action"), syncActionId(row.action)},
                       {QStringLiteral("method"), VaultMatch::methodName(row.match.method)},
                       {QStringLiteral("reason"), row.reason}};
    if (row.action == SyncAction::Conflict) {
        object.insert(QStringLiteral("takeVault"), row.takeVault);
    }
    QJsonArray candidates;
    for (const VaultMatch::Candidate &candidate : row.match.candidates) {
        candidates.append(
            QJsonObject{{QStringLiteral("item"), candidate.itemTitle},
                        {QStringLiteral("itemId"), candidate.itemId},
                        {QStringLiteral("section"), candidate.section},
                        {QStringLiteral("field"), candidate.fieldName},
                        {QStringLiteral("places"), QJsonArray::fromStringList(candidate.places)}});
    }
    object.insert(QStringLiteral("candidates"), candidates);
    return object;
}

} // namespace

int SyncCommand::run(const QStringList &arguments)
{
    auto parsed = parseArguments(arguments);
    const bool json = parsed ? parsed->shared.format == CommandOptions::Format::Json : asksForJson(arguments);
    // Every failure: the message on stderr and, with --format json, {"error": message} on stdout (with the
    // plan when there is one), so a script reading stdout sees why there is no result.
    const auto fail = [json](const QString &message, ExitCode code) {
        Console::err(message);
        if (json) {
            printJson({{QStringLiteral("error"), message}});
        }
        return int(code);
    };
    if (!parsed) {
        return fail(parsed.error(), ExitCode::Usage);
    }
    const SyncArguments &args = *parsed;
    auto context = RepoContext::open(args.shared.repoFolder());
    if (!context) {
        return fail(context.error(), ExitCode::Failed);
    }

    // The export: the password first (only when the file needs one), then the read.
    const VaultFormat detected = detectFormat(args.from);
    auto password = readPassword(args, detected);
    if (!password) {
        return fail(password.error().message, password.error().code);
    }
    VaultReadOptions readOptions;
    if (*password) {
        readOptions.password = &**password;
    }
    auto vault = VaultReader::read(args.from, readOptions);
    password->reset();
    if (!vault) {
        // Nothing was read: no reminder about the export's plain text (it may not even be an export).
        return fail(vault.error().message, ExitCode::Failed);
    }
    const bool plaintext = VaultExportFile::isPlaintext(vault->format);
    const bool canAsk = Console::interactive() && !args.passwordStdin;
    bool exportDeleted = false;
    // After a plaintext export was read: delete it when asked to, or offer to on a terminal.
    const auto offerDelete = [&]() {
        if (!plaintext) {
            return;
        }
        const QString shown = QDir::toNativeSeparators(args.from);
        bool remove = args.deleteExport;
        if (!remove && canAsk) {
            remove = Console::confirm(
                QCoreApplication::translate(
                    "SyncCommand", "%1 holds every secret of the export in plain text. Delete it now?")
                    .arg(shown));
        }
        if (remove) {
            exportDeleted = VaultExportFile::remove(args.from).has_value();
            Console::err(exportDeleted ? QCoreApplication::translate("SyncCommand", "Deleted %1.").arg(shown)
                                       : QCoreApplication::translate(
                                             "SyncCommand",
                                             "Could not delete %1; delete it yourself, it holds every secret "
                                             "of the export in plain text.")
                                             .arg(shown));
        } else {
            Console::err(QCoreApplication::translate(
                             "SyncCommand",
                             "%1 holds every secret of the export in plain text: delete it when you are done "
                             "(or pass --delete-export).")
                             .arg(shown));
        }
    };

    SyncPlanner::Options planOptions;
    planOptions.scope = args.scope;
    planOptions.useKeychain = !args.shared.noKeychain;
    auto plan = SyncPlanner::build(*context, *vault, planOptions);
    vault =
        std::unexpected(VaultError{}); // the export's values are not needed any more (the plan has copies)
    // A failure after the export was read: the message, then the reminder (or the deletion), then JSON.
    const auto failAfterRead = [&](const QString &message, ExitCode code) {
        Console::err(message);
        offerDelete();
        if (json) {
            printJson({{QStringLiteral("error"), message}, {QStringLiteral("exportDeleted"), exportDeleted}});
        }
        return int(code);
    };
    if (!plan) {
        return failAfterRead(plan.error(), ExitCode::Failed);
    }
    for (const QString &name : args.takeVault) {
        if (auto resolved = plan->resolveConflict(name, true); !resolved) {
            return failAfterRead(
                QCoreApplication::translate("SyncCommand", "envsmith sync: --take-vault %1: %2")
                    .arg(name, resolved.error()),
                ExitCode::Usage);
        }
    }

    QJsonObject root{{QStringLiteral("export"), args.from},
                     {QStringLiteral("format"), vaultFormatName(plan->exportFormat())},
                     {QStringLiteral("env"), context->envPath()},
                     {QStringLiteral("scope"), plan->scope()},
                     {QStringLiteral("dryRun"), args.dryRun}};
    QJsonArray rows;
    for (const SyncPlan::Row &row : plan->rows()) {
        rows.append(rowJson(row));
    }
    root.insert(QStringLiteral("rows"), rows);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan->warnings()));

    if (!json) {
        Console::out(
            QCoreApplication::translate("SyncCommand", "Sync from %1 (%2) into %3; values are never shown:")
                .arg(QDir::toNativeSeparators(args.from), vaultFormatName(plan->exportFormat()),
                     QDir::toNativeSeparators(context->envPath())));
        Console::out(plan->describe());
    }
    for (const QString &warning : plan->warnings()) {
        Console::err(QCoreApplication::translate("SyncCommand", "Warning: %1").arg(warning));
    }
    // What the sync leaves for the user: unresolved variables and conflicts kept as they are in .env.
    QStringList open;
    const QList<const SyncPlan::Row *> unresolved = plan->rows(SyncAction::Unresolved);
    if (!unresolved.isEmpty()) {
        Console::err(QCoreApplication::translate("SyncCommand",
                                                 "%n variable(s) could not be matched and are left as they "
                                                 "are:",
                                                 nullptr, int(unresolved.size())));
        for (const SyncPlan::Row *row : unresolved) {
            Console::err(QStringLiteral("  %1: %2").arg(row->name, row->reason));
            open.append(row->name);
        }
    }
    const QList<const SyncPlan::Row *> conflicts = plan->rows(SyncAction::Conflict);
    for (const SyncPlan::Row *row : conflicts) {
        if (!row->takeVault) {
            Console::err(QCoreApplication::translate(
                             "SyncCommand",
                             "%1 is kept as it is in %2; to take the vault's value run again with "
                             "--take-vault %1.")
                             .arg(row->name, context->envFileName()));
            open.append(row->name);
        }
    }
    root.insert(QStringLiteral("open"), QJsonArray::fromStringList(open));
    const auto finish = [&](int code, const QString &error = {}) {
        offerDelete();
        if (json) {
            root.insert(QStringLiteral("exportDeleted"), exportDeleted);
            if (!error.isEmpty()) {
                root.insert(QStringLiteral("error"), error);
            }
            printJson(root);
        }
        return code;
    };

    if (args.dryRun) {
        if (json) {
            root.insert(QStringLiteral("applied"), false);
        } else {
            Console::out(QCoreApplication::translate("SyncCommand", "Dry run: nothing was written."));
        }
        return finish(int(ExitCode::Success));
    }
    const bool recordOnly = !plan->hasChanges();
    if (recordOnly) {
        if (!json) {
            Console::out(QCoreApplication::translate("SyncCommand", "Nothing to change in %1.")
                             .arg(context->envFileName()));
        }
    } else if (!args.shared.yes) {
        root.insert(QStringLiteral("applied"), false);
        if (!canAsk) {
            const QString message = QCoreApplication::translate(
                "SyncCommand", "Nothing was changed: confirmation needed. Run again with --yes to "
                               "apply without asking.");
            Console::err(message);
            return finish(int(ExitCode::Usage), message);
        }
        if (!Console::confirm(
                QCoreApplication::translate("SyncCommand", "Write these values to %1 and the keychain?")
                    .arg(context->envFileName()))) {
            const QString message =
                QCoreApplication::translate("SyncCommand", "Cancelled; nothing was changed.");
            Console::err(message);
            return finish(int(ExitCode::Cancelled), message);
        }
    }

    SyncRunner::Options runOptions;
    runOptions.useKeychain = !args.shared.noKeychain;
    SyncRunner::Result result;
    if (!recordOnly || runOptions.useKeychain) {
        result = SyncRunner::apply(*plan, runOptions);
    }
    QJsonArray steps;
    for (const ApplyStep &step : result.steps) {
        steps.append(QJsonObject{{QStringLiteral("title"), step.title},
                                 {QStringLiteral("status"), ApplyStep::statusName(step.status)},
                                 {QStringLiteral("message"), step.message}});
        if (!json) {
            Console::out(QStringLiteral("[%1] %2%3")
                             .arg(ApplyStep::statusName(step.status), step.title,
                                  step.message.isEmpty() ? QString() : QStringLiteral(": ") + step.message));
        }
    }
    root.insert(QStringLiteral("applied"), result.envWritten);
    root.insert(QStringLiteral("steps"), steps);
    if (!recordOnly && !result.envWritten) {
        const QString message = QCoreApplication::translate("SyncCommand", "Sync failed: %1 was not changed.")
                                    .arg(context->envFileName());
        Console::err(message);
        return finish(int(ExitCode::Failed), message);
    }
    if (!result.ok()) {
        const QString message =
            recordOnly
                ? QCoreApplication::translate("SyncCommand",
                                              "The keychain step failed (see above); %1 was not changed.")
                      .arg(context->envFileName())
                : QCoreApplication::translate(
                      "SyncCommand", "Sync is incomplete: %1 holds the synced values, but the keychain step "
                                     "failed (see above).")
                      .arg(context->envFileName());
        Console::err(message);
        return finish(recordOnly ? int(ExitCode::Failed) : int(ExitCode::Incomplete), message);
    }
    if (!open.isEmpty()) {
        // Synced, but not everything: a script must be able to tell this from a complete sync.
        Console::err(QCoreApplication::translate("SyncCommand",
                                                 "Sync is incomplete: %n variable(s) left for you (%1); see "
                                                 "above for how to resolve each (exit code 4).",
                                                 nullptr, int(open.size()))
                         .arg(open.join(QStringLiteral(", "))));
        return finish(int(ExitCode::Incomplete));
    }
    return finish(int(ExitCode::Success));
}

QString SyncCommand::helpText()
{
    return QCoreApplication::translate(
        "SyncCommand",
        "  envsmith sync --from FILE [--repo DIR] [--password-stdin | --password-file F] [--scope NAME]\n"
        "                [--dry-run] [--yes] [--no-keychain] [--take-vault VAR]... [--delete-export]\n"
        "                [--format text|json]\n"
        "                           Fill team-shared variables from a vault export (Bitwarden JSON or "
        "CSV,\n"
        "                           1Password 1PUX, 1PIF or CSV). A variable is matched by its op:// "
        "reference,\n"
        "                           by '# @vault=<item>[/<field>]' above it in the template, by a field "
        "named\n"
        "                           like it inside --scope (a folder, collection, vault or tag; default: "
        "the\n"
        "                           whole export), or by an item titled like it. Shows add / update /\n"
        "                           unchanged / conflict / vault-only / local-only per variable (never a "
        "value),\n"
        "                           then writes .env and the keychain after confirmation. Generated "
        "secrets\n"
        "                           are never overwritten; ambiguous matches are listed, never guessed. "
        "The\n"
        "                           password is read from stdin, a file or a hidden prompt, never argv.\n"
        "                           Exit code 4 when a variable is left unresolved or a conflict is kept "
        "(a\n"
        "                           dry run exits 0; its JSON lists them under \"open\"); 3 when the "
        "export\n"
        "                           or the password file cannot be read. With --format json a failure "
        "also\n"
        "                           prints {\"error\": \"...\"} on stdout.\n");
}

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

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncCommand", text);
}

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
                    tr("envsmith sync: %1 needs a value. See 'envsmith --help'.").arg(name));
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
            return std::unexpected(tr("envsmith sync: a password is never taken from the command line (other "
                                      "users can read it there). Use --password-stdin, --password-file F, or "
                                      "type it at the prompt."));
        }
        if (inlineValue &&
            (name == QStringLiteral("--password-stdin") || name == QStringLiteral("--dry-run") ||
             name == QStringLiteral("--delete-export"))) {
            return std::unexpected(tr("envsmith sync: %1 takes no value.").arg(name));
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
                tr("envsmith sync: unexpected argument at position %1; name the export with "
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
        return std::unexpected(tr("envsmith sync: name the export with --from FILE (a Bitwarden JSON or CSV "
                                  "export, or a 1Password 1PUX, 1PIF or CSV export)."));
    }
    if (parsed.passwordStdin && !parsed.passwordFile.isEmpty()) {
        return std::unexpected(tr("envsmith sync: give the password one way: --password-stdin or "
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
            tr("The password in %1 is longer than %2 bytes.").arg(where).arg(kMaxPasswordBytes));
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

std::expected<std::optional<SecureBuffer>, QString> readPassword(const SyncArguments &arguments,
                                                                 VaultFormat format)
{
    if (arguments.passwordStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return std::unexpected(tr("Cannot read standard input: %1").arg(in.errorString()));
        }
        auto password = passwordFrom(in, tr("standard input"));
        if (!password) {
            return std::unexpected(password.error());
        }
        return std::optional<SecureBuffer>(std::move(*password));
    }
    if (!arguments.passwordFile.isEmpty()) {
        QFile in(arguments.passwordFile);
        if (!in.open(QIODevice::ReadOnly)) {
            return std::unexpected(
                tr("Cannot read the password file %1: %2").arg(arguments.passwordFile, in.errorString()));
        }
        auto password = passwordFrom(in, arguments.passwordFile);
        if (!password) {
            return std::unexpected(password.error());
        }
        return std::optional<SecureBuffer>(std::move(*password));
    }
    if (format != VaultFormat::BitwardenPasswordProtected) {
        return std::optional<SecureBuffer>();
    }
    if (!Console::interactive()) {
        return std::unexpected(tr("%1 is password-protected. Give the password with --password-stdin or "
                                  "--password-file F (never on the command line).")
                                   .arg(arguments.from));
    }
    auto typed = TerminalPrompt::readHidden(tr("Password of %1: ").arg(QFileInfo(arguments.from).fileName()),
                                            kMaxPasswordBytes);
    if (!typed) {
        return std::unexpected(typed.error());
    }
    SecureBuffer password = SecureBuffer::fromBytes(*typed);
    typed->fill('\0');
    return std::optional<SecureBuffer>(std::move(password));
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
    if (!parsed) {
        Console::err(parsed.error());
        return int(ExitCode::Usage);
    }
    const SyncArguments &args = *parsed;
    const bool json = args.shared.format == CommandOptions::Format::Json;
    auto context = RepoContext::open(args.shared.repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }

    // The export: the password first (only when the file needs one), then the read.
    const VaultFormat detected = detectFormat(args.from);
    auto password = readPassword(args, detected);
    if (!password) {
        Console::err(password.error());
        return int(ExitCode::Usage);
    }
    VaultReadOptions readOptions;
    if (*password) {
        readOptions.password = &**password;
    }
    auto vault = VaultReader::read(args.from, readOptions);
    password->reset();
    if (!vault) {
        Console::err(vault.error().message);
        return int(ExitCode::Failed);
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
                tr("%1 holds every secret of the export in plain text. Delete it now?").arg(shown));
        }
        if (remove) {
            exportDeleted = VaultExportFile::remove(args.from).has_value();
            Console::err(exportDeleted ? tr("Deleted %1.").arg(shown)
                                       : tr("Could not delete %1; delete it yourself, it holds every secret "
                                            "of the export in plain text.")
                                             .arg(shown));
        } else {
            Console::err(tr("%1 holds every secret of the export in plain text: delete it when you are done "
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
    if (!plan) {
        Console::err(plan.error());
        offerDelete();
        return int(ExitCode::Failed);
    }
    for (const QString &name : args.takeVault) {
        if (auto resolved = plan->resolveConflict(name, true); !resolved) {
            Console::err(tr("envsmith sync: --take-vault %1: %2").arg(name, resolved.error()));
            offerDelete();
            return int(ExitCode::Usage);
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
    const auto printJson = [&]() {
        root.insert(QStringLiteral("exportDeleted"), exportDeleted);
        Console::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    };

    if (!json) {
        Console::out(tr("Sync from %1 (%2) into %3; values are never shown:")
                         .arg(QDir::toNativeSeparators(args.from), vaultFormatName(plan->exportFormat()),
                              QDir::toNativeSeparators(context->envPath())));
        Console::out(plan->describe());
    }
    for (const QString &warning : plan->warnings()) {
        Console::err(tr("Warning: %1").arg(warning));
    }
    const QList<const SyncPlan::Row *> unresolved = plan->rows(SyncAction::Unresolved);
    if (!unresolved.isEmpty()) {
        Console::err(QCoreApplication::translate("SyncCommand",
                                                 "%n variable(s) could not be matched and are left as they "
                                                 "are:",
                                                 nullptr, int(unresolved.size())));
        for (const SyncPlan::Row *row : unresolved) {
            Console::err(QStringLiteral("  %1: %2").arg(row->name, row->reason));
        }
    }
    const QList<const SyncPlan::Row *> conflicts = plan->rows(SyncAction::Conflict);
    for (const SyncPlan::Row *row : conflicts) {
        if (!row->takeVault) {
            Console::err(tr("%1 is kept as it is in %2; to take the vault's value run again with "
                            "--take-vault %1.")
                             .arg(row->name, context->envFileName()));
        }
    }

    if (args.dryRun) {
        if (json) {
            root.insert(QStringLiteral("applied"), false);
        } else {
            Console::out(tr("Dry run: nothing was written."));
        }
        offerDelete();
        if (json) {
            printJson();
        }
        return int(ExitCode::Success);
    }
    const bool recordOnly = !plan->hasChanges();
    if (recordOnly) {
        if (!json) {
            Console::out(tr("Nothing to change in %1.").arg(context->envFileName()));
        }
    } else if (!args.shared.yes) {
        if (!canAsk) {
            Console::err(tr("Nothing was changed: confirmation needed. Run again with --yes to apply without "
                            "asking."));
            offerDelete();
            if (json) {
                root.insert(QStringLiteral("applied"), false);
                printJson();
            }
            return int(ExitCode::Usage);
        }
        if (!Console::confirm(tr("Write these values to %1 and the keychain?").arg(context->envFileName()))) {
            Console::err(tr("Cancelled; nothing was changed."));
            offerDelete();
            return int(ExitCode::Cancelled);
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
    int code = int(ExitCode::Success);
    if (!recordOnly && !result.envWritten) {
        Console::err(tr("Sync failed: %1 was not changed.").arg(context->envFileName()));
        code = int(ExitCode::Failed);
    } else if (!result.ok()) {
        Console::err(
            recordOnly
                ? tr("The keychain step failed (see above); %1 was not changed.").arg(context->envFileName())
                : tr("Sync is incomplete: %1 holds the synced values, but the keychain step "
                     "failed (see above).")
                      .arg(context->envFileName()));
        code = recordOnly ? int(ExitCode::Failed) : int(ExitCode::Incomplete);
    }
    offerDelete();
    if (json) {
        printJson();
    }
    return code;
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
        "                           password is read from stdin, a file or a hidden prompt, never argv.\n");
}

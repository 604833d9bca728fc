#include "cli/SetCommand.h"

#include "cli/Console.h"
#include "cli/DotenvCommandOptions.h"
#include "cli/ExitCode.h"
#include "cli/TerminalPrompt.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/dotenv/DotenvValueFormatter.h"
#include "core/hygiene/GitIgnoreFixer.h"
#include "core/setup/RepoContext.h"
#include "core/store/EnvFileWriter.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

constexpr qsizetype kMaxValueBytes = 1024 * 1024;

// All of stdin (at most kMaxValueBytes), one trailing LF or CR LF removed.
std::expected<QByteArray, QString> readPipedValue()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::unexpected(QCoreApplication::translate("SetCommand", "cannot read standard input: %1")
                                   .arg(in.errorString()));
    }
    QByteArray value = in.read(kMaxValueBytes + 1);
    if (value.size() > kMaxValueBytes) {
        value.fill('\0');
        return std::unexpected(QCoreApplication::translate(
            "SetCommand", "the value on standard input is longer than 1 MiB; nothing was written"));
    }
    if (value.endsWith("\r\n")) {
        value.chop(2);
    } else if (value.endsWith('\n')) {
        value.chop(1);
    }
    return value;
}

} // namespace

int SetCommand::run(const QStringList &arguments)
{
    auto options = DotenvCommandOptions::parse(
        QStringLiteral("set"), arguments,
        {QStringLiteral("file"), QStringLiteral("repo"), QStringLiteral("dialect")}, QStringLiteral("KEY"));
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    const QString key = options->positional;
    if (!DotenvValueFormatter::isPortableKey(key)) {
        Console::err(QCoreApplication::translate(
                         "SetCommand",
                         "envsmith set: '%1' is not a name every dotenv reader accepts; use letters, digits "
                         "and underscores, not starting with a digit.")
                         .arg(key));
        return int(ExitCode::Usage);
    }
    const auto path = options->envFilePath();
    if (!path) {
        Console::err(path.error());
        return int(ExitCode::Failed);
    }

    // Read the file first, so that a bad file is reported before the value is asked for.
    const QFileInfo info(*path);
    std::optional<QByteArray> current;
    if (info.exists() || info.isSymLink()) {
        if (info.isDir()) {
            Console::err(
                QCoreApplication::translate(
                    "SetCommand", "envsmith set: %1 is a folder, not an env file; name a file with --file.")
                    .arg(*path));
            return int(ExitCode::Failed);
        }
        if (info.exists() && !info.isFile()) {
            // A FIFO would block the read forever, a device never end.
            Console::err(QCoreApplication::translate("SetCommand",
                                                     "envsmith set: %1 is not a regular file (a FIFO or a "
                                                     "device); name an env file with --file.")
                             .arg(*path));
            return int(ExitCode::Failed);
        }
        QFile file(*path);
        if (!file.open(QIODevice::ReadOnly)) {
            Console::err(QCoreApplication::translate(
                             "SetCommand", "envsmith set: cannot read %1 (%2); check its permissions.")
                             .arg(*path, file.errorString()));
            return int(ExitCode::Failed);
        }
        current = file.readAll();
    }
    auto document = DotenvDocument::parse(current.value_or(QByteArray()), options->dialect);
    if (!document) {
        Console::err(
            QCoreApplication::translate(
                "SetCommand", "envsmith set: %1 cannot be read: %2. Fix the file, then run set again.")
                .arg(*path, document.error().toString()));
        return int(ExitCode::Failed);
    }

    auto value = Console::interactive()
                     ? TerminalPrompt::readHidden(
                           QCoreApplication::translate("SetCommand", "Value for %1 (not shown): ").arg(key),
                           kMaxValueBytes)
                     : readPipedValue();
    if (!value) {
        Console::err(QCoreApplication::translate("SetCommand", "envsmith set: %1").arg(value.error()));
        return int(ExitCode::Failed);
    }
    const bool duplicated = document->duplicateKeys().contains(key);
    auto changed = document->setValue(key, *value);
    value->fill('\0');
    if (!changed) {
        Console::err(QCoreApplication::translate("SetCommand", "envsmith set: %1 was not set: %2")
                         .arg(key, changed.error()));
        return int(ExitCode::Failed);
    }
    // The repository's own .env (no --file): git must ignore it before it exists, as in setup.
    std::optional<RepoContext> context;
    if (options->file.isEmpty()) {
        if (auto opened = RepoContext::open(options->repo.isEmpty() ? QStringLiteral(".") : options->repo)) {
            context = std::move(*opened);
        }
    }
    if (context && context->isGitRepository()) {
        auto missing = GitIgnoreFixer::missingLines(context->root(), context->envFileName());
        auto appended = missing ? GitIgnoreFixer::append(context->root(), *missing)
                                : std::expected<void, QString>(std::unexpected(missing.error()));
        if (!appended) {
            Console::err(
                QCoreApplication::translate(
                    "SetCommand",
                    "envsmith set: git must ignore %1 before it is written, but .gitignore could not be "
                    "updated: %2 Nothing was written.")
                    .arg(context->envFileName(), appended.error()));
            return int(ExitCode::Failed);
        }
        if (missing && !missing->isEmpty()) {
            Console::err(QCoreApplication::translate(
                             "SetCommand", "Added the env file patterns to .gitignore, so git ignores %1.")
                             .arg(context->envFileName()));
        }
    }
    EnvFileWriter::Options writeOptions;
    writeOptions.backupExisting = true;
    if (current) {
        writeOptions.expectedCurrent = *current;
    } else {
        writeOptions.expectAbsent = true;
    }
    const auto written = EnvFileWriter::write(*path, document->toBytes(), writeOptions);
    if (!written) {
        Console::err(QCoreApplication::translate("SetCommand", "envsmith set: %1").arg(written.error()));
        return int(ExitCode::Failed);
    }
    if (duplicated) {
        Console::err(
            QCoreApplication::translate(
                "SetCommand",
                "Warning: %1 is assigned more than once in %2; the last assignment was changed, which "
                "is the one every reader uses. Remove the others.")
                .arg(key, *path));
    }
    Console::err(
        written->backupPath.isEmpty()
            ? QCoreApplication::translate("SetCommand", "Set %1 in %2.").arg(key, *path)
            : QCoreApplication::translate("SetCommand", "Set %1 in %2 (the previous file is kept as %3).")
                  .arg(key, *path, written->backupPath));

    // The keychain keeps a copy of every value of a project set up with it: keep that copy current.
    if (context) {
        const KeychainStore store(context->projectId(), context->envFileName());
        auto index = KeychainIndex::load();
        if (index && !index->names(store.service()).isEmpty()) {
            auto reread = DotenvDocument::parse(document->toBytes(), options->dialect);
            std::optional<QByteArray> stored = reread ? reread->value(key) : std::nullopt;
            const SecureBuffer secret = SecureBuffer::fromBytes(stored.value_or(QByteArray()));
            if (stored) {
                stored->fill('\0');
            }
            KeychainStore writer(context->projectId(), context->envFileName());
            if (auto saved = writer.write(key, secret); !saved) {
                Console::err(
                    QCoreApplication::translate(
                        "SetCommand",
                        "envsmith set: %1 was written, but the keychain copy of %2 could not be updated: "
                        "%3 Run envsmith setup again when the keychain is available.")
                        .arg(*path, key, saved.error().message));
                return int(ExitCode::Incomplete);
            }
            index->touch(store.service(), key, index->record(store.service(), key).has_value());
            if (auto saved = index->save(); !saved) {
                Console::err(
                    QCoreApplication::translate("SetCommand", "envsmith set: %1").arg(saved.error()));
                return int(ExitCode::Incomplete);
            }
            Console::err(
                QCoreApplication::translate("SetCommand", "Updated the keychain copy of %1.").arg(key));
        }
    }
    return int(ExitCode::Success);
}

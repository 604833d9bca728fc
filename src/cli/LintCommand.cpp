#include "cli/LintCommand.h"

#include "cli/Console.h"
#include "cli/DotenvCommandOptions.h"
#include "cli/ExitCode.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/dotenv/DotenvLinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

int LintCommand::run(const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("LintCommand", text);
    };
    auto options = DotenvCommandOptions::parse(
        QStringLiteral("lint"), arguments,
        {QStringLiteral("format"), QStringLiteral("dialect"), QStringLiteral("schema")},
        QStringLiteral("FILE"));
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    const QString path = options->positional;
    const QFileInfo info(path);
    if (!info.exists()) {
        Console::err(tr("envsmith lint: %1 does not exist; name an env file or template.").arg(path));
        return int(ExitCode::Failed);
    }
    if (info.isDir()) {
        Console::err(
            tr("envsmith lint: %1 is a folder, not an env file; name a file such as %1/.env.example.")
                .arg(path));
        return int(ExitCode::Failed);
    }
    if (!info.isFile()) {
        // A FIFO would block the read forever, a device never end.
        Console::err(tr("envsmith lint: %1 is not a regular file (a FIFO or a device); name an env file or "
                        "template.")
                         .arg(path));
        return int(ExitCode::Failed);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Console::err(
            tr("envsmith lint: cannot read %1 (%2); check its permissions.").arg(path, file.errorString()));
        return int(ExitCode::Failed);
    }
    const auto document = DotenvDocument::parse(file.readAll(), options->dialect);
    if (!document) {
        Console::err(tr("envsmith lint: %1 cannot be read: %2").arg(path, document.error().toString()));
        return int(ExitCode::Failed);
    }
    const DotenvLinter linter;
    std::optional<DotenvSchema> schema;
    if (!options->schema.isEmpty()) {
        auto loaded = DotenvSchema::load(options->schema);
        if (!loaded) {
            Console::err(loaded.error());
            return int(ExitCode::Failed);
        }
        schema = std::move(*loaded);
    }
    const DotenvLinter::Report report =
        linter.lint(*document, DotenvLinter::looksLikeTemplate(path), schema ? &*schema : nullptr);
    if (options->json) {
        Console::out(QString::fromUtf8(report.toJson(path)));
    } else {
        Console::out(report.toText(path));
    }
    return int(report.hasErrors() ? ExitCode::Findings : ExitCode::Success);
}

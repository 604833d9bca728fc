#include "cli/DotenvCommandOptions.h"

#include "core/setup/RepoContext.h"

#include <QCoreApplication>
#include <QDir>

std::expected<DotenvCommandOptions, QString> DotenvCommandOptions::parse(const QString &command,
                                                                         const QStringList &arguments,
                                                                         const QStringList &allowed,
                                                                         const QString &positionalName)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("DotenvCommandOptions", text);
    };
    DotenvCommandOptions options;
    bool havePositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--")) || argument == QStringLiteral("--")) {
            if (havePositional) {
                return std::unexpected(tr("envsmith %1 takes one %2 and no other argument; values are read "
                                          "from standard input, never from the command line. See 'envsmith "
                                          "--help'.")
                                           .arg(command, positionalName));
            }
            options.positional = argument;
            havePositional = true;
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = argument.indexOf(u'='); eq > 0) {
            value = argument.mid(eq + 1);
            argument = argument.left(eq);
            hasInlineValue = true;
        }
        const QString name = argument.mid(2);
        if (!allowed.contains(name)) {
            return std::unexpected(
                tr("envsmith %1: unknown option '--%2'. See 'envsmith --help'.").arg(command, name));
        }
        if (!hasInlineValue) {
            if (i + 1 >= arguments.size()) {
                return std::unexpected(
                    tr("envsmith %1: --%2 needs a value. See 'envsmith --help'.").arg(command, name));
            }
            value = arguments.at(++i);
        }
        if (name == QStringLiteral("file")) {
            options.file = value;
        } else if (name == QStringLiteral("schema")) {
            options.schema = value;
        } else if (name == QStringLiteral("repo")) {
            options.repo = value;
        } else if (name == QStringLiteral("dialect")) {
            const auto dialect = dotenvDialectFromName(value);
            if (!dialect) {
                return std::unexpected(
                    tr("envsmith %1: --dialect takes 'npm' or 'python', not '%2'.").arg(command, value));
            }
            options.dialect = *dialect;
        } else if (name == QStringLiteral("format")) {
            if (value != QStringLiteral("text") && value != QStringLiteral("json")) {
                return std::unexpected(
                    tr("envsmith %1: --format takes 'text' or 'json', not '%2'.").arg(command, value));
            }
            options.json = value == QStringLiteral("json");
        }
    }
    if (!havePositional) {
        return std::unexpected(
            tr("envsmith %1 needs a %2. See 'envsmith --help'.").arg(command, positionalName));
    }
    return options;
}

std::expected<QString, QString> DotenvCommandOptions::envFilePath() const
{
    if (!file.isEmpty()) {
        return QDir::current().absoluteFilePath(file);
    }
    auto context = RepoContext::open(repo.isEmpty() ? QDir::currentPath() : QDir(repo).absolutePath());
    if (!context) {
        return std::unexpected(context.error());
    }
    return context->envPath();
}

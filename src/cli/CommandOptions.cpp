#include "cli/CommandOptions.h"

#include <QCoreApplication>
#include <QDir>

std::expected<CommandOptions, QString>
CommandOptions::parse(const QString &command, const QStringList &arguments, const QStringList &allowed)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CommandOptions", text);
    };
    CommandOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (const qsizetype eq = argument.indexOf(u'=');
            argument.startsWith(QStringLiteral("--")) && eq > 0) {
            inlineValue = argument.mid(eq + 1);
            argument = argument.left(eq);
            hasInlineValue = true;
        }
        const QString name = argument.startsWith(QStringLiteral("--")) ? argument.mid(2) : QString();
        if (name.isEmpty() || !allowed.contains(name)) {
            return std::unexpected(tr("envsmith %1: unknown argument '%2'. See 'envsmith --help'.")
                                       .arg(command, arguments.at(i).section(u'=', 0, 0)));
        }
        const auto takeValue = [&]() -> std::expected<QString, QString> {
            if (hasInlineValue) {
                return inlineValue;
            }
            if (i + 1 >= arguments.size()) {
                return std::unexpected(
                    tr("envsmith %1: --%2 needs a value. See 'envsmith --help'.").arg(command, name));
            }
            return arguments.at(++i);
        };
        if (name == QStringLiteral("repo")) {
            auto value = takeValue();
            if (!value) {
                return std::unexpected(value.error());
            }
            options.repo = *value;
        } else if (name == QStringLiteral("format")) {
            auto value = takeValue();
            if (!value) {
                return std::unexpected(value.error());
            }
            if (*value == QStringLiteral("text")) {
                options.format = Format::Text;
            } else if (*value == QStringLiteral("json")) {
                options.format = Format::Json;
            } else {
                return std::unexpected(
                    tr("envsmith %1: --format takes 'text' or 'json', not '%2'.").arg(command, *value));
            }
        } else if (hasInlineValue) {
            return std::unexpected(tr("envsmith %1: --%2 takes no value.").arg(command, name));
        } else if (name == QStringLiteral("yes")) {
            options.yes = true;
        } else if (name == QStringLiteral("no-keychain")) {
            options.noKeychain = true;
        } else if (name == QStringLiteral("follow-symlink")) {
            options.followSymlink = true;
        }
    }
    return options;
}

QString CommandOptions::repoFolder() const
{
    return repo.isEmpty() ? QDir::currentPath() : QDir(repo).absolutePath();
}

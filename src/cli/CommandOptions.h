#pragma once

#include <QString>
#include <QStringList>

#include <expected>

/// The options shared by the commands (`--repo DIR`, `--yes`, `--format text|json`, ...), parsed from the
/// arguments after the command name.
struct CommandOptions
{
    enum class Format { Text, Json };

    QString repo;
    bool yes = false;
    bool noKeychain = false;
    bool followSymlink = false;
    Format format = Format::Text;

    /// Parses @p arguments for @p command, accepting only the options in @p allowed (long names without
    /// dashes). The error names the bad argument and points to `envsmith --help`.
    static std::expected<CommandOptions, QString> parse(const QString &command, const QStringList &arguments,
                                                        const QStringList &allowed);
    /// The repository folder: --repo, else the current directory.
    QString repoFolder() const;
};

#pragma once

#include "core/dotenv/DotenvDialect.h"

#include <QString>
#include <QStringList>

#include <expected>

/// The arguments of the file commands (`set`, `get`, `lint`): one positional argument (a key or a file)
/// and `--file F`, `--repo DIR`, `--dialect npm|python`, `--format text|json`. Parsed here rather than in
/// CommandOptions because these commands take a positional argument. An error never repeats an extra
/// positional argument (it could be a value someone tried to pass on the command line).
struct DotenvCommandOptions
{
    QString positional;
    QString file;
    QString repo;
    /// `lint --schema FILE`: a dotenv-linter schema (DotenvSchema).
    QString schema;
    DotenvDialect dialect = DotenvDialect::Npm;
    bool json = false;

    /// Parses @p arguments of @p command, accepting only the options in @p allowed (long names without
    /// dashes); exactly one positional argument is required, named @p positionalName in the error.
    static std::expected<DotenvCommandOptions, QString> parse(const QString &command,
                                                              const QStringList &arguments,
                                                              const QStringList &allowed,
                                                              const QString &positionalName);
    /// The env file: --file (relative to the current folder), else the `.env` of --repo (default: the
    /// current folder's repository). Fails when the repository folder cannot be opened.
    std::expected<QString, QString> envFilePath() const;
};

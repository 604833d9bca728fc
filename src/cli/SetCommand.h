#pragma once

#include <QStringList>

/// `envsmith set KEY [--file F] [--repo DIR] [--dialect npm|python]`: sets KEY in the env file (default:
/// the repository's `.env`), changing only that assignment's bytes (DotenvDocument::setValue; the last
/// assignment when KEY is duplicated, with a warning) and writing atomically with mode 0600 and a backup
/// of the old file (EnvFileWriter). The value comes from standard input when it is not a terminal (all of
/// it, at most 1 MiB, one trailing LF or CR LF removed), else from a prompt with echo off; never from the
/// command line. A value no form carries portably is refused with the formatter's message. Nothing is
/// printed on stdout; the value is never printed. Returns an ExitCode (0, 2 usage, 3 nothing written).
class SetCommand
{
public:
    static int run(const QStringList &arguments);
};

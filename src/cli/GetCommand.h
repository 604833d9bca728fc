#pragma once

#include <QStringList>

/// `envsmith get KEY [--file F] [--repo DIR] [--dialect npm|python]`: prints the value of KEY in the env
/// file (default: the repository's `.env`) as the dialect's reader reads it (the last assignment wins),
/// followed by one LF, on stdout — printing the value is this command's purpose, so it prints it whether
/// stdout is a terminal or a pipe (use `$(envsmith get KEY)` to capture it without the LF). Nothing else
/// goes to stdout. Exit 3 with a message on stderr when the file cannot be read or KEY is not set.
class GetCommand
{
public:
    static int run(const QStringList &arguments);
};

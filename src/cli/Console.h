#pragma once

#include <QString>

/// Standard streams of the command line: data to stdout, messages to stderr, yes/no questions on a
/// terminal. Never used for values.
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    /// True when stdin is a terminal (a question can be asked).
    static bool interactive();
    /// Asks @p question on stderr and reads y/yes (any case) from stdin; anything else is no.
    static bool confirm(const QString &question);
};

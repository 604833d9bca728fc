#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

/// Reads one line from the terminal on standard input with echo switched off (POSIX termios), for
/// typing a secret. The terminal's settings are restored when the line is read, on every error, and when
/// the process is interrupted (SIGINT/SIGTERM/SIGHUP restore them before the default action).
class TerminalPrompt
{
public:
    /// Switches echo off, writes @p prompt to stderr, reads bytes up to the first LF (not included; a CR
    /// before it is dropped) or end of input, then writes a line break. Fails when stdin is not a terminal or
    /// reading fails, or when the line is longer than @p maxBytes.
    static std::expected<QByteArray, QString> readHidden(const QString &prompt, qsizetype maxBytes);
};

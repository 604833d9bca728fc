#pragma once

#include <QString>

/// A problem found while reading a dotenv file: where (1-based line and column; 0 when not tied to a
/// place) and what, in words meant for the user. Never contains a value from the file.
struct DotenvError
{
    int line = 0;
    int column = 0;
    QString message;

    /// "line L, column C: message" (or just the message when there is no place).
    QString toString() const;
};

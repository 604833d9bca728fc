#pragma once

#include <QByteArray>
#include <QString>

/// One logical line of a dotenv file as DotenvDocument keeps it. An assignment whose quoted value spans
/// several physical lines is one entry. @c raw holds the exact bytes, line ending included, so a
/// document writes back byte for byte.
struct DotenvEntry
{
    enum class Kind {
        Blank,      ///< empty or whitespace-only line
        Comment,    ///< a line whose first non-blank character is '#'
        Assignment, ///< KEY=VALUE (optionally `export KEY=VALUE`)
        Unparsed    ///< anything else (kept verbatim, ignored by every reader we match)
    };
    enum class Quote { None, Single, Double, Backtick };

    Kind kind = Kind::Blank;
    /// 1-based number of the entry's first physical line.
    int line = 0;
    /// The exact bytes of the entry, including its line ending(s).
    QByteArray raw;
    /// For assignments: the key (ASCII).
    QString key;
    /// For assignments: the value as the npm `dotenv` package reads it (UTF-8 bytes).
    QByteArray value;
    /// For assignments: how the value was quoted in the file.
    Quote quote = Quote::None;
    /// For assignments: the line starts with `export `.
    bool exported = false;
};

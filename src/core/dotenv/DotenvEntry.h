#pragma once

#include "core/dotenv/DotenvDialect.h"

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
        Unparsed    ///< anything else (kept verbatim, ignored by every reader we match); in the Python
                    ///< dialect also `KEY` without `=` (key set; python-dotenv reads it as None and
                    ///< load_dotenv() leaves it unset)
    };
    enum class Quote { None, Single, Double, Backtick };

    Kind kind = Kind::Blank;
    /// 1-based number of the entry's first physical line.
    int line = 0;
    /// The exact bytes of the entry, including its line ending(s).
    QByteArray raw;
    /// For assignments: the key (ASCII).
    QString key;
    /// For assignments: the value as the dialect's reader returns it (UTF-8 bytes): npm `dotenv`, or
    /// python-dotenv's dotenv_values() run with an empty environment (`${NAME}` resolved against the file).
    QByteArray value;
    /// For assignments: the value before `${NAME}` interpolation (escapes decoded); equal to @c value in
    /// the npm dialect, which has no interpolation.
    QByteArray literal;
    /// The dialect the entry was read in.
    DotenvDialect dialect = DotenvDialect::Npm;
    /// For assignments: how the value was quoted in the file.
    Quote quote = Quote::None;
    /// For assignments: the line starts with `export `.
    bool exported = false;
};

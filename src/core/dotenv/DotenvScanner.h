#pragma once

#include "core/dotenv/DotenvEntry.h"
#include "core/dotenv/DotenvError.h"

#include <QByteArrayView>
#include <QList>

#include <expected>

/// The reader behind DotenvDocument: cuts UTF-8 dotenv text into DotenvEntry items and reads every value
/// exactly as the npm `dotenv` package (v16-v18, lib/main.js) does with its one multi-line regex
/// (research/dotenv.md §1.1), in linear time and without a regex engine.
///
/// What the regex does, and what this class reproduces: line endings CRLF/CR count as LF; `^`/`$` also
/// break at U+2028/U+2029; `\s` is JavaScript's whitespace (tab, VT, FF, space, NBSP, U+1680,
/// U+2000-U+200A, U+202F, U+205F, U+3000, BOM, line terminators), so a BOM, blank lines and even line
/// breaks between the key, the `=` and a quoted value are skipped; a quoted value ends at the last
/// reachable quote (a quote right after a backslash may be skipped over) that is followed only by
/// whitespace or a `#` comment on its line, else the value is read unquoted (the quote kept). The one
/// departure: a quote that npm would try to read as a value opening but that is never followed by the same
/// quote character anywhere in the rest of the input is an error (npm reads it as part of an unquoted
/// value).
class DotenvScanner
{
public:
    /// Where an entry sits, for rewriting it and for re-reading only what an edit can affect.
    struct Layout
    {
        /// Byte offset of the entry's first byte in the whole document.
        qsizetype offset = 0;
        /// Largest document offset the reader looked at to read this entry (the document size when it
        /// looked at the end of the input). An edit at or before it can change how the entry is read.
        qsizetype horizon = 0;
        /// Assignments: index in DotenvEntry::raw of the `=` or `:` separator.
        qsizetype separator = -1;
        /// Assignments: the value as written (quotes included) is raw[valueStart, valueEnd).
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
        /// Assignments: written with the `KEY: value` separator.
        bool colon = false;
    };

    struct Result
    {
        QList<DotenvEntry> entries;
        QList<Layout> layouts; ///< one per entry
    };

    /// Reads @p bytes, which start at a line start at document offset @p baseOffset on physical line
    /// @p baseLine. Fails on invalid UTF-8, a NUL byte or a never-closed quoted value (line and column
    /// in the error; columns count characters, a leading BOM excluded).
    static std::expected<Result, DotenvError> scan(QByteArrayView bytes, qsizetype baseOffset = 0,
                                                   int baseLine = 1);

    /// The first place @p bytes is not valid UTF-8 or holds a NUL byte, as an error; std::nullopt if none.
    static std::optional<DotenvError> checkText(QByteArrayView bytes, int baseLine = 1,
                                                bool atFileStart = true);

    /// Byte length of the line terminator (LF, CR LF, CR, U+2028, U+2029) at @p i, or 0.
    static qsizetype lineTerminatorAt(QByteArrayView bytes, qsizetype i);
    /// Byte length of the JavaScript whitespace character (line terminators included) at @p i, or 0.
    static qsizetype spaceAt(QByteArrayView bytes, qsizetype i);
};

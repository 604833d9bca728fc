#pragma once

#include "core/dotenv/DotenvError.h"
#include "core/dotenv/DotenvScanner.h"

#include <QByteArrayView>
#include <QString>

#include <expected>

/// The reader behind DotenvDocument in the Python dialect: cuts UTF-8 dotenv text into DotenvEntry items
/// and reads every value as python-dotenv 1.2 does (src/dotenv/parser.py, research/dotenv.md §1.4), before
/// interpolation (DotenvDocument resolves `${NAME}` afterwards). Linear time, no regex engine.
///
/// Reproduced: a leading BOM is skipped; keys are `[^=#\s]+` or `'...'` after an optional `export `;
/// only `=` separates (spaces after it belong to the separator); an unquoted value is the rest of the line
/// up to the first `#` that follows whitespace, right-trimmed; quoted values may span lines and end at the
/// first quote not right after a backslash (else at the last one, as the regex backtracks); escapes are
/// decoded (double quotes: `\\ \' \" \a \b \f \n \r \t \v`; single quotes: `\\ \'`); CR LF and CR inside
/// values read as LF (Python's universal newlines); `KEY` alone is an Unparsed entry with its key; a
/// binding python-dotenv rejects (`a: b`, text after a closing quote) is Unparsed. `\s` is Python's
/// whitespace (ASCII blanks, U+001C-U+001F, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000).
///
/// The one departure, as in DotenvScanner: a value that opens with a quote that is never followed by the
/// same quote character is an error with line and column (python-dotenv logs a warning and skips it).
class DotenvPythonScanner
{
public:
    /// Same contract as DotenvScanner::scan (entries carry dialect Python, literal = value before
    /// interpolation; Layout::colon is always false).
    static std::expected<DotenvScanner::Result, DotenvError> scan(QByteArrayView bytes,
                                                                  qsizetype baseOffset = 0, int baseLine = 1);
    /// Byte length of the Python whitespace character (`str.isspace()`) at @p i, or 0.
    static qsizetype spaceAt(QByteArrayView bytes, qsizetype i);
    /// @p utf8 (a key or a `${NAME}` name) as text, keeping a leading U+FEFF: python-dotenv reads a BOM
    /// that is not at the start of the file as part of the key, and QString::fromUtf8 would drop it.
    static QString keyText(QByteArrayView utf8);
};

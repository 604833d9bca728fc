#pragma once

#include <QByteArrayView>
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
    /// The error at byte @p pos of @p bytes: the physical line (lines break at LF, CR LF and CR; counted from
    /// @p baseLine) and the 1-based column in characters (UTF-8; a leading BOM is not counted when
    /// @p atFileStart).
    static DotenvError at(QByteArrayView bytes, qsizetype pos, int baseLine, bool atFileStart,
                          QString message);
};

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <expected>

/// Chooses how a value is written so that every measured dotenv reader reads it back identically: the
/// safe subset of research/dotenv.md §3.3 (unquoted when it fits `[A-Za-z0-9_./:@%+=,-]*`, else single
/// quotes when it has no `'`, `\`, `$`, CR, LF or `"`, else double quotes when it has a `'` but none of
/// `"`, `\`, `$`, backtick, CR, LF). Values with a NUL byte, another control character than tab, or
/// invalid UTF-8 are refused too.
class DotenvValueFormatter
{
    Q_DECLARE_TR_FUNCTIONS(DotenvValueFormatter)

public:
    /// The value slot bytes for @p value (UTF-8), quoted as needed; or a message saying which characters
    /// have no portable form and which readers would disagree (never the value itself).
    static std::expected<QByteArray, QString> format(QByteArrayView value);
    /// True for keys every reader accepts: `[A-Za-z_][A-Za-z0-9_]*`.
    static bool isPortableKey(QStringView key);
};

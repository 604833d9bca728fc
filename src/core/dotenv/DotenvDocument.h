#pragma once

#include "core/dotenv/DotenvEntry.h"
#include "core/dotenv/DotenvError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

/// A lossless dotenv file: parses any `.env` or template into entries and writes it back byte for byte
/// when nothing changed (comments, blank lines, order, quoting, `export`, CRLF, BOM, duplicates,
/// multi-line values, unparsed lines).
///
/// Values are read as the npm `dotenv` package (v16-v18, lib/main.js) reads them: research/dotenv.md §1.1.
/// Setting a value rewrites only that assignment's bytes (the last one when a key is duplicated), quoting
/// it with DotenvValueFormatter; new keys are appended at the end.
class DotenvDocument
{
public:
    /// Parses @p bytes (UTF-8; a leading BOM is kept). Fails, naming line and column, on invalid UTF-8,
    /// a NUL byte, or a quoted value that is never closed.
    static std::expected<DotenvDocument, DotenvError> parse(QByteArrayView bytes);

    /// The file's bytes: identical to the parsed input when nothing was changed.
    QByteArray toBytes() const;

    const QList<DotenvEntry> &entries() const { return m_entries; }
    /// Keys in order of first appearance, each once.
    QStringList keys() const;
    bool contains(QStringView key) const;
    /// The value of the last assignment of @p key, or std::nullopt when the key is absent.
    std::optional<QByteArray> value(QStringView key) const;
    /// Keys assigned more than once.
    QStringList duplicateKeys() const;
    /// True when the file uses CRLF line endings (new lines are written with the same ending).
    bool usesCrlf() const { return m_crlf; }

    /// Sets @p key to @p value: rewrites the last assignment of the key (keeping its `export` prefix),
    /// or appends `KEY=VALUE` at the end. Fails when the key is not a valid dotenv key or the value has
    /// no form every measured reader reads identically (the message names the problem, never the value).
    std::expected<void, QString> setValue(QStringView key, QByteArrayView value);
    /// Appends a comment line (`# ` + @p text) at the end.
    void appendComment(QStringView text);
    /// Appends an empty line at the end.
    void appendBlankLine();

private:
    QList<DotenvEntry> m_entries;
    bool m_crlf = false;
};

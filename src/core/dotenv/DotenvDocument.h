#pragma once

#include "core/dotenv/DotenvDialect.h"
#include "core/dotenv/DotenvEntry.h"
#include "core/dotenv/DotenvError.h"
#include "core/dotenv/DotenvScanner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

/// A lossless dotenv file: parses any `.env` or template into entries and writes it back byte for byte
/// when nothing changed (comments, blank lines, order, quoting, `export`, CRLF, BOM, duplicates,
/// multi-line values, unparsed lines).
///
/// Values are read as the npm `dotenv` package (v16-v18, lib/main.js) reads them: research/dotenv.md §1.1;
/// or, when parsed with DotenvDialect::Python, as python-dotenv 1.2 reads them (comments need a space
/// before `#`, escapes in quotes, `${NAME}` interpolation: see DotenvDialect and DotenvPythonScanner).
/// Every entry records the dialect it was read in.
/// Setting a value rewrites only that assignment's bytes (the last one when a key is duplicated), quoting
/// it with DotenvValueFormatter; new keys are appended at the end.
class DotenvDocument
{
    Q_DECLARE_TR_FUNCTIONS(DotenvDocument)

public:
    /// Parses @p bytes (UTF-8; a leading BOM is kept). Fails, naming line and column, on invalid UTF-8,
    /// a NUL byte, or a quoted value that is never closed: a value that npm dotenv would try to read as
    /// quoted (its first non-blank character after `=` is `'`, `"` or a backtick) with no later occurrence
    /// of that quote character anywhere in the file. (npm dotenv would read it unquoted, keeping the quote;
    /// a quote that is closed later but followed by other text is read as npm does.) Linear time.
    static std::expected<DotenvDocument, DotenvError> parse(QByteArrayView bytes);
    /// As parse(bytes), reading values with @p dialect's rules. In the Python dialect a value's
    /// `${NAME}` / `${NAME:-default}` references are resolved against earlier assignments of the file only
    /// (as python-dotenv's dotenv_values() does with an empty environment); resolvedValues() takes an
    /// environment. The same never-closed-quote, UTF-8 and NUL errors apply.
    static std::expected<DotenvDocument, DotenvError> parse(QByteArrayView bytes, DotenvDialect dialect);

    /// The dialect the document was read in (and re-reads edits in).
    DotenvDialect dialect() const { return m_dialect; }
    /// What the dialect's reader returns for the whole file, last assignment of each key winning: npm
    /// `dotenv.parse`, or python-dotenv `dotenv_values(interpolate=True)` with @p environment as
    /// `os.environ` (file values win over it, as dotenv_values() does). Keys without `=` are left out.
    QHash<QString, QByteArray> resolvedValues(const QHash<QString, QByteArray> &environment = {}) const;

    /// The file's bytes: identical to the parsed input when nothing was changed.
    QByteArray toBytes() const;

    const QList<DotenvEntry> &entries() const { return m_entries; }
    /// Keys that have a value, in order of first appearance, each once.
    QStringList keys() const;
    bool contains(QStringView key) const;
    /// The value of the last assignment of @p key, or std::nullopt when the key is absent. In the Python
    /// dialect a `KEY` line without `=` after the last assignment unsets the key, as python-dotenv's
    /// dotenv_values() reads it as None and load_dotenv() then leaves it unset; setValue() appends then.
    std::optional<QByteArray> value(QStringView key) const;
    /// Keys assigned more than once.
    QStringList duplicateKeys() const;
    /// True when the file's first line ending is CRLF (new lines are written with the file's first line
    /// ending: LF, CRLF or CR; LF for a file without one).
    bool usesCrlf() const { return m_lineEnding == "\r\n"; }

    /// Sets @p key to @p value: rewrites the last assignment of the key (keeping its `export` prefix),
    /// or appends `KEY=VALUE` at the end. Fails when the key is not a valid dotenv key or the value has
    /// no form every measured reader reads identically (the message names the problem, never the value).
    ///
    /// Rewriting keeps every byte before the value (indent, `export `, key, separator, spaces after `=`)
    /// and the line ending, and puts DotenvValueFormatter::format(value) in the value slot. Whitespace
    /// after the old value is dropped, and a trailing `# comment` moves, unchanged, onto its own line
    /// directly above the assignment (research/dotenv.md §3.1 rule 5: a comment after a value is read as
    /// part of it by some readers). Appending adds a line ending to a last line that has none, then
    /// `KEY=VALUE` with the file's line ending (CRLF when usesCrlf()). The result is read back before it is
    /// kept: if the change would alter how any other line is read (possible after a quoted value that npm
    /// dotenv reads across lines), nothing changes and an error names the line.
    std::expected<void, QString> setValue(QStringView key, QByteArrayView value);
    /// Appends a comment line (`# ` + @p text) at the end; each line of a multi-line @p text becomes its
    /// own comment line. Fails, changing nothing, when the comment would change how an earlier line is read.
    std::expected<void, QString> appendComment(QStringView text);
    /// Appends an empty line at the end. Fails, changing nothing, when that would change how an earlier line
    /// is read.
    std::expected<void, QString> appendBlankLine();

private:
    /// A line that binds a key: an assignment, or (unset) a Python-dialect `KEY` without `=`.
    struct Assignment
    {
        QString key;
        QByteArray value;
        bool unset = false;
        bool operator==(const Assignment &) const = default;
    };

    QByteArray lineEnding() const;
    qsizetype byteSize() const;
    int lineAfterLast() const;
    /// The index of the assignment that gives @p key its value, or -1 (none, or unset after it).
    qsizetype lastAssignmentOf(QStringView key) const;
    /// A Python-dialect `KEY` line without `=`: it unsets KEY for python-dotenv.
    static bool isUnsetting(const DotenvEntry &entry);
    static QList<Assignment> assignmentsOf(const QList<DotenvEntry> &entries, qsizetype from, qsizetype to);
    /// Replaces entries [first, end) by @p newTail (bytes starting at entry @p first's offset), re-reads from
    /// the first entry whose reading can see the change, and keeps the result only when the assignments
    /// read from there on equal those before @p first followed by @p expected.
    std::expected<void, QString> replaceTail(qsizetype first, const QByteArray &newTail,
                                             const QList<Assignment> &expected, QStringView what);
    std::expected<void, QString> appendLines(const QByteArray &lines, QStringView what,
                                             const QList<Assignment> &added = {});

    /// Python dialect: recomputes every entry's value from its literal (`${NAME}` interpolation).
    void resolveInterpolation();

    QList<DotenvEntry> m_entries;
    QList<DotenvScanner::Layout> m_layouts; ///< one per entry
    QByteArray m_lineEnding = QByteArrayLiteral("\n");
    DotenvDialect m_dialect = DotenvDialect::Npm;
};

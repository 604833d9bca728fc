#include "core/dotenv/DotenvDocument.h"

#include "core/dotenv/DotenvError.h"
#include "core/dotenv/DotenvPythonScanner.h"
#include "core/dotenv/DotenvValueFormatter.h"

#include <QSet>

namespace {

// Bytes of the line terminator that ends @p raw (empty for a last line without one).
QByteArrayView endingOf(const QByteArray &raw)
{
    if (raw.endsWith("\r\n")) {
        return QByteArrayView(raw).last(2);
    }
    if (raw.endsWith('\n') || raw.endsWith('\r')) {
        return QByteArrayView(raw).last(1);
    }
    if (raw.endsWith("\xE2\x80\xA8") || raw.endsWith("\xE2\x80\xA9")) {
        return QByteArrayView(raw).last(3);
    }
    return {};
}

std::expected<DotenvScanner::Result, DotenvError> scanIn(DotenvDialect dialect, QByteArrayView bytes,
                                                         qsizetype baseOffset = 0, int baseLine = 1)
{
    auto scanned = dialect == DotenvDialect::Python ? DotenvPythonScanner::scan(bytes, baseOffset, baseLine)
                                                    : DotenvScanner::scan(bytes, baseOffset, baseLine);
    if (scanned && dialect == DotenvDialect::Npm) {
        for (DotenvEntry &entry : scanned->entries) {
            entry.literal = entry.value;
        }
    }
    return scanned;
}

// python-dotenv variables.py: `\$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}`; a variable resolves to
// env.get(name, default or ""), a known key without value (None) to "".
template <typename Lookup> QByteArray interpolate(const QByteArray &literal, const Lookup &lookup)
{
    qsizetype i = literal.indexOf("${");
    if (i < 0) {
        return literal;
    }
    QByteArray out;
    qsizetype copied = 0;
    while (i >= 0) {
        qsizetype j = i + 2;
        while (j < literal.size() && literal[j] != '}' && literal[j] != ':') {
            ++j;
        }
        const QByteArrayView name = QByteArrayView(literal).sliced(i + 2, j - i - 2);
        std::optional<QByteArray> fallback;
        bool matched = false;
        if (j < literal.size() && literal[j] == '}') {
            matched = true;
        } else if (j + 1 < literal.size() && literal[j] == ':' && literal[j + 1] == '-') {
            const qsizetype close = literal.indexOf('}', j + 2);
            if (close >= 0) {
                fallback = literal.sliced(j + 2, close - j - 2);
                j = close;
                matched = true;
            }
        }
        if (!matched) {
            i = literal.indexOf("${", i + 1);
            continue;
        }
        out.append(QByteArrayView(literal).sliced(copied, i - copied));
        out.append(lookup(DotenvPythonScanner::keyText(name), fallback));
        copied = j + 1;
        i = literal.indexOf("${", copied);
    }
    out.append(QByteArrayView(literal).sliced(copied));
    return out;
}

bool containsLineBreak(QByteArrayView bytes)
{
    return bytes.contains('\n') || bytes.contains('\r') || bytes.contains("\xE2\x80\xA8") ||
           bytes.contains("\xE2\x80\xA9");
}

} // namespace

std::expected<DotenvDocument, DotenvError> DotenvDocument::parse(QByteArrayView bytes)
{
    return parse(bytes, DotenvDialect::Npm);
}

std::expected<DotenvDocument, DotenvError> DotenvDocument::parse(QByteArrayView bytes, DotenvDialect dialect)
{
    auto scanned = scanIn(dialect, bytes);
    if (!scanned) {
        return std::unexpected(scanned.error());
    }
    DotenvDocument document;
    document.m_dialect = dialect;
    document.m_entries = std::move(scanned->entries);
    document.m_layouts = std::move(scanned->layouts);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            break; // default LF
        }
        if (bytes[i] == '\r') {
            document.m_lineEnding = (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? QByteArrayLiteral("\r\n")
                                                                                   : QByteArrayLiteral("\r");
            break;
        }
    }
    document.resolveInterpolation();
    return document;
}

QHash<QString, QByteArray> DotenvDocument::resolvedValues(const QHash<QString, QByteArray> &environment) const
{
    QHash<QString, QByteArray> out;
    if (m_dialect == DotenvDialect::Npm) {
        for (const DotenvEntry &entry : m_entries) {
            if (entry.kind == DotenvEntry::Kind::Assignment) {
                out.insert(entry.key, entry.value);
            }
        }
        return out;
    }
    QHash<QString, std::optional<QByteArray>> fromFile;
    const auto lookup = [&](const QString &name, const std::optional<QByteArray> &fallback) -> QByteArray {
        const auto own = fromFile.constFind(name);
        if (own != fromFile.constEnd()) {
            return own->value_or(QByteArray(""));
        }
        const auto env = environment.constFind(name);
        if (env != environment.constEnd()) {
            return *env;
        }
        return fallback.value_or(QByteArray(""));
    };
    for (const DotenvEntry &entry : m_entries) {
        if (entry.kind == DotenvEntry::Kind::Assignment) {
            const QByteArray value = interpolate(entry.literal, lookup);
            fromFile.insert(entry.key, value);
            out.insert(entry.key, value);
        } else if (entry.kind == DotenvEntry::Kind::Unparsed && !entry.key.isEmpty()) {
            fromFile.insert(entry.key, std::nullopt);
            out.remove(entry.key);
        }
    }
    return out;
}

void DotenvDocument::resolveInterpolation()
{
    if (m_dialect != DotenvDialect::Python) {
        return;
    }
    QHash<QString, std::optional<QByteArray>> fromFile;
    const auto lookup = [&](const QString &name, const std::optional<QByteArray> &fallback) -> QByteArray {
        const auto own = fromFile.constFind(name);
        if (own != fromFile.constEnd()) {
            return own->value_or(QByteArray(""));
        }
        return fallback.value_or(QByteArray(""));
    };
    for (DotenvEntry &entry : m_entries) {
        if (entry.kind == DotenvEntry::Kind::Assignment) {
            entry.value = interpolate(entry.literal, lookup);
            fromFile.insert(entry.key, entry.value);
        } else if (entry.kind == DotenvEntry::Kind::Unparsed && !entry.key.isEmpty()) {
            fromFile.insert(entry.key, std::nullopt);
        }
    }
}

QByteArray DotenvDocument::toBytes() const
{
    QByteArray out;
    out.reserve(byteSize());
    for (const DotenvEntry &entry : m_entries) {
        out.append(entry.raw);
    }
    return out;
}

QStringList DotenvDocument::keys() const
{
    // In the Python dialect a later `KEY` without `=` unsets the key (lastAssignmentOf).
    QHash<QString, bool> hasValue;
    for (const DotenvEntry &entry : m_entries) {
        if (entry.kind == DotenvEntry::Kind::Assignment) {
            hasValue.insert(entry.key, true);
        } else if (isUnsetting(entry)) {
            hasValue.insert(entry.key, false);
        }
    }
    QStringList out;
    QSet<QString> seen;
    for (const DotenvEntry &entry : m_entries) {
        if (entry.kind == DotenvEntry::Kind::Assignment && hasValue.value(entry.key) &&
            !seen.contains(entry.key)) {
            seen.insert(entry.key);
            out.append(entry.key);
        }
    }
    return out;
}

bool DotenvDocument::contains(QStringView key) const
{
    return lastAssignmentOf(key) >= 0;
}

std::optional<QByteArray> DotenvDocument::value(QStringView key) const
{
    const qsizetype i = lastAssignmentOf(key);
    if (i < 0) {
        return std::nullopt;
    }
    return m_entries[i].value;
}

QStringList DotenvDocument::duplicateKeys() const
{
    QStringList out;
    QHash<QString, int> counts;
    for (const DotenvEntry &entry : m_entries) {
        if (entry.kind == DotenvEntry::Kind::Assignment && ++counts[entry.key] == 2) {
            out.append(entry.key);
        }
    }
    return out;
}

std::expected<void, QString> DotenvDocument::setValue(QStringView key, QByteArrayView value)
{
    if (!DotenvValueFormatter::isPortableKey(key)) {
        return std::unexpected(
            tr("%1 is not a name every dotenv reader accepts; use only letters, digits and "
               "underscores, not starting with a digit")
                .arg(key));
    }
    const auto formatted = DotenvValueFormatter::format(value);
    if (!formatted) {
        return std::unexpected(formatted.error());
    }
    const QString what = tr("Setting %1").arg(key);
    const QList<Assignment> target{Assignment{key.toString(), value.toByteArray(), false}};
    const qsizetype i = lastAssignmentOf(key);
    if (i < 0) {
        return appendLines(key.toLatin1() + '=' + *formatted + lineEnding(), what, target);
    }

    const DotenvEntry &entry = m_entries[i];
    const DotenvScanner::Layout &layout = m_layouts[i];
    const QByteArray &raw = entry.raw;
    const QByteArrayView ending = endingOf(raw);
    const qsizetype contentEnd = raw.size() - ending.size();

    // Everything up to the separator stays; the spaces after it stay unless they hold a line break.
    QByteArray line = raw.left(layout.separator + 1);
    const QByteArrayView gap =
        QByteArrayView(raw).sliced(layout.separator + 1, layout.valueStart - layout.separator - 1);
    if (containsLineBreak(gap)) {
        line.append(layout.colon ? " " : "");
    } else if (layout.colon || !formatted->isEmpty()) {
        line.append(gap);
    }
    line.append(*formatted);
    line.append(ending);

    // A comment after the old value moves onto its own line above the assignment.
    QByteArray tail;
    if (layout.valueEnd < contentEnd) {
        QByteArrayView rest = QByteArrayView(raw).sliced(layout.valueEnd, contentEnd - layout.valueEnd);
        while (const qsizetype w = DotenvScanner::spaceAt(rest, 0)) {
            rest = rest.sliced(w);
        }
        while (!rest.isEmpty() && (rest.back() == ' ' || rest.back() == '\t')) {
            rest.chop(1);
        }
        if (rest.startsWith('#')) {
            const bool plainEnding = !ending.isEmpty() && !ending.startsWith('\xE2');
            tail.append(rest);
            tail.append(plainEnding ? ending.toByteArray() : lineEnding());
        }
    }
    tail.append(line);
    for (qsizetype k = i + 1; k < m_entries.size(); ++k) {
        tail.append(m_entries[k].raw);
    }
    return replaceTail(i, tail, target + assignmentsOf(m_entries, i + 1, m_entries.size()), what);
}

std::expected<void, QString> DotenvDocument::appendComment(QStringView text)
{
    QByteArray lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const char16_t c = end ? u'\0' : text[i].unicode();
        if (!end && c != u'\n' && c != u'\r' && c != u'\u2028' && c != u'\u2029') {
            continue;
        }
        const QStringView part = text.sliced(start, i - start);
        lines.append(part.isEmpty() ? QByteArray("#") : "# " + part.toUtf8());
        lines.append(lineEnding());
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            ++i;
        }
        start = i + 1;
    }
    return appendLines(lines, tr("Adding a comment"));
}

std::expected<void, QString> DotenvDocument::appendBlankLine()
{
    // After a line that ends with a lone CR, an LF would only turn that CR into CR LF.
    const bool afterLoneCr = !m_entries.isEmpty() && endingOf(m_entries.last().raw) == "\r";
    const QByteArray blank = afterLoneCr && m_lineEnding == "\n" ? QByteArrayLiteral("\r") : lineEnding();
    return appendLines(blank, tr("Adding an empty line"));
}

QByteArray DotenvDocument::lineEnding() const
{
    return m_lineEnding;
}

qsizetype DotenvDocument::byteSize() const
{
    if (m_entries.isEmpty()) {
        return 0;
    }
    return m_layouts.last().offset + m_entries.last().raw.size();
}

int DotenvDocument::lineAfterLast() const
{
    if (m_entries.isEmpty()) {
        return 1;
    }
    const QByteArray &raw = m_entries.last().raw;
    int line = m_entries.last().line;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= raw.size() || raw[i + 1] != '\n'))) {
            ++line;
        }
    }
    return line;
}

qsizetype DotenvDocument::lastAssignmentOf(QStringView key) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries[i].key != key) {
            continue;
        }
        if (m_entries[i].kind == DotenvEntry::Kind::Assignment) {
            return i;
        }
        if (isUnsetting(m_entries[i])) {
            return -1;
        }
    }
    return -1;
}

bool DotenvDocument::isUnsetting(const DotenvEntry &entry)
{
    return entry.kind == DotenvEntry::Kind::Unparsed && entry.dialect == DotenvDialect::Python &&
           !entry.key.isEmpty();
}

QList<DotenvDocument::Assignment> DotenvDocument::assignmentsOf(const QList<DotenvEntry> &entries,
                                                                qsizetype from, qsizetype to)
{
    QList<Assignment> out;
    for (qsizetype i = from; i < to; ++i) {
        if (entries[i].kind == DotenvEntry::Kind::Assignment) {
            out.append(Assignment{entries[i].key, entries[i].literal, false});
        } else if (isUnsetting(entries[i])) {
            out.append(Assignment{entries[i].key, QByteArray(), true});
        }
    }
    return out;
}

std::expected<void, QString> DotenvDocument::appendLines(const QByteArray &lines, QStringView what,
                                                         const QList<Assignment> &added)
{
    if (m_entries.isEmpty() || !endingOf(m_entries.last().raw).isEmpty()) {
        return replaceTail(m_entries.size(), lines, added, what);
    }
    // The last line has no line ending: give it one first.
    const qsizetype last = m_entries.size() - 1;
    QByteArray tail = m_entries.last().raw + lineEnding() + lines;
    return replaceTail(last, tail, assignmentsOf(m_entries, last, last + 1) + added, what);
}

std::expected<void, QString> DotenvDocument::replaceTail(qsizetype first, const QByteArray &newTail,
                                                         const QList<Assignment> &expected, QStringView what)
{
    const qsizetype count = m_entries.size();
    const qsizetype editOffset = first < count ? m_layouts[first].offset : byteSize();
    qsizetype from = first;
    if (first > 0 && newTail.startsWith('\n') && m_entries[first - 1].raw.endsWith('\r')) {
        from = first - 1; // the CR before the edit and the LF after it become one line ending
    }
    for (qsizetype k = 0; k < from; ++k) {
        if (m_layouts[k].horizon >= editOffset) {
            from = k;
            break;
        }
    }
    QByteArray tail;
    for (qsizetype k = from; k < first; ++k) {
        tail.append(m_entries[k].raw);
    }
    tail.append(newTail);
    const qsizetype baseOffset = from < count ? m_layouts[from].offset : byteSize();
    const int baseLine = from < count ? m_entries[from].line : lineAfterLast();

    auto scanned = scanIn(m_dialect, tail, baseOffset, baseLine);
    if (!scanned) {
        return std::unexpected(
            tr("%1 would make the file unreadable (%2); fix the quotes on the lines before it by hand first")
                .arg(what, scanned.error().toString()));
    }
    if (assignmentsOf(scanned->entries, 0, scanned->entries.size()) !=
        assignmentsOf(m_entries, from, first) + expected) {
        return std::unexpected(tr("%1 would change how the lines from line %2 on are read, because a quoted "
                                  "value there runs on past its line; fix the quotes there by hand first")
                                   .arg(what)
                                   .arg(baseLine));
    }
    m_entries.remove(from, count - from);
    m_layouts.remove(from, count - from);
    m_entries.append(std::move(scanned->entries));
    m_layouts.append(std::move(scanned->layouts));
    resolveInterpolation();
    return {};
}

#include "core/dotenv/DotenvScanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

bool isQuote(char c)
{
    return c == '\'' || c == '"' || c == '`';
}

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

// One JavaScript line (split at LF, CR LF, CR, U+2028, U+2029). `end` includes the terminator.
struct Line
{
    qsizetype start = 0;
    qsizetype contentEnd = 0;
    qsizetype end = 0;
    int physical = 1; // line number as editors count it (LF, CR LF, CR only)
};

// Length of a well-formed UTF-8 sequence at i, or 0 when it is not well formed (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF).
qsizetype utf8SequenceAt(QByteArrayView b, qsizetype i)
{
    const auto at = [&](qsizetype k) {
        return k < b.size() ? static_cast<uchar>(b[k]) : uchar(0);
    };
    const uchar c = at(i);
    if (c < 0x80) {
        return 1;
    }
    const auto cont = [&](qsizetype k) {
        return (at(k) & 0xC0) == 0x80;
    };
    if (c >= 0xC2 && c <= 0xDF) {
        return cont(i + 1) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar c1 = at(i + 1);
        const bool ok1 =
            c == 0xE0 ? (c1 >= 0xA0 && c1 <= 0xBF) : (c == 0xED ? (c1 >= 0x80 && c1 <= 0x9F) : cont(i + 1));
        return ok1 && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar c1 = at(i + 1);
        const bool ok1 =
            c == 0xF0 ? (c1 >= 0x90 && c1 <= 0xBF) : (c == 0xF4 ? (c1 >= 0x80 && c1 <= 0x8F) : cont(i + 1));
        return ok1 && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

// Replaces CR LF and lone CR with LF, as dotenv does before reading.
QByteArray normaliseLineEndings(QByteArrayView v)
{
    if (!v.contains('\r')) {
        return v.toByteArray();
    }
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\r') {
            out.append('\n');
            if (i + 1 < v.size() && v[i + 1] == '\n') {
                ++i;
            }
        } else {
            out.append(v[i]);
        }
    }
    return out;
}

// dotenv: `if (maybeQuote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r')`.
QByteArray expandNewlines(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size() && (v[i + 1] == 'n' || v[i + 1] == 'r')) {
            out.append(v[i + 1] == 'n' ? '\n' : '\r');
            ++i;
        } else {
            out.append(v[i]);
        }
    }
    return out;
}

bool isLsPs(QByteArrayView v, qsizetype i)
{
    return i + 2 < v.size() && static_cast<uchar>(v[i]) == 0xE2 && static_cast<uchar>(v[i + 1]) == 0x80 &&
           (static_cast<uchar>(v[i + 2]) == 0xA8 || static_cast<uchar>(v[i + 2]) == 0xA9);
}

// dotenv: `value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')` on a trimmed unquoted value (which holds no CR
// or LF, but may hold U+2028/U+2029, where `^` and `$` also match).
QByteArray stripQuotesLikeDotenv(QByteArrayView v)
{
    if (!v.contains('\xE2')) {
        if (v.size() >= 2 && isQuote(v.front()) && v.back() == v.front()) {
            return v.sliced(1, v.size() - 2).toByteArray();
        }
        return v.toByteArray();
    }
    // Last position, per quote character, that `\1$` can match: a quote right before the end or an LS/PS.
    qsizetype lastEnd[3] = {-1, -1, -1};
    const auto quoteIndex = [](char c) {
        return c == '\'' ? 0 : (c == '"' ? 1 : 2);
    };
    for (qsizetype j = 0; j < v.size(); ++j) {
        if (isQuote(v[j]) && (j + 1 == v.size() || isLsPs(v, j + 1))) {
            lastEnd[quoteIndex(v[j])] = j;
        }
    }
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const bool lineStart = i == 0 || (i >= 3 && isLsPs(v, i - 3));
        if (!lineStart || i < copied || !isQuote(v[i])) {
            continue;
        }
        const qsizetype j = lastEnd[quoteIndex(v[i])];
        if (j > i) {
            out.append(v.sliced(copied, i - copied));
            out.append(v.sliced(i + 1, j - i - 1));
            copied = j + 1;
            i = j;
        }
    }
    out.append(v.sliced(copied));
    return out;
}

// The outcome of trying the dotenv regex at one position.
struct Attempt
{
    bool matched = false;
    qsizetype horizon = 0;
    qsizetype keyStart = 0;
    qsizetype keyEnd = 0;
    qsizetype separator = 0;
    bool colon = false;
    bool exported = false;
    qsizetype valueStart = 0; // the value as written, quotes included
    qsizetype valueEnd = 0;
    qsizetype last = 0; // last byte that belongs to the assignment
    DotenvEntry::Quote quote = DotenvEntry::Quote::None;
    QByteArray value;
};

class Reader
{
public:
    Reader(QByteArrayView bytes, int baseLine, bool atFileStart)
        : m_b(bytes), m_n(bytes.size()), m_baseLine(baseLine), m_atFileStart(atFileStart)
    {
    }

    std::expected<DotenvScanner::Result, DotenvError> run(qsizetype baseOffset);

private:
    qsizetype space(qsizetype i) const { return DotenvScanner::spaceAt(m_b, i); }
    qsizetype terminator(qsizetype i) const { return DotenvScanner::lineTerminatorAt(m_b, i); }
    qsizetype blank(qsizetype i) const { return terminator(i) ? 0 : space(i); }
    qsizetype skipSpace(qsizetype i) const
    {
        while (const qsizetype w = space(i)) {
            i += w;
        }
        return i;
    }
    void look(qsizetype i) { m_horizon = std::max(m_horizon, std::min(i, m_n)); }
    qsizetype find(char c, qsizetype from) const
    {
        if (from >= m_n) {
            return -1;
        }
        const void *hit = std::memchr(m_b.data() + from, c, static_cast<size_t>(m_n - from));
        return hit ? static_cast<const char *>(hit) - m_b.data() : -1;
    }
    // Length of a JavaScript whitespace character that ends right before @p end and starts at or after
    // @p floor, or 0.
    qsizetype spaceEndingAt(qsizetype end, qsizetype floor) const
    {
        for (qsizetype w = 1; w <= 3; ++w) {
            if (end - w >= floor && space(end - w) == w) {
                return w;
            }
        }
        return 0;
    }

    std::expected<Attempt, DotenvError> attempt(qsizetype k0);
    std::expected<bool, DotenvError> tryKey(qsizetype keyStart, Attempt &a);
    std::expected<void, DotenvError> readValue(qsizetype p, Attempt &a);
    bool restOfLineIsComment(qsizetype t);
    qsizetype lineOf(qsizetype pos) const;
    DotenvEntry::Kind classify(const Line &line) const;

    QByteArrayView m_b;
    qsizetype m_n;
    int m_baseLine;
    bool m_atFileStart;
    std::vector<Line> m_lines;
    qsizetype m_horizon = 0;
};

qsizetype Reader::lineOf(qsizetype pos) const
{
    const auto it = std::upper_bound(m_lines.begin(), m_lines.end(), pos,
                                     [](qsizetype p, const Line &l) { return p < l.start; });
    return static_cast<qsizetype>(it - m_lines.begin()) - 1;
}

DotenvEntry::Kind Reader::classify(const Line &line) const
{
    qsizetype i = line.start;
    while (i < line.contentEnd) {
        const qsizetype w = space(i);
        if (w == 0) {
            break;
        }
        i += w;
    }
    if (i >= line.contentEnd) {
        return DotenvEntry::Kind::Blank;
    }
    return m_b[i] == '#' ? DotenvEntry::Kind::Comment : DotenvEntry::Kind::Unparsed;
}

// `\s*(?:#.*)?(?:$|$)` after a closing quote: only blanks, then maybe a comment, to the end of the line.
bool Reader::restOfLineIsComment(qsizetype t)
{
    while (const qsizetype w = blank(t)) {
        t += w;
    }
    look(t);
    return t >= m_n || terminator(t) > 0 || m_b[t] == '#';
}

std::expected<void, DotenvError> Reader::readValue(qsizetype p, Attempt &a)
{
    // Quoted alternatives: `\s*'(?:\\'|[^'])*'` and the same for `"` and backtick.
    const qsizetype open = skipSpace(p);
    look(open);
    if (open < m_n && isQuote(m_b[open])) {
        const char q = m_b[open];
        qsizetype close = find(q, open + 1);
        if (close < 0) {
            const QString quoteName = q == '`'
                                          ? QCoreApplication::translate("DotenvScanner", "a backtick (`)")
                                          : QStringLiteral("%1").arg(QLatin1Char(q));
            return std::unexpected(DotenvError::at(
                m_b, open, m_baseLine, m_atFileStart,
                QCoreApplication::translate("DotenvScanner",
                                            "the value of %1 opens with %2 but that quote is never closed; "
                                            "add the closing %2 at the end of the value")
                    .arg(QString::fromLatin1(m_b.sliced(a.keyStart, a.keyEnd - a.keyStart)), quoteName)));
        }
        // Closing candidates: the next quote, and past it while a backslash stands before it.
        std::vector<qsizetype> candidates{close};
        while (m_b[close - 1] == '\\') {
            const qsizetype next = find(q, close + 1);
            if (next < 0) {
                look(m_n);
                break;
            }
            close = next;
            candidates.push_back(close);
        }
        look(close);
        for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
            if (restOfLineIsComment(*it + 1)) {
                a.valueStart = open;
                a.valueEnd = *it + 1;
                a.last = *it;
                a.quote = q == '\'' ? DotenvEntry::Quote::Single
                                    : (q == '"' ? DotenvEntry::Quote::Double : DotenvEntry::Quote::Backtick);
                const QByteArray inner = normaliseLineEndings(m_b.sliced(open + 1, *it - open - 1));
                a.value = q == '"' ? expandNewlines(inner) : inner;
                return {};
            }
        }
    }
    // Unquoted alternative `[^#\r\n]+`, then trim.
    a.quote = DotenvEntry::Quote::None;
    qsizetype end = p;
    while (end < m_n && m_b[end] != '#' && m_b[end] != '\r' && m_b[end] != '\n') {
        ++end;
    }
    look(end);
    qsizetype from = p;
    while (from < end) {
        const qsizetype w = space(from);
        if (w == 0) {
            break;
        }
        from += w;
    }
    qsizetype to = end;
    while (to > from) {
        const qsizetype w = spaceEndingAt(to, from);
        if (w == 0) {
            break;
        }
        to -= w;
    }
    if (from >= to) {
        a.valueStart = a.valueEnd = p;
        a.last = p - 1;
        a.value = QByteArray("");
        return {};
    }
    a.valueStart = from;
    a.valueEnd = to;
    a.last = to - 1;
    const QByteArrayView trimmed = m_b.sliced(from, to - from);
    const QByteArray stripped = stripQuotesLikeDotenv(trimmed);
    a.value = trimmed.front() == '"' ? expandNewlines(stripped) : stripped;
    return {};
}

// `([\w.-]+)(?:\s*=\s*?|:\s+?)(value)?...` at @p keyStart.
std::expected<bool, DotenvError> Reader::tryKey(qsizetype keyStart, Attempt &a)
{
    qsizetype keyEnd = keyStart;
    while (keyEnd < m_n && isKeyChar(m_b[keyEnd])) {
        ++keyEnd;
    }
    look(keyEnd);
    if (keyEnd == keyStart) {
        return false;
    }
    const qsizetype afterSpace = skipSpace(keyEnd);
    look(afterSpace);
    qsizetype valuePos = 0;
    if (afterSpace < m_n && m_b[afterSpace] == '=') {
        a.separator = afterSpace;
        a.colon = false;
        valuePos = afterSpace + 1;
    } else if (keyEnd < m_n && m_b[keyEnd] == ':' && space(keyEnd + 1) > 0) {
        look(keyEnd + 1);
        a.separator = keyEnd;
        a.colon = true;
        valuePos = keyEnd + 1 + space(keyEnd + 1);
    } else {
        look(keyEnd + 1);
        return false;
    }
    a.keyStart = keyStart;
    a.keyEnd = keyEnd;
    // With `=`, `\s*?` takes nothing (the rest always matches then); with `:`, `\s+?` takes one character.
    if (auto read = readValue(valuePos, a); !read) {
        return std::unexpected(read.error());
    }
    return true;
}

std::expected<Attempt, DotenvError> Reader::attempt(qsizetype k0)
{
    Attempt a;
    m_horizon = k0;
    look(k0);
    if (k0 < m_n && m_n - k0 >= 6 && std::memcmp(m_b.data() + k0, "export", 6) == 0 && space(k0 + 6) > 0) {
        const qsizetype keyStart = skipSpace(k0 + 6);
        look(keyStart);
        auto tried = tryKey(keyStart, a);
        if (!tried) {
            return std::unexpected(tried.error());
        }
        if (*tried) {
            a.matched = true;
            a.exported = true;
        }
    }
    if (!a.matched && k0 < m_n) {
        auto tried = tryKey(k0, a);
        if (!tried) {
            return std::unexpected(tried.error());
        }
        a.matched = *tried;
    }
    a.horizon = m_horizon;
    return a;
}

std::expected<DotenvScanner::Result, DotenvError> Reader::run(qsizetype baseOffset)
{
    if (auto bad = DotenvScanner::checkText(m_b, m_baseLine, m_atFileStart)) {
        return std::unexpected(*bad);
    }
    // Cut into JavaScript lines.
    {
        Line line;
        line.physical = m_baseLine;
        qsizetype i = 0;
        while (i < m_n) {
            const char c = m_b[i];
            const qsizetype t = (c == '\n' || c == '\r' || c == '\xE2') ? terminator(i) : 0;
            if (t == 0) {
                ++i;
                continue;
            }
            line.contentEnd = i;
            line.end = i + t;
            m_lines.push_back(line);
            const bool physicalBreak = c != '\xE2';
            line = Line{};
            line.start = i + t;
            line.physical = m_lines.back().physical + (physicalBreak ? 1 : 0);
            i += t;
        }
        if (line.start < m_n) {
            line.contentEnd = line.end = m_n;
            m_lines.push_back(line);
        }
    }

    DotenvScanner::Result result;
    const auto emit = [&](qsizetype firstLine, qsizetype lastLine, DotenvEntry entry,
                          DotenvScanner::Layout layout) {
        const Line &first = m_lines[static_cast<size_t>(firstLine)];
        const Line &lastL = m_lines[static_cast<size_t>(lastLine)];
        entry.line = first.physical;
        entry.raw = m_b.sliced(first.start, lastL.end - first.start).toByteArray();
        layout.offset = baseOffset + first.start;
        result.entries.append(std::move(entry));
        result.layouts.append(layout);
    };
    const auto emitPlain = [&](qsizetype from, qsizetype to, qsizetype horizon) {
        for (qsizetype l = from; l <= to; ++l) {
            DotenvEntry entry;
            entry.kind = classify(m_lines[static_cast<size_t>(l)]);
            DotenvScanner::Layout layout;
            layout.horizon = baseOffset + horizon;
            emit(l, l, std::move(entry), layout);
        }
    };

    const auto lineCount = static_cast<qsizetype>(m_lines.size());
    qsizetype l = 0;
    while (l < lineCount) {
        const qsizetype k0 = skipSpace(m_lines[static_cast<size_t>(l)].start);
        if (k0 >= m_n) {
            emitPlain(l, lineCount - 1, m_n);
            break;
        }
        auto tried = attempt(k0);
        if (!tried) {
            return std::unexpected(tried.error());
        }
        const Attempt &a = *tried;
        const qsizetype keyLine = lineOf(k0);
        if (!a.matched) {
            // Every line start from here up to k0 leads to the same failed attempt.
            emitPlain(l, keyLine, a.horizon);
            l = keyLine + 1;
            continue;
        }
        if (keyLine > l) {
            emitPlain(l, keyLine - 1, a.horizon);
        }
        const qsizetype lastLine = std::max(keyLine, lineOf(a.last));
        const qsizetype entryStart = m_lines[static_cast<size_t>(keyLine)].start;
        DotenvEntry entry;
        entry.kind = DotenvEntry::Kind::Assignment;
        entry.key = QString::fromLatin1(m_b.sliced(a.keyStart, a.keyEnd - a.keyStart));
        entry.value = a.value;
        entry.quote = a.quote;
        entry.exported = a.exported;
        DotenvScanner::Layout layout;
        layout.horizon = baseOffset + a.horizon;
        layout.separator = a.separator - entryStart;
        layout.valueStart = a.valueStart - entryStart;
        layout.valueEnd = a.valueEnd - entryStart;
        layout.colon = a.colon;
        emit(keyLine, lastLine, std::move(entry), layout);
        l = lastLine + 1;
    }
    return result;
}

} // namespace

qsizetype DotenvScanner::lineTerminatorAt(QByteArrayView b, qsizetype i)
{
    if (i < 0 || i >= b.size()) {
        return 0;
    }
    const char c = b[i];
    if (c == '\n') {
        return 1;
    }
    if (c == '\r') {
        return (i + 1 < b.size() && b[i + 1] == '\n') ? 2 : 1;
    }
    return isLsPs(b, i) ? 3 : 0;
}

qsizetype DotenvScanner::spaceAt(QByteArrayView b, qsizetype i)
{
    if (i < 0 || i >= b.size()) {
        return 0;
    }
    const auto at = [&](qsizetype k) {
        return k < b.size() ? static_cast<uchar>(b[k]) : uchar(0);
    };
    switch (at(i)) {
    case '\t':
    case '\v':
    case '\f':
    case ' ':
    case '\n':
        return 1;
    case '\r':
        return lineTerminatorAt(b, i);
    case 0xC2: // U+00A0
        return at(i + 1) == 0xA0 ? 2 : 0;
    case 0xE1: // U+1680
        return at(i + 1) == 0x9A && at(i + 2) == 0x80 ? 3 : 0;
    case 0xE2: {
        const uchar b1 = at(i + 1);
        const uchar b2 = at(i + 2);
        // U+2000-U+200A, U+2028, U+2029, U+202F; U+205F
        if (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) {
            return 3;
        }
        return b1 == 0x81 && b2 == 0x9F ? 3 : 0;
    }
    case 0xE3: // U+3000
        return at(i + 1) == 0x80 && at(i + 2) == 0x80 ? 3 : 0;
    case 0xEF: // U+FEFF
        return at(i + 1) == 0xBB && at(i + 2) == 0xBF ? 3 : 0;
    default:
        return 0;
    }
}

std::optional<DotenvError> DotenvScanner::checkText(QByteArrayView bytes, int baseLine, bool atFileStart)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar c = static_cast<uchar>(bytes[i]);
        if (c == 0) {
            return DotenvError::at(
                bytes, i, baseLine, atFileStart,
                QCoreApplication::translate("DotenvScanner",
                                            "the file contains a NUL byte, so it is not a text file; "
                                            "remove the NUL byte or check that this is the right file"));
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        const qsizetype len = utf8SequenceAt(bytes, i);
        if (len == 0) {
            return DotenvError::at(
                bytes, i, baseLine, atFileStart,
                QCoreApplication::translate("DotenvScanner",
                                            "this is not valid UTF-8 text; save the file as UTF-8 "
                                            "(without a byte order mark) and try again"));
        }
        i += len;
    }
    return std::nullopt;
}

std::expected<DotenvScanner::Result, DotenvError> DotenvScanner::scan(QByteArrayView bytes,
                                                                      qsizetype baseOffset, int baseLine)
{
    Reader reader(bytes, baseLine, baseOffset == 0);
    return reader.run(baseOffset);
}

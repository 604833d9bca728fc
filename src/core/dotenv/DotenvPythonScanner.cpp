#include "core/dotenv/DotenvPythonScanner.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace {

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

// python-dotenv decode_escapes(): `\\[\\'"abfnrtv]` (double quotes) or `\\[\\']` (single quotes), each
// match through codecs.decode(..., 'unicode-escape').
QByteArray decodeEscapes(QByteArrayView v, bool doubleQuoted)
{
    if (!v.contains('\\')) {
        return v.toByteArray();
    }
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c != '\\' || i + 1 >= v.size()) {
            out.append(c);
            continue;
        }
        const char e = v[i + 1];
        char decoded = 0;
        switch (e) {
        case '\\':
        case '\'':
            decoded = e;
            break;
        case '"':
            decoded = doubleQuoted ? '"' : 0;
            break;
        case 'a':
            decoded = doubleQuoted ? '\a' : 0;
            break;
        case 'b':
            decoded = doubleQuoted ? '\b' : 0;
            break;
        case 'f':
            decoded = doubleQuoted ? '\f' : 0;
            break;
        case 'n':
            decoded = doubleQuoted ? '\n' : 0;
            break;
        case 'r':
            decoded = doubleQuoted ? '\r' : 0;
            break;
        case 't':
            decoded = doubleQuoted ? '\t' : 0;
            break;
        case 'v':
            decoded = doubleQuoted ? '\v' : 0;
            break;
        default:
            break;
        }
        if (decoded == 0) {
            out.append(c);
        } else {
            out.append(decoded);
            ++i;
        }
    }
    return out;
}

class PyReader
{
public:
    PyReader(QByteArrayView bytes, int baseLine, bool atFileStart)
        : m_b(bytes), m_n(bytes.size()), m_baseLine(baseLine), m_atFileStart(atFileStart)
    {
    }

    std::expected<DotenvScanner::Result, DotenvError> run(qsizetype baseOffset);

private:
    enum class Outcome { Assignment, KeyOnly, Comment, Error };
    struct Binding
    {
        Outcome outcome = Outcome::Error;
        qsizetype end = 0;
        qsizetype horizon = 0;
        QString key;
        QByteArray literal;
        DotenvEntry::Quote quote = DotenvEntry::Quote::None;
        bool exported = false;
        qsizetype separator = -1;
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
    };

    qsizetype space(qsizetype i) const { return DotenvPythonScanner::spaceAt(m_b, i); }
    bool isNewline(qsizetype i) const { return i < m_n && (m_b[i] == '\n' || m_b[i] == '\r'); }
    // `[^\S\r\n]` at i.
    qsizetype blank(qsizetype i) const { return isNewline(i) ? 0 : space(i); }
    qsizetype skipBlanks(qsizetype i) const
    {
        while (const qsizetype w = blank(i)) {
            i += w;
        }
        return i;
    }
    qsizetype skipSpace(qsizetype i) const
    {
        while (const qsizetype w = space(i)) {
            i += w;
        }
        return i;
    }
    qsizetype lineEnd(qsizetype i) const
    {
        while (i < m_n && m_b[i] != '\n' && m_b[i] != '\r') {
            ++i;
        }
        return i;
    }
    // After the terminator at @p i (LF, CR LF or CR), or @p i at the end.
    qsizetype afterTerminator(qsizetype i) const
    {
        if (i >= m_n) {
            return i;
        }
        if (m_b[i] == '\r' && i + 1 < m_n && m_b[i + 1] == '\n') {
            return i + 2;
        }
        return i + 1;
    }
    qsizetype find(char c, qsizetype from) const
    {
        if (from >= m_n) {
            return -1;
        }
        const void *hit = std::memchr(m_b.data() + from, c, static_cast<size_t>(m_n - from));
        return hit ? static_cast<const char *>(hit) - m_b.data() : -1;
    }
    DotenvError errorAt(qsizetype pos, QString message) const
    {
        return DotenvError::at(m_b, pos, m_baseLine, m_atFileStart, std::move(message));
    }

    std::expected<Binding, DotenvError> binding(qsizetype k);
    // `_rest_of_line` after a failed binding: `[^\r\n]*(?:\r|\n|\r\n)?`. @p looked is how far the
    // failed attempt read (a quote search can read to the end of the file): an edit up to there can
    // change the outcome, so it is part of the horizon.
    Binding failed(qsizetype at, qsizetype looked) const
    {
        Binding b;
        b.outcome = Outcome::Error;
        const qsizetype e = lineEnd(at);
        b.end = e < m_n ? e + 1 : e;
        b.horizon = std::min(m_n, std::max(looked, b.end + 1));
        return b;
    }

    QByteArrayView m_b;
    qsizetype m_n;
    int m_baseLine;
    bool m_atFileStart;
};

std::expected<PyReader::Binding, DotenvError> PyReader::binding(qsizetype k)
{
    Binding b;
    qsizetype p = k;
    // `(?:export[^\S\r\n]+)?`
    if (m_n - p >= 6 && std::memcmp(m_b.data() + p, "export", 6) == 0 && blank(p + 6) > 0) {
        p = skipBlanks(p + 6);
        b.exported = true;
    }
    // parse_key
    bool hasKey = true;
    if (p < m_n && m_b[p] == '#') {
        hasKey = false;
    } else if (p < m_n && m_b[p] == '\'') {
        // `'([^']+)'`: without a closing quote the search read to the end of the file.
        const qsizetype close = find('\'', p + 1);
        if (close <= p + 1) {
            return failed(p, close < 0 ? m_n : close + 1);
        }
        b.key = DotenvPythonScanner::keyText(normaliseLineEndings(m_b.sliced(p + 1, close - p - 1)));
        p = close + 1;
    } else {
        qsizetype j = p;
        while (j < m_n && m_b[j] != '=' && m_b[j] != '#' && space(j) == 0) {
            ++j;
        }
        if (j == p) {
            return failed(p, p + 1);
        }
        b.key = DotenvPythonScanner::keyText(m_b.sliced(p, j - p));
        p = j;
    }
    p = skipBlanks(p);
    bool hasValue = false;
    qsizetype horizon = p + 1;
    if (p < m_n && m_b[p] == '=') {
        hasValue = true;
        b.separator = p;
        p = skipBlanks(p + 1);
        const char c = p < m_n ? m_b[p] : '\0';
        if (c == '\'' || c == '"') {
            // `'((?:\\'|[^'])*)'`: the first quote not right after a backslash closes; without one the
            // regex backtracks to the last quote.
            qsizetype close = -1;
            qsizetype last = -1;
            for (qsizetype j = find(c, p + 1); j >= 0; j = find(c, j + 1)) {
                last = j;
                if (m_b[j - 1] != '\\') {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                close = last;
                horizon = m_n;
            }
            if (close < 0) {
                const QString quoteName = QStringLiteral("%1").arg(QLatin1Char(c));
                return std::unexpected(errorAt(
                    p, QCoreApplication::translate(
                           "DotenvScanner", "the value of %1 opens with %2 but that quote is never closed; "
                                            "add the closing %2 at the end of the value")
                           .arg(b.key, quoteName)));
            }
            horizon = std::max(horizon, close + 1);
            b.quote = c == '\'' ? DotenvEntry::Quote::Single : DotenvEntry::Quote::Double;
            b.literal = decodeEscapes(normaliseLineEndings(m_b.sliced(p + 1, close - p - 1)), c == '"');
            b.valueStart = p;
            b.valueEnd = close + 1;
            p = close + 1;
        } else if (c == '\0' || c == '\n' || c == '\r') {
            b.literal = QByteArray("");
            b.valueStart = b.valueEnd = p;
        } else {
            // `([^\r\n]*)`, then `re.sub(r"\s+#.*", "", part).rstrip()`.
            const qsizetype e = lineEnd(p);
            qsizetype cut = e;
            for (qsizetype h = find('#', p); h >= 0 && h < e; h = find('#', h + 1)) {
                bool afterSpace = false;
                for (qsizetype w = 1; w <= 3 && !afterSpace; ++w) {
                    afterSpace = h - w >= p && space(h - w) == w;
                }
                if (afterSpace) {
                    cut = h;
                    break;
                }
            }
            qsizetype to = cut;
            while (to > p) {
                qsizetype w = 0;
                for (qsizetype t = 1; t <= 3 && w == 0; ++t) {
                    if (to - t >= p && space(to - t) == t) {
                        w = t;
                    }
                }
                if (w == 0) {
                    break;
                }
                to -= w;
            }
            b.literal = m_b.sliced(p, to - p).toByteArray();
            if (b.literal.isNull()) {
                b.literal = QByteArray("");
            }
            b.valueStart = p;
            b.valueEnd = to;
            p = to;
        }
    }
    // `_comment`: `(?:[^\S\r\n]*#[^\r\n]*)?`, then `_end_of_line`: `[^\S\r\n]*(?:\r\n|\n|\r|$)`.
    qsizetype q = skipBlanks(p);
    if (q < m_n && m_b[q] == '#') {
        p = lineEnd(q);
    }
    q = skipBlanks(p);
    if (q < m_n && !isNewline(q)) {
        return failed(p, horizon);
    }
    b.end = afterTerminator(q);
    b.horizon = std::min(m_n, std::max(horizon, b.end + 1));
    b.outcome = hasValue ? Outcome::Assignment : (hasKey ? Outcome::KeyOnly : Outcome::Comment);
    return b;
}

std::expected<DotenvScanner::Result, DotenvError> PyReader::run(qsizetype baseOffset)
{
    if (auto bad = DotenvScanner::checkText(m_b, m_baseLine, m_atFileStart)) {
        return std::unexpected(*bad);
    }
    DotenvScanner::Result result;
    int line = m_baseLine;
    qsizetype cursor = 0; // start of the first line not yet in an entry
    const auto countLines = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (m_b[i] == '\n' || (m_b[i] == '\r' && (i + 1 >= m_n || m_b[i + 1] != '\n'))) {
                ++line;
            }
        }
    };
    const auto emit = [&](qsizetype from, qsizetype to, DotenvEntry entry, DotenvScanner::Layout layout) {
        entry.line = line;
        entry.dialect = DotenvDialect::Python;
        entry.raw = m_b.sliced(from, to - from).toByteArray();
        layout.offset = baseOffset + from;
        if (layout.separator >= 0) {
            layout.separator -= from;
            layout.valueStart -= from;
            layout.valueEnd -= from;
        }
        countLines(from, to);
        result.entries.append(std::move(entry));
        result.layouts.append(layout);
    };
    // Whitespace-only lines in [cursor, to), each its own Blank entry.
    const auto emitBlanks = [&](qsizetype to) {
        while (cursor < to) {
            const qsizetype end = std::min(m_n, afterTerminator(lineEnd(cursor)));
            DotenvScanner::Layout layout;
            layout.horizon = baseOffset + end;
            emit(cursor, end, DotenvEntry{}, layout);
            cursor = end;
        }
    };

    qsizetype pos = (m_atFileStart && m_b.startsWith("\xEF\xBB\xBF")) ? 3 : 0;
    while (pos < m_n) {
        const qsizetype k = skipSpace(pos);
        if (k >= m_n) {
            emitBlanks(m_n);
            break;
        }
        // The binding's entry starts at the start of the line holding its first non-blank character.
        qsizetype lineStart = k;
        while (lineStart > cursor && m_b[lineStart - 1] != '\n' && m_b[lineStart - 1] != '\r') {
            --lineStart;
        }
        emitBlanks(lineStart);
        auto read = binding(k);
        if (!read) {
            return std::unexpected(read.error());
        }
        Binding &b = *read;
        qsizetype end = b.end;
        if (end < m_n && end > 0 && m_b[end - 1] == '\r' && m_b[end] == '\n') {
            ++end; // `_rest_of_line` stops between CR and LF
        }
        DotenvEntry entry;
        DotenvScanner::Layout layout;
        layout.horizon = baseOffset + std::max(b.horizon, end);
        switch (b.outcome) {
        case Outcome::Assignment:
            entry.kind = DotenvEntry::Kind::Assignment;
            entry.key = b.key;
            entry.literal = b.literal;
            entry.value = b.literal;
            entry.quote = b.quote;
            entry.exported = b.exported;
            layout.separator = b.separator;
            layout.valueStart = b.valueStart;
            layout.valueEnd = b.valueEnd;
            break;
        case Outcome::KeyOnly:
            entry.kind = DotenvEntry::Kind::Unparsed;
            entry.key = b.key;
            entry.exported = b.exported;
            break;
        case Outcome::Comment:
            entry.kind = DotenvEntry::Kind::Comment;
            break;
        case Outcome::Error:
            entry.kind = DotenvEntry::Kind::Unparsed;
            break;
        }
        emit(cursor, end, std::move(entry), layout);
        cursor = end;
        pos = end;
    }
    emitBlanks(m_n); // a file that is only a BOM
    return result;
}

} // namespace

qsizetype DotenvPythonScanner::spaceAt(QByteArrayView b, qsizetype i)
{
    if (i < 0 || i >= b.size()) {
        return 0;
    }
    const auto at = [&](qsizetype k) {
        return k < b.size() ? static_cast<uchar>(b[k]) : uchar(0);
    };
    const uchar c = at(i);
    if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) {
        return 1;
    }
    switch (c) {
    case 0xC2: // U+0085, U+00A0
        return at(i + 1) == 0x85 || at(i + 1) == 0xA0 ? 2 : 0;
    case 0xE1: // U+1680
        return at(i + 1) == 0x9A && at(i + 2) == 0x80 ? 3 : 0;
    case 0xE2: {
        const uchar b1 = at(i + 1);
        const uchar b2 = at(i + 2);
        if (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) {
            return 3;
        }
        return b1 == 0x81 && b2 == 0x9F ? 3 : 0;
    }
    case 0xE3: // U+3000
        return at(i + 1) == 0x80 && at(i + 2) == 0x80 ? 3 : 0;
    default:
        return 0;
    }
}

std::expected<DotenvScanner::Result, DotenvError>
DotenvPythonScanner::scan(QByteArrayView bytes, qsizetype baseOffset, int baseLine)
{
    PyReader reader(bytes, baseLine, baseOffset == 0);
    return reader.run(baseOffset);
}

QString DotenvPythonScanner::keyText(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

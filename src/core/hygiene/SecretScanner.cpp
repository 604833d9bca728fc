#include "core/hygiene/SecretScanner.h"

#include "core/hygiene/GitRepository.h"

#include "core/hygiene/HyperscanHandles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>

#include <re2/re2.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstring>
#include <mutex>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxFindingsPerRule = 200;
constexpr qint64 kMaxIgnoreFileBytes = 16 * 1024 * 1024;
constexpr QByteArrayView kInlineAllow = "gitleaks:allow";

std::unique_ptr<RE2> compileRe2(const QString &pattern)
{
    RE2::Options options;
    options.set_log_errors(false);
    const QByteArray utf8 = pattern.toUtf8();
    auto re = std::make_unique<RE2>(re2::StringPiece(utf8.constData(), size_t(utf8.size())), options);
    return re->ok() ? std::move(re) : nullptr;
}

/// An RE2 compiled on first use, once, on whichever thread needs it first. A scan of a few staged files
/// meets candidates of few rules, and compiling every rule and allowlist regex up front took about 10 ms
/// of each run (half of a commit hook's own time). The rule set checked every pattern when it read it
/// (ScanRuleSet), so get() is null only for a pattern that cannot compile, and then nothing matches.
class LazyRe2
{
public:
    explicit LazyRe2(const QString &pattern) : m_pattern(pattern) {}
    const RE2 *get() const
    {
        std::call_once(m_once, [this] { m_re = compileRe2(m_pattern); });
        return m_re.get();
    }

private:
    QString m_pattern;
    mutable std::once_flag m_once;
    mutable std::unique_ptr<RE2> m_re;
};

bool partialMatch(const LazyRe2 &lazy, QByteArrayView text)
{
    const RE2 *re = lazy.get();
    return re && RE2::PartialMatch(re2::StringPiece(text.data(), size_t(text.size())), *re);
}

struct CompiledAllowlist
{
    ScanAllowlist source;
    std::vector<std::unique_ptr<LazyRe2>> paths;
    std::vector<std::unique_ptr<LazyRe2>> regexes;
    QList<QByteArray> stopwords; // lower-case UTF-8

    bool appliesTo(const QString &ruleId) const
    {
        return source.targetRules.isEmpty() || source.targetRules.contains(ruleId);
    }
    bool commitMatches(const QString &commit) const
    {
        if (commit.isEmpty())
            return false;
        for (const QString &entry : source.commits)
            if (!entry.isEmpty() && (commit.startsWith(entry, Qt::CaseInsensitive)))
                return true;
        return false;
    }
    bool pathMatches(const QByteArray &path) const
    {
        for (const auto &re : paths)
            if (partialMatch(*re, path))
                return true;
        return false;
    }
    /// gitleaks' semantics: OR = any set criterion matches; AND = every set criterion matches.
    bool allows(const QString &commit, const QByteArray &path, QByteArrayView secret, QByteArrayView match,
                QByteArrayView line) const
    {
        QByteArrayView target = secret;
        if (source.regexTarget == ScanAllowlist::RegexTarget::Match)
            target = match;
        else if (source.regexTarget == ScanAllowlist::RegexTarget::Line)
            target = line;
        std::array<std::optional<bool>, 4> criteria;
        if (!source.commits.isEmpty())
            criteria[0] = commitMatches(commit);
        if (!paths.empty())
            criteria[1] = pathMatches(path);
        if (!regexes.empty()) {
            bool any = false;
            for (const auto &re : regexes)
                any = any || partialMatch(*re, target);
            criteria[2] = any;
        }
        if (!stopwords.isEmpty()) {
            const QByteArray lower = secret.toByteArray().toLower();
            bool any = false;
            for (const QByteArray &word : stopwords)
                any = any || lower.contains(word);
            criteria[3] = any;
        }
        bool anySet = false;
        bool all = true;
        bool any = false;
        for (const auto &criterion : criteria) {
            if (!criterion)
                continue;
            anySet = true;
            all = all && *criterion;
            any = any || *criterion;
        }
        if (!anySet)
            return false;
        return source.condition == ScanAllowlist::Condition::And ? all : any;
    }
};

CompiledAllowlist compileAllowlist(const ScanAllowlist &allowlist)
{
    CompiledAllowlist out;
    out.source = allowlist;
    for (const QString &pattern : allowlist.paths)
        out.paths.push_back(std::make_unique<LazyRe2>(pattern));
    for (const QString &pattern : allowlist.regexes)
        out.regexes.push_back(std::make_unique<LazyRe2>(pattern));
    for (const QString &word : allowlist.stopwords)
        out.stopwords.append(word.toLower().toUtf8());
    return out;
}

struct CompiledRule
{
    ScanRule rule;
    std::unique_ptr<LazyRe2> regex; // null for a path-only rule
    std::unique_ptr<LazyRe2> path;
    std::vector<CompiledAllowlist> allowlists;
    std::vector<int> keywordIds;
    bool inHyperscan = false;
    /// Longest match in bytes (Hyperscan's max_width), or 0 when unbounded.
    unsigned maxWidth = 0;
    /// Unbounded, but no match can span lines: Hyperscan reports every match end, and the window of a match
    /// is the line it ends on.
    bool oneLine = false;
    /// Unbounded, and in the start-of-match database: its windows start where its matches start.
    bool inSomDatabase = false;
};

struct ExactPattern
{
    int value = 0;
    QString encoding;
};

/// Escapes @p bytes as a Hyperscan regex of `\xHH` atoms (used for keywords: matched caselessly).
std::string hexEscaped(QByteArrayView bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size_t(bytes.size()) * 4);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += "\\x";
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

SecureBuffer base64Of(const SecureBuffer &value, int variant)
{
    const size_t length = sodium_base64_encoded_len(size_t(value.size()), variant);
    SecureBuffer out{qsizetype(length)};
    sodium_bin2base64(out.data(), length, reinterpret_cast<const unsigned char *>(value.constData()),
                      size_t(value.size()), variant);
    SecureBuffer trimmed =
        SecureBuffer::fromBytes(QByteArrayView(out.constData(), qsizetype(std::strlen(out.constData()))));
    return trimmed;
}

SecureBuffer hexOf(const SecureBuffer &value, bool upper)
{
    const size_t length = size_t(value.size()) * 2 + 1;
    SecureBuffer out{qsizetype(length)};
    sodium_bin2hex(out.data(), length, reinterpret_cast<const unsigned char *>(value.constData()),
                   size_t(value.size()));
    if (upper)
        for (qsizetype i = 0; i < out.size(); ++i)
            if (out.data()[i] >= 'a' && out.data()[i] <= 'f')
                out.data()[i] = char(out.data()[i] - 'a' + 'A');
    return SecureBuffer::fromBytes(QByteArrayView(out.constData(), value.size() * 2));
}

/// RFC 3986 percent-encoding of every byte outside the unreserved set, upper-case hex.
SecureBuffer percentOf(const SecureBuffer &value)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    qsizetype length = 0;
    const auto unreserved = [](unsigned char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '.' || c == '_' || c == '~';
    };
    for (char c : value.view())
        length += unreserved(static_cast<unsigned char>(c)) ? 1 : 3;
    SecureBuffer out(length);
    qsizetype at = 0;
    for (char c : value.view()) {
        const auto b = static_cast<unsigned char>(c);
        if (unreserved(b)) {
            out.data()[at++] = c;
        } else {
            out.data()[at++] = '%';
            out.data()[at++] = digits[b >> 4];
            out.data()[at++] = digits[b & 0xF];
        }
    }
    return out;
}

struct RuleHit
{
    unsigned int id;
    unsigned long long from; // start of match for the start-of-match database, else 0
    unsigned long long to;
};

/// Collects Hyperscan matches; stops the scan (returns non-zero) when too many arrive, and the caller then
/// falls back to whole-content RE2 for the rules involved.
struct RuleHits
{
    static constexpr size_t kMax = 200000;
    std::vector<RuleHit> hits;
    bool overflow = false;
};

int onRuleMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void *context)
{
    auto *collected = static_cast<RuleHits *>(context);
    if (collected->hits.size() >= RuleHits::kMax) {
        collected->overflow = true;
        return 1;
    }
    collected->hits.push_back({id, from, to});
    return 0;
}

struct ExactHit
{
    unsigned int id;
    unsigned long long from;
    unsigned long long to;
};

int onExactMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void *context)
{
    auto *hits = static_cast<std::vector<ExactHit> *>(context);
    if (hits->size() < 10000)
        hits->push_back({id, from, to});
    return 0;
}

/// Byte offsets of line starts, built on first use.
class LineIndex
{
public:
    explicit LineIndex(QByteArrayView content) : m_content(content) {}
    /// 1-based line of @p offset.
    int lineOf(qsizetype offset)
    {
        build();
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        return int(it - m_starts.begin());
    }
    qsizetype lineStart(int line)
    {
        build();
        return m_starts.at(size_t(line - 1));
    }
    QByteArrayView lineText(int line)
    {
        const qsizetype start = lineStart(line);
        const qsizetype end =
            size_t(line) < m_starts.size() ? m_starts.at(size_t(line)) - 1 : m_content.size();
        return m_content.sliced(start, end - start);
    }
    /// Whether @p line holds `gitleaks:allow` (each line searched once, however many matches it has).
    bool allowsInline(int line)
    {
        const auto known = m_allowed.constFind(line);
        if (known != m_allowed.constEnd())
            return known.value();
        const bool allowed = lineText(line).contains(kInlineAllow);
        m_allowed.insert(line, allowed);
        return allowed;
    }

private:
    void build()
    {
        if (!m_starts.empty())
            return;
        m_starts.push_back(0);
        const char *data = m_content.data();
        const qsizetype size = m_content.size();
        qsizetype at = 0;
        while (at < size) {
            const void *found = std::memchr(data + at, '\n', size_t(size - at));
            if (!found)
                break;
            at = static_cast<const char *>(found) - data + 1;
            m_starts.push_back(at);
        }
    }
    QByteArrayView m_content;
    std::vector<qsizetype> m_starts;
    QHash<int, bool> m_allowed;
};

/// A byte range [start, end) of the scanned content.
struct Window
{
    qsizetype start;
    qsizetype end;
};

/// Sorts the windows, widens each to whole lines (the end keeps its newline) and merges overlapping ones.
/// Linear in the content: a window starting inside the previous (widened) one only extends its end, and a
/// line start is searched for back to the previous window's end at most (thousands of matches on one long
/// minified line made this quadratic).
std::vector<Window> lineWindows(QByteArrayView content, std::vector<Window> windows)
{
    const char *data = content.data();
    const qsizetype size = content.size();
    const auto lineEnd = [&](qsizetype at) -> qsizetype { // end of the line holding at - 1, past its newline
        if (at > 0 && data[at - 1] == '\n')
            return at;
        const void *newline = std::memchr(data + at, '\n', size_t(size - at));
        return newline ? static_cast<const char *>(newline) - data + 1 : size;
    };
    std::sort(windows.begin(), windows.end(),
              [](const Window &a, const Window &b) { return a.start < b.start; });
    std::vector<Window> merged;
    for (const Window &window : windows) {
        const qsizetype from = std::clamp<qsizetype>(window.start, 0, size);
        const qsizetype to = std::clamp<qsizetype>(window.end, from, size);
        if (!merged.empty() && from < merged.back().end) {
            if (to > merged.back().end)
                merged.back().end = lineEnd(to);
            continue;
        }
        const qsizetype floor = merged.empty() ? 0 : merged.back().end; // a line start
        qsizetype start = from;
        while (start > floor && data[start - 1] != '\n')
            --start;
        merged.push_back({start, lineEnd(std::max(to, start))});
        if (merged.size() > 1 && merged[merged.size() - 2].end >= merged.back().start) {
            merged[merged.size() - 2].end = std::max(merged[merged.size() - 2].end, merged.back().end);
            merged.pop_back();
        }
    }
    return merged;
}

/// One Hyperscan expression offered to buildDatabase(). An optional one is left out (and reported so)
/// when Hyperscan rejects it; a required one failing fails the build.
struct HyperscanExpression
{
    std::string pattern;
    unsigned int flags = 0;
    unsigned int id = 0;
    bool optional = true;
};

struct BuiltDatabase
{
    HyperscanDatabase database;
    QSet<unsigned int> included; // ids of the expressions in the database
};

QString cacheFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + u"/envsmith/hyperscan"_s;
}

/// Loads a database from the cache: a first line with the included ids (comma-separated), then
/// hs_serialize_database()'s bytes, or nothing when Hyperscan took none of the expressions (that outcome
/// is cached too: finding it out again took 1.5 s per run for the private-key rule's start-of-match form).
/// Anything unreadable or incompatible is a miss.
std::optional<BuiltDatabase> loadCached(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    BuiltDatabase out;
    for (const QByteArray &id : bytes.left(newline).split(',')) {
        bool ok = false;
        if (!id.isEmpty())
            out.included.insert(id.toUInt(&ok));
        if (!id.isEmpty() && !ok)
            return std::nullopt;
    }
    if (newline + 1 == bytes.size())
        return out.included.isEmpty() ? std::optional<BuiltDatabase>(std::move(out)) : std::nullopt;
    hs_database_t *raw = nullptr;
    if (hs_deserialize_database(bytes.constData() + newline + 1, size_t(bytes.size() - newline - 1), &raw) !=
        HS_SUCCESS)
        return std::nullopt;
    out.database.reset(raw);
    return out;
}

/// Best effort: a cache that cannot be written only costs the next run a compile.
void storeCached(const QString &path, const BuiltDatabase &built)
{
    char *raw = nullptr;
    size_t length = 0;
    if (built.database && hs_serialize_database(built.database.get(), &raw, &length) != HS_SUCCESS)
        return;
    const HyperscanMisc<char> bytes(raw); // rule patterns only: no values
    QList<unsigned int> ids(built.included.cbegin(), built.included.cend());
    std::sort(ids.begin(), ids.end());
    QByteArray header;
    for (unsigned int id : ids)
        header += (header.isEmpty() ? "" : ",") + QByteArray::number(id);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(header + '\n');
    if (length > 0)
        file.write(bytes.get(), qint64(length));
    file.commit();
}

/// Compiles @p expressions into one block-mode database, dropping optional expressions Hyperscan rejects
/// (each is then tried alone). Rule databases hold only rule patterns, never values, so they are cached
/// under the user's cache folder, keyed by SHA-256 of Hyperscan's version and every expression: compiling
/// the built-in rules takes about 0.3 s, loading them about 1 ms.
std::expected<BuiltDatabase, QString> buildDatabase(const std::vector<HyperscanExpression> &expressions,
                                                    bool useCache)
{
    BuiltDatabase out;
    if (expressions.empty())
        return out;
    QCryptographicHash key(QCryptographicHash::Sha256);
    key.addData(QByteArrayView(hs_version()));
    for (const HyperscanExpression &expression : expressions) {
        key.addData(QByteArrayView("\0", 1));
        key.addData(QByteArrayView(expression.pattern.data(), qsizetype(expression.pattern.size())));
        key.addData(QByteArray::number(expression.flags) + ':' + QByteArray::number(expression.id) + ':' +
                    (expression.optional ? '1' : '0'));
    }
    const QString folder = useCache ? cacheFolder() : QString();
    const QString path =
        folder.isEmpty() ? QString() : folder + u'/' + QString::fromLatin1(key.result().toHex()) + u".hsdb"_s;
    if (!path.isEmpty())
        if (auto cached = loadCached(path))
            return std::move(*cached);

    const auto compile = [](const std::vector<const HyperscanExpression *> &chosen,
                            QString *message) -> HyperscanDatabase {
        std::vector<const char *> patterns;
        std::vector<unsigned int> flags;
        std::vector<unsigned int> ids;
        for (const HyperscanExpression *expression : chosen) {
            patterns.push_back(expression->pattern.c_str());
            flags.push_back(expression->flags);
            ids.push_back(expression->id);
        }
        hs_database_t *raw = nullptr;
        hs_compile_error_t *rawError = nullptr;
        const hs_error_t status =
            hs_compile_multi(patterns.data(), flags.data(), ids.data(), unsigned(patterns.size()),
                             HS_MODE_BLOCK, nullptr, &raw, &rawError);
        HyperscanDatabase database(raw);
        const HyperscanCompileError error(rawError);
        if (status != HS_SUCCESS) {
            if (message)
                *message = QString::fromUtf8(error && error->message ? error->message : "");
            return nullptr;
        }
        return database;
    };
    std::vector<const HyperscanExpression *> chosen;
    for (const HyperscanExpression &expression : expressions)
        chosen.push_back(&expression);
    QString message;
    out.database = compile(chosen, &message);
    if (!out.database) {
        chosen.clear();
        for (const HyperscanExpression &expression : expressions)
            if (!expression.optional || compile({&expression}, nullptr))
                chosen.push_back(&expression);
        if (!chosen.empty())
            out.database = compile(chosen, &message);
        if (!out.database && !chosen.empty())
            return std::unexpected(message);
    }
    for (const HyperscanExpression *expression : chosen)
        out.included.insert(expression->id);
    if (!path.isEmpty() && (out.database || chosen.empty()))
        storeCached(path, out);
    return out;
}

} // namespace

struct SecretScanner::Private
{
    std::vector<CompiledRule> rules;
    std::vector<CompiledAllowlist> global;
    QList<QByteArray> keywords; // lower-case, deduplicated
    unsigned int keywordIdBase = 0;
    /// Bounded rule regexes (every match end), unbounded ones (presence only) and keywords (presence only).
    HyperscanDatabase ruleDatabase;
    /// Unbounded rule regexes with start-of-match, run only on content where one of them matched.
    HyperscanDatabase somDatabase;
    HyperscanDatabase exactDatabase;
    std::vector<ExactPattern> exactPatterns;
    std::vector<ScanExactValue> exactValues;
    /// Scratch space fits every database; each scan() borrows one, so scans may run on several threads.
    HyperscanScratch prototypeScratch;
    std::mutex scratchMutex;
    std::vector<HyperscanScratch> idleScratch;

    HyperscanScratch borrowScratch()
    {
        {
            const std::lock_guard lock(scratchMutex);
            if (!idleScratch.empty()) {
                HyperscanScratch scratch = std::move(idleScratch.back());
                idleScratch.pop_back();
                return scratch;
            }
        }
        hs_scratch_t *clone = nullptr;
        if (!prototypeScratch || hs_clone_scratch(prototypeScratch.get(), &clone) != HS_SUCCESS)
            return nullptr;
        return HyperscanScratch(clone);
    }
    void returnScratch(HyperscanScratch scratch)
    {
        if (!scratch)
            return;
        const std::lock_guard lock(scratchMutex);
        idleScratch.push_back(std::move(scratch));
    }
};

SecretScanner::SecretScanner(std::unique_ptr<Private> d) : d(std::move(d)) {}

SecretScanner::~SecretScanner() = default;

std::expected<std::unique_ptr<SecretScanner>, QString>
SecretScanner::create(const ScanRuleSet &rules, std::vector<ScanExactValue> exactValues)
{
    installWipingHyperscanAllocator();
    auto d = std::make_unique<Private>();
    for (const ScanAllowlist &allowlist : rules.allowlists())
        d->global.push_back(compileAllowlist(allowlist));

    QHash<QByteArray, int> keywordIndex;
    for (const ScanRule &rule : rules.rules()) {
        CompiledRule compiled;
        compiled.rule = rule;
        if (!rule.regex.isEmpty())
            compiled.regex = std::make_unique<LazyRe2>(rule.regex);
        if (!rule.path.isEmpty())
            compiled.path = std::make_unique<LazyRe2>(rule.path);
        for (const ScanAllowlist &allowlist : rule.allowlists)
            compiled.allowlists.push_back(compileAllowlist(allowlist));
        for (const QString &keyword : rule.keywords) {
            const QByteArray lower = keyword.toLower().toUtf8();
            auto it = keywordIndex.constFind(lower);
            if (it == keywordIndex.constEnd()) {
                it = keywordIndex.insert(lower, int(d->keywords.size()));
                d->keywords.append(lower);
            }
            compiled.keywordIds.push_back(it.value());
        }
        d->rules.push_back(std::move(compiled));
    }

    // One Hyperscan database of every rule regex and every keyword. A rule regex Hyperscan rejects is left
    // out (it then runs through RE2 whenever one of its keywords occurs). A bounded regex reports every
    // match end, so RE2 only reads [end - maxWidth, end]. So does an unbounded one whose matches stay on one
    // line (staysOnOneLine()): RE2 reads the line of each end. Any other unbounded one reports presence only
    // (every match of `[\s\S]{64,}?` is an end), and a second database with start-of-match, run only where
    // one of them matched, gives its windows.
    d->keywordIdBase = unsigned(d->rules.size());
    std::vector<HyperscanExpression> ruleExpressions;
    std::vector<HyperscanExpression> somExpressions;
    for (size_t i = 0; i < d->rules.size(); ++i) {
        CompiledRule &rule = d->rules[i];
        if (!rule.regex)
            continue;
        std::string pattern = rule.rule.regex.toStdString();
        hs_expr_info_t *rawInfo = nullptr;
        hs_compile_error_t *rawError = nullptr;
        const hs_error_t status = hs_expression_info(pattern.c_str(), 0, &rawInfo, &rawError);
        const HyperscanCompileError error(rawError);
        const HyperscanMisc<hs_expr_info_t> info(rawInfo);
        if (status != HS_SUCCESS)
            continue; // Hyperscan cannot take it: RE2 only
        rule.maxWidth = info->max_width == UINT_MAX ? 0 : info->max_width;
        rule.oneLine =
            rule.maxWidth == 0 && staysOnOneLine(QByteArrayView(pattern.data(), qsizetype(pattern.size())));
        const bool presenceOnly = rule.maxWidth == 0 && !rule.oneLine;
        if (presenceOnly)
            somExpressions.push_back({pattern, HS_FLAG_SOM_LEFTMOST, unsigned(i), true});
        ruleExpressions.push_back(
            {std::move(pattern), presenceOnly ? unsigned(HS_FLAG_SINGLEMATCH) : 0u, unsigned(i), true});
    }
    for (qsizetype k = 0; k < d->keywords.size(); ++k)
        ruleExpressions.push_back({hexEscaped(d->keywords.at(k)), HS_FLAG_SINGLEMATCH | HS_FLAG_CASELESS,
                                   d->keywordIdBase + unsigned(k), false});
    auto ruleDatabase = buildDatabase(ruleExpressions, true);
    if (!ruleDatabase)
        return std::unexpected(
            tr("Hyperscan could not compile the rule set (%1).").arg(ruleDatabase.error()));
    d->ruleDatabase = std::move(ruleDatabase->database);
    for (size_t i = 0; i < d->rules.size(); ++i)
        d->rules[i].inHyperscan = ruleDatabase->included.contains(unsigned(i));
    std::erase_if(somExpressions, [&](const HyperscanExpression &expression) {
        return !ruleDatabase->included.contains(expression.id);
    });
    if (auto somDatabase = buildDatabase(somExpressions, true)) {
        d->somDatabase = std::move(somDatabase->database);
        for (unsigned int id : std::as_const(somDatabase->included))
            d->rules[id].inSomDatabase = true;
    } // else: the unbounded rules read the whole content, as RE2-only rules do

    // Exact values: every encoded form as a literal (values only in guarded memory and in Hyperscan's
    // database, which the wiping allocator zeroes when it is freed).
    std::vector<SecureBuffer> forms;
    for (ScanExactValue &value : exactValues) {
        if (!ScanExactValue::worthMatching(value.name, value.value.view()))
            continue;
        const int index = int(d->exactValues.size());
        struct Form
        {
            SecureBuffer bytes;
            QString encoding;
        };
        std::vector<Form> candidates;
        candidates.push_back({value.value.clone(), u"raw"_s});
        candidates.push_back({base64Of(value.value, sodium_base64_VARIANT_ORIGINAL), u"base64"_s});
        candidates.push_back(
            {base64Of(value.value, sodium_base64_VARIANT_URLSAFE_NO_PADDING), u"base64url"_s});
        candidates.push_back({hexOf(value.value, false), u"hex"_s});
        candidates.push_back({hexOf(value.value, true), u"hex"_s});
        candidates.push_back({percentOf(value.value), u"url-encoded"_s});
        for (Form &form : candidates) {
            bool duplicate = false;
            for (const SecureBuffer &existing : forms)
                duplicate = duplicate || existing.equals(form.bytes);
            if (duplicate)
                continue;
            d->exactPatterns.push_back({index, form.encoding});
            forms.push_back(std::move(form.bytes));
        }
        d->exactValues.push_back(std::move(value));
    }
    if (!forms.empty()) {
        std::vector<const char *> pointers;
        std::vector<size_t> lengths;
        std::vector<unsigned int> literalFlags(forms.size(), HS_FLAG_SOM_LEFTMOST);
        std::vector<unsigned int> literalIds;
        for (size_t i = 0; i < forms.size(); ++i) {
            pointers.push_back(forms[i].constData());
            lengths.push_back(size_t(forms[i].size()));
            literalIds.push_back(unsigned(i));
        }
        hs_database_t *raw = nullptr;
        hs_compile_error_t *rawError = nullptr;
        const hs_error_t status =
            hs_compile_lit_multi(pointers.data(), literalFlags.data(), literalIds.data(), lengths.data(),
                                 unsigned(forms.size()), HS_MODE_BLOCK, nullptr, &raw, &rawError);
        d->exactDatabase.reset(raw);
        HyperscanCompileError error(rawError);
        if (status != HS_SUCCESS)
            return std::unexpected(tr("Hyperscan could not compile the exact-value patterns."));
    }

    hs_scratch_t *scratch = nullptr;
    for (hs_database_t *database : {d->ruleDatabase.get(), d->somDatabase.get(), d->exactDatabase.get()}) {
        if (database && hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
            HyperscanScratch owner(scratch);
            return std::unexpected(tr("Hyperscan could not allocate scratch space (out of memory?)."));
        }
    }
    d->prototypeScratch.reset(scratch);
    return std::unique_ptr<SecretScanner>(new SecretScanner(std::move(d)));
}

QStringList SecretScanner::re2OnlyRules() const
{
    QStringList out;
    for (const CompiledRule &rule : d->rules)
        if (rule.regex && !rule.inHyperscan)
            out.append(rule.rule.id);
    return out;
}

int SecretScanner::exactValueCount() const
{
    return int(d->exactValues.size());
}

bool SecretScanner::looksBinary(QByteArrayView content)
{
    const qsizetype n = std::min(content.size(), kBinarySniffBytes);
    return n > 0 && std::memchr(content.data(), '\0', size_t(n)) != nullptr;
}

double SecretScanner::shannonEntropy(QByteArrayView bytes)
{
    // H = -sum(p log2 p) = log2(n) - sum(c log2 c) / n over the byte counts c; c log2 c from a table for
    // the small counts a candidate secret has (this runs for every candidate of every entropy-gated rule).
    static const std::array<double, 256> cLog2c = [] {
        std::array<double, 256> table{};
        for (size_t c = 1; c < table.size(); ++c)
            table[c] = double(c) * std::log2(double(c));
        return table;
    }();
    const qsizetype n = bytes.size();
    if (n == 0)
        return 0.0;
    std::array<quint32, 256> counts{};
    for (char c : bytes)
        ++counts[static_cast<unsigned char>(c)];
    double sum = 0.0;
    for (char c : bytes) {
        quint32 &count = counts[static_cast<unsigned char>(c)];
        if (count == 0)
            continue; // this byte's count is already in the sum
        sum += count < cLog2c.size() ? cLog2c[count] : double(count) * std::log2(double(count));
        count = 0;
    }
    return std::log2(double(n)) - sum / double(n);
}

bool SecretScanner::staysOnOneLine(QByteArrayView pattern)
{
    // Escapes that can never stand for a line feed (outside and inside a class).
    static constexpr std::string_view kSafeEscapes = "wdSbBAz.-/+*?()[]{}|^$\\'\"`_,:;=@#%&!~<> t";
    const auto isFlagLetter = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
    };
    // `.` matches a line feed under the s flag: any (?...s...) group makes every `.` unsafe.
    bool dotAll = false;
    for (qsizetype i = 0; i + 2 < pattern.size(); ++i) {
        if (pattern[i] != '(' || pattern[i + 1] != '?' || (i > 0 && pattern[i - 1] == '\\'))
            continue;
        for (qsizetype j = i + 2; j < pattern.size() && isFlagLetter(pattern[j]); ++j) {
            if (pattern[j] == '-')
                break; // flags after '-' are cleared, not set
            dotAll = dotAll || pattern[j] == 's';
        }
    }
    qsizetype i = 0;
    const qsizetype n = pattern.size();
    while (i < n) {
        const char c = pattern[i];
        if (c == '\n' || c == '\r')
            return false;
        if (c == '\\') {
            if (i + 1 >= n || !kSafeEscapes.contains(pattern[i + 1]))
                return false;
            i += 2;
            continue;
        }
        if (c == '.') {
            if (dotAll)
                return false;
            ++i;
            continue;
        }
        if (c != '[') {
            ++i;
            continue;
        }
        // A character class: [...] or [^...]; `]` first is a literal.
        qsizetype j = i + 1;
        const bool negated = j < n && pattern[j] == '^';
        if (negated)
            ++j;
        bool excludesLineFeed = false; // for a negated class: \n is one of its members
        bool first = true;
        char previous = 0; // the last literal member, for ranges
        while (j < n && (pattern[j] != ']' || first)) {
            first = false;
            const char m = pattern[j];
            if (m == '[') // [:space:] and friends
                return false;
            if (m == '\\') {
                if (j + 1 >= n)
                    return false;
                const char e = pattern[j + 1];
                if (e == 's' || e == 'n' || e == 'W' || e == 'D')
                    excludesLineFeed = true;
                else if (!kSafeEscapes.contains(e))
                    return false;
                previous = e == 't' ? '\t' : e;
                j += 2;
                continue;
            }
            if (m == '-' && previous != 0 && j + 1 < n && pattern[j + 1] != ']') {
                char high = pattern[j + 1];
                if (high == '\\') {
                    if (j + 2 >= n || !kSafeEscapes.contains(pattern[j + 2]))
                        return false;
                    high = pattern[j + 2] == 't' ? '\t' : pattern[j + 2];
                }
                if (static_cast<unsigned char>(previous) <= '\n' && static_cast<unsigned char>(high) >= '\n')
                    return false; // a range over the line feed (in either reading of the class)
                previous = 0;
                j += pattern[j + 1] == '\\' ? 3 : 2;
                continue;
            }
            if (m == '\n' || m == '\r')
                return false;
            previous = m;
            ++j;
        }
        if (j >= n)
            return false; // unterminated: not ours to judge
        if (negated && !excludesLineFeed)
            return false;
        if (!negated && excludesLineFeed)
            return false; // [\s...] and [\W...] hold the line feed
        i = j + 1;
    }
    return true;
}

std::expected<QSet<QString>, QString> SecretScanner::readGitleaksIgnore(const QString &root)
{
    QSet<QString> out;
    QFile file(QDir(root).filePath(u".gitleaksignore"_s));
    if (!file.exists())
        return out;
    // Only a regular file: a FIFO would block and a device such as /dev/zero never end.
    if (!QFileInfo(file.fileName()).isFile() || file.size() > kMaxIgnoreFileBytes ||
        !file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read %1 (not a regular file, larger than 16 MiB, or unreadable). "
                                  "Fix or remove it.")
                                   .arg(QDir::toNativeSeparators(file.fileName())));
    const QByteArray bytes = file.read(kMaxIgnoreFileBytes + 1);
    if (bytes.size() > kMaxIgnoreFileBytes)
        return std::unexpected(
            tr("%1 is larger than 16 MiB. Fix or remove it.").arg(QDir::toNativeSeparators(file.fileName())));
    return parseGitleaksIgnore(bytes);
}

std::expected<QSet<QString>, QString> SecretScanner::readGitleaksIgnore(const GitRepository &repository)
{
    if (!repository.isBare())
        return readGitleaksIgnore(repository.root());
    const auto committed = repository.committedFile(u".gitleaksignore"_s, kMaxIgnoreFileBytes);
    if (!committed)
        return std::unexpected(committed.error());
    return *committed ? parseGitleaksIgnore(**committed) : QSet<QString>();
}

QSet<QString> SecretScanner::parseGitleaksIgnore(QByteArrayView bytes)
{
    QSet<QString> out;
    const QList<QByteArray> lines = bytes.toByteArray().split('\n');
    for (const QByteArray &raw : lines) {
        QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        line.replace(u'\\', u'/');
        out.insert(line);
    }
    return out;
}

QList<ScanFinding> SecretScanner::scan(QByteArrayView content, const QString &path, const QString &commit,
                                       const QString &author)
{
    QList<ScanFinding> findings;
    const QByteArray pathUtf8 = path.toUtf8();
    // A global allowlist that names this path or commit (and targets every rule) skips the whole content.
    for (const CompiledAllowlist &allowlist : d->global) {
        if (!allowlist.source.targetRules.isEmpty() ||
            allowlist.source.condition == ScanAllowlist::Condition::And)
            continue;
        if (allowlist.pathMatches(pathUtf8) || allowlist.commitMatches(commit))
            return findings;
    }

    LineIndex lines(content);
    const auto suppressed = [&](const QString &fingerprint, const QString &ruleId, const QString &file,
                                int line) {
        return m_ignored.contains(fingerprint) ||
               (!commit.isEmpty() && m_ignored.contains(ScanFinding::fingerprintOf({}, file, ruleId, line)));
    };
    const auto addFinding = [&](const QString &ruleId, const QString &description,
                                ScanRule::Severity severity, qsizetype offset,
                                QByteArrayView secret) -> qsizetype {
        ScanFinding finding;
        finding.ruleId = ruleId;
        finding.description = description;
        finding.file = path;
        finding.commit = commit;
        finding.author = author;
        finding.severity = severity;
        if (offset >= 0) {
            finding.line = lines.lineOf(offset);
            finding.column = int(offset - lines.lineStart(finding.line)) + 1;
        }
        finding.preview = secret.isEmpty() ? QString() : ScanFinding::maskedPreview(secret);
        finding.fingerprint = ScanFinding::fingerprintOf(commit, path, ruleId, finding.line);
        if (!secret.isEmpty())
            finding.secretDigest = ScanFinding::digestOf(ruleId, secret);
        if (suppressed(finding.fingerprint, ruleId, path, finding.line))
            return -1;
        findings.append(std::move(finding));
        return findings.size() - 1;
    };
    struct Span
    {
        qsizetype finding; ///< -1: a specific rule's finding the user ignored (.gitleaksignore)
        qsizetype start;
        qsizetype end;
        bool generic;
    };
    std::vector<Span> spans;

    // Candidates: Hyperscan over everything at once, then RE2 only inside the windows Hyperscan points at
    // (each widened to whole lines; RE2 still sees the whole content as context for \b, ^ and $).
    /// Borrows a scratch space from a scanner for one scan() and gives it back.
    class HyperscanScratchLease
    {
    public:
        explicit HyperscanScratchLease(Private &owner) : m_owner(owner), m_scratch(owner.borrowScratch()) {}
        ~HyperscanScratchLease() { m_owner.returnScratch(std::move(m_scratch)); }
        HyperscanScratchLease(const HyperscanScratchLease &) = delete;
        HyperscanScratchLease &operator=(const HyperscanScratchLease &) = delete;
        hs_scratch_t *get() const { return m_scratch.get(); }

    private:
        Private &m_owner;
        HyperscanScratch m_scratch;
    };
    const HyperscanScratchLease scratch(*d);
    const unsigned int total = d->keywordIdBase + unsigned(d->keywords.size());
    std::vector<char> hits(total, 0);
    std::vector<std::vector<Window>> windows(d->rules.size());
    bool overflow = false; // too many matches to window: every rule reads the whole content
    if (d->ruleDatabase && !content.isEmpty()) {
        RuleHits collected;
        hs_scan(d->ruleDatabase.get(), content.data(), unsigned(content.size()), 0, scratch.get(),
                onRuleMatch, &collected);
        overflow = collected.overflow;
        bool needSom = false;
        for (const RuleHit &hit : collected.hits) {
            if (hit.id >= total)
                continue;
            hits[hit.id] = 1;
            if (hit.id >= d->keywordIdBase)
                continue;
            const CompiledRule &rule = d->rules[hit.id];
            if (rule.maxWidth > 0) {
                const qsizetype end = qsizetype(hit.to);
                windows[hit.id].push_back({std::max<qsizetype>(0, end - qsizetype(rule.maxWidth)), end});
            } else if (rule.oneLine) { // its last byte's line holds all of it (widened below)
                const qsizetype end = qsizetype(hit.to);
                windows[hit.id].push_back({std::max<qsizetype>(0, end - 1), end});
            } else {
                needSom = needSom || rule.inSomDatabase;
            }
        }
        if (needSom && !overflow && d->somDatabase) {
            RuleHits spans;
            hs_scan(d->somDatabase.get(), content.data(), unsigned(content.size()), 0, scratch.get(),
                    onRuleMatch, &spans);
            overflow = spans.overflow;
            for (const RuleHit &hit : spans.hits)
                if (hit.id < d->keywordIdBase)
                    windows[hit.id].push_back({qsizetype(hit.from), qsizetype(hit.to)});
        }
    }

    for (size_t i = 0; i < d->rules.size(); ++i) {
        const CompiledRule &rule = d->rules[i];
        if (rule.path && !partialMatch(*rule.path, pathUtf8))
            continue;
        if (!rule.regex) { // path-only rule: the file itself is the finding
            addFinding(rule.rule.id, rule.rule.description, rule.rule.severity, -1, {});
            continue;
        }
        bool keywordHit = rule.keywordIds.empty() || overflow;
        for (int k : rule.keywordIds)
            keywordHit = keywordHit || hits[d->keywordIdBase + unsigned(k)];
        if (!keywordHit || (rule.inHyperscan && !hits[i] && !overflow))
            continue;
        const bool windowed =
            rule.inHyperscan && !overflow && (rule.maxWidth > 0 || rule.oneLine || rule.inSomDatabase);
        const std::vector<Window> ranges =
            windowed ? lineWindows(content, std::move(windows[i])) : std::vector<Window>{{0, content.size()}};

        const RE2 *compiledRegex = rule.regex->get();
        if (!compiledRegex)
            continue; // cannot happen for a rule set ScanRuleSet read (it compiled every pattern)
        const RE2 &re = *compiledRegex;
        const int groups = re.NumberOfCapturingGroups();
        std::vector<re2::StringPiece> sub(size_t(groups) + 1);
        const re2::StringPiece text(content.data(), size_t(content.size()));
        int count = 0;
        qint64 unlisted = 0;
        qsizetype firstUnlisted = 0;
        for (const Window &range : ranges) {
            size_t position = size_t(range.start);
            const size_t end = size_t(range.end);
            while (position <= end &&
                   re.Match(text, position, end, RE2::UNANCHORED, sub.data(), groups + 1)) {
                const re2::StringPiece match = sub[0];
                const size_t matchStart = size_t(match.data() - text.data());
                position = matchStart + match.size() + (match.empty() ? 1 : 0);
                re2::StringPiece secret = match;
                if (rule.rule.secretGroup > 0 && rule.rule.secretGroup <= groups) {
                    secret = sub[size_t(rule.rule.secretGroup)];
                } else {
                    for (int g = 1; g <= groups; ++g) {
                        if (!sub[size_t(g)].empty()) {
                            secret = sub[size_t(g)];
                            break;
                        }
                    }
                }
                if (secret.data() == nullptr || secret.empty())
                    continue;
                const QByteArrayView secretView(secret.data(), qsizetype(secret.size()));
                // The entropy gate first: it drops nearly every candidate of the generic rules (29,053 of
                // 29,125 quoted base64-like strings in the bench tree), before any line bookkeeping.
                if (rule.rule.entropy > 0.0 && shannonEntropy(secretView) <= rule.rule.entropy)
                    continue;
                const QByteArrayView matchView(match.data(), qsizetype(match.size()));
                const qsizetype secretOffset = secret.data() - text.data();
                const int lineNumber = lines.lineOf(secretOffset);
                const int matchLine = lines.lineOf(qsizetype(matchStart));
                const QByteArrayView lineText = lines.lineText(matchLine);
                if (lines.allowsInline(matchLine) || lines.allowsInline(lineNumber))
                    continue;
                bool allowed = false;
                for (const CompiledAllowlist &allowlist : d->global)
                    allowed =
                        allowed || (allowlist.appliesTo(rule.rule.id) &&
                                    allowlist.allows(commit, pathUtf8, secretView, matchView, lineText));
                for (const CompiledAllowlist &allowlist : rule.allowlists)
                    allowed = allowed || allowlist.allows(commit, pathUtf8, secretView, matchView, lineText);
                if (allowed)
                    continue;
                if (count >= kMaxFindingsPerRule) { // counted, not listed: see below
                    if (unlisted++ == 0)
                        firstUnlisted = secretOffset;
                    continue;
                }
                const bool generic = rule.rule.tags.contains(u"generic"_s);
                const qsizetype added = addFinding(rule.rule.id, rule.rule.description, rule.rule.severity,
                                                   secretOffset, secretView);
                // A specific finding the user ignored still covers its secret: a generic rule must not
                // report that secret again once its fingerprint is in .gitleaksignore.
                if (added >= 0 || !generic)
                    spans.push_back({added, secretOffset, secretOffset + secretView.size(), generic});
                ++count;
            }
        }
        if (unlisted > 0) // said, never dropped silently
            addFinding(
                rule.rule.id,
                tr("%n more match(es) of this rule in this file, not listed one by one (at most %1 per rule "
                   "and file); the first is here.",
                   nullptr, int(std::min<qint64>(unlisted, INT_MAX)))
                    .arg(kMaxFindingsPerRule),
                rule.rule.severity, firstUnlisted, {});
    }

    // A generic rule gives way to a specific one that found an overlapping secret.
    QList<qsizetype> dropped;
    for (const Span &generic : spans) {
        if (!generic.generic || generic.finding < 0)
            continue;
        for (const Span &specific : spans)
            if (!specific.generic && specific.start < generic.end && generic.start < specific.end) {
                dropped.append(generic.finding);
                break;
            }
    }
    std::sort(dropped.begin(), dropped.end());
    for (auto it = dropped.crbegin(); it != dropped.crend(); ++it)
        findings.removeAt(*it);

    // Exact values.
    if (d->exactDatabase && !content.isEmpty()) {
        std::vector<ExactHit> exact;
        hs_scan(d->exactDatabase.get(), content.data(), unsigned(content.size()), 0, scratch.get(),
                onExactMatch, &exact);
        std::sort(exact.begin(), exact.end(), [](const ExactHit &a, const ExactHit &b) {
            return a.from != b.from ? a.from < b.from : a.to > b.to;
        });
        QSet<QPair<int, qsizetype>> seen;
        for (const ExactHit &hit : exact) {
            const ExactPattern &pattern = d->exactPatterns.at(hit.id);
            const auto key = qMakePair(pattern.value, qsizetype(hit.from));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const int lineNumber = lines.lineOf(qsizetype(hit.from));
            if (lines.allowsInline(lineNumber))
                continue;
            const ScanExactValue &value = d->exactValues.at(size_t(pattern.value));
            if (!value.sourceFile.isEmpty() && value.sourceFile == path)
                continue; // the env file holding the value (when git would add it, env-ignored says so)
            const QByteArrayView secret = content.sliced(qsizetype(hit.from), qsizetype(hit.to - hit.from));
            addFinding(u"exact-value"_s,
                       tr("The value of %1 (from %2), %3").arg(value.name, value.origin, pattern.encoding),
                       ScanRule::Severity::Error, qsizetype(hit.from), secret);
        }
    }
    return findings;
}

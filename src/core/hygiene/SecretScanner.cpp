#include "core/hygiene/SecretScanner.h"

#include "core/hygiene/HyperscanHandles.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <re2/re2.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
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

bool partialMatch(const RE2 &re, QByteArrayView text)
{
    return RE2::PartialMatch(re2::StringPiece(text.data(), size_t(text.size())), re);
}

struct CompiledAllowlist
{
    ScanAllowlist source;
    std::vector<std::unique_ptr<RE2>> paths;
    std::vector<std::unique_ptr<RE2>> regexes;
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
    // The rule set checked every regex when it was loaded, so a null here cannot happen; skip defensively.
    for (const QString &pattern : allowlist.paths)
        if (auto re = compileRe2(pattern))
            out.paths.push_back(std::move(re));
    for (const QString &pattern : allowlist.regexes)
        if (auto re = compileRe2(pattern))
            out.regexes.push_back(std::move(re));
    for (const QString &word : allowlist.stopwords)
        out.stopwords.append(word.toLower().toUtf8());
    return out;
}

struct CompiledRule
{
    ScanRule rule;
    std::unique_ptr<RE2> regex; // null for a path-only rule
    std::unique_ptr<RE2> path;
    std::vector<CompiledAllowlist> allowlists;
    std::vector<int> keywordIds;
    bool inHyperscan = false;
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

struct RuleScanContext
{
    std::vector<char> *hits;
};

int onRuleMatch(unsigned int id, unsigned long long, unsigned long long, unsigned int, void *context)
{
    auto *hits = static_cast<std::vector<char> *>(context);
    if (id < hits->size())
        (*hits)[id] = 1;
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
        qsizetype end = m_content.indexOf('\n', start);
        if (end < 0)
            end = m_content.size();
        return m_content.sliced(start, end - start);
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
};

} // namespace

struct SecretScanner::Private
{
    std::vector<CompiledRule> rules;
    std::vector<CompiledAllowlist> global;
    QList<QByteArray> keywords; // lower-case, deduplicated
    unsigned int keywordIdBase = 0;
    HyperscanDatabase ruleDatabase;
    HyperscanDatabase exactDatabase;
    HyperscanScratch scratch;
    std::vector<ExactPattern> exactPatterns;
    std::vector<ScanExactValue> exactValues;
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
        if (!rule.regex.isEmpty()) {
            compiled.regex = compileRe2(rule.regex);
            if (!compiled.regex)
                return std::unexpected(tr("The rule %1 does not compile with RE2.").arg(rule.id));
        }
        if (!rule.path.isEmpty()) {
            compiled.path = compileRe2(rule.path);
            if (!compiled.path)
                return std::unexpected(tr("The path of rule %1 does not compile with RE2.").arg(rule.id));
        }
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

    // One Hyperscan database of every rule regex and every keyword. When it does not compile, each regex
    // is tried alone so that one pattern Hyperscan rejects cannot sink the rest (it runs through RE2).
    d->keywordIdBase = unsigned(d->rules.size());
    const auto compileRuleDatabase = [&d](bool skipRejected) -> std::expected<void, QString> {
        std::vector<std::string> expressions;
        std::vector<unsigned int> flags;
        std::vector<unsigned int> ids;
        for (size_t i = 0; i < d->rules.size(); ++i) {
            CompiledRule &rule = d->rules[i];
            rule.inHyperscan = false;
            if (!rule.regex)
                continue;
            const std::string pattern = rule.rule.regex.toStdString();
            if (skipRejected) {
                hs_database_t *raw = nullptr;
                hs_compile_error_t *rawError = nullptr;
                const hs_error_t status =
                    hs_compile(pattern.c_str(), HS_FLAG_SINGLEMATCH, HS_MODE_BLOCK, nullptr, &raw, &rawError);
                const HyperscanDatabase single(raw);
                const HyperscanCompileError error(rawError);
                if (status != HS_SUCCESS)
                    continue;
            }
            rule.inHyperscan = true;
            expressions.push_back(pattern);
            flags.push_back(HS_FLAG_SINGLEMATCH);
            ids.push_back(unsigned(i));
        }
        for (qsizetype k = 0; k < d->keywords.size(); ++k) {
            expressions.push_back(hexEscaped(d->keywords.at(k)));
            flags.push_back(HS_FLAG_SINGLEMATCH | HS_FLAG_CASELESS);
            ids.push_back(d->keywordIdBase + unsigned(k));
        }
        if (expressions.empty())
            return {};
        std::vector<const char *> pointers;
        for (const std::string &expression : expressions)
            pointers.push_back(expression.c_str());
        hs_database_t *raw = nullptr;
        hs_compile_error_t *rawError = nullptr;
        const hs_error_t status =
            hs_compile_multi(pointers.data(), flags.data(), ids.data(), unsigned(pointers.size()),
                             HS_MODE_BLOCK, nullptr, &raw, &rawError);
        d->ruleDatabase.reset(raw);
        const HyperscanCompileError error(rawError);
        if (status != HS_SUCCESS)
            return std::unexpected(
                tr("Hyperscan could not compile the rule set (%1).")
                    .arg(QString::fromUtf8(error && error->message ? error->message : "")));
        return {};
    };
    if (!compileRuleDatabase(false)) {
        if (auto retried = compileRuleDatabase(true); !retried)
            return std::unexpected(retried.error());
    }

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
    for (hs_database_t *database : {d->ruleDatabase.get(), d->exactDatabase.get()}) {
        if (database && hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
            HyperscanScratch owner(scratch);
            return std::unexpected(tr("Hyperscan could not allocate scratch space (out of memory?)."));
        }
    }
    d->scratch.reset(scratch);
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
    if (bytes.isEmpty())
        return 0.0;
    std::array<qsizetype, 256> counts{};
    for (char c : bytes)
        ++counts[static_cast<unsigned char>(c)];
    double entropy = 0.0;
    const double total = double(bytes.size());
    for (qsizetype count : counts) {
        if (count == 0)
            continue;
        const double p = double(count) / total;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

std::expected<QSet<QString>, QString> SecretScanner::readGitleaksIgnore(const QString &root)
{
    QSet<QString> out;
    QFile file(QDir(root).filePath(u".gitleaksignore"_s));
    if (!file.exists())
        return out;
    if (file.size() > kMaxIgnoreFileBytes || !file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read %1. Fix its permissions or remove it.")
                                   .arg(QDir::toNativeSeparators(file.fileName())));
    const QList<QByteArray> lines = file.readAll().split('\n');
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
                                QByteArrayView secret) -> bool {
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
        if (suppressed(finding.fingerprint, ruleId, path, finding.line))
            return false;
        findings.append(std::move(finding));
        return true;
    };
    struct Span
    {
        qsizetype finding;
        qsizetype start;
        qsizetype end;
        bool generic;
    };
    std::vector<Span> spans;

    // Candidates: Hyperscan over everything at once.
    std::vector<char> hits(size_t(d->keywordIdBase) + size_t(d->keywords.size()), 0);
    if (d->ruleDatabase && !content.isEmpty())
        hs_scan(d->ruleDatabase.get(), content.data(), unsigned(content.size()), 0, d->scratch.get(),
                onRuleMatch, &hits);

    for (size_t i = 0; i < d->rules.size(); ++i) {
        const CompiledRule &rule = d->rules[i];
        if (rule.path && !partialMatch(*rule.path, pathUtf8))
            continue;
        if (!rule.regex) { // path-only rule: the file itself is the finding
            addFinding(rule.rule.id, rule.rule.description, rule.rule.severity, -1, {});
            continue;
        }
        bool keywordHit = rule.keywordIds.empty();
        for (int k : rule.keywordIds)
            keywordHit = keywordHit || hits[d->keywordIdBase + unsigned(k)];
        if (!keywordHit || (rule.inHyperscan && !hits[i]))
            continue;

        const RE2 &re = *rule.regex;
        const int groups = re.NumberOfCapturingGroups();
        std::vector<re2::StringPiece> sub(size_t(groups) + 1);
        const re2::StringPiece text(content.data(), size_t(content.size()));
        size_t position = 0;
        int count = 0;
        while (position <= text.size() && count < kMaxFindingsPerRule &&
               re.Match(text, position, text.size(), RE2::UNANCHORED, sub.data(), groups + 1)) {
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
            const QByteArrayView matchView(match.data(), qsizetype(match.size()));
            const qsizetype secretOffset = secret.data() - text.data();
            const int lineNumber = lines.lineOf(secretOffset);
            const QByteArrayView lineText = lines.lineText(lines.lineOf(qsizetype(matchStart)));
            if (lineText.contains(kInlineAllow) || lines.lineText(lineNumber).contains(kInlineAllow))
                continue;
            if (rule.rule.entropy > 0.0 && shannonEntropy(secretView) <= rule.rule.entropy)
                continue;
            bool allowed = false;
            for (const CompiledAllowlist &allowlist : d->global)
                allowed = allowed || (allowlist.appliesTo(rule.rule.id) &&
                                      allowlist.allows(commit, pathUtf8, secretView, matchView, lineText));
            for (const CompiledAllowlist &allowlist : rule.allowlists)
                allowed = allowed || allowlist.allows(commit, pathUtf8, secretView, matchView, lineText);
            if (allowed)
                continue;
            if (addFinding(rule.rule.id, rule.rule.description, rule.rule.severity, secretOffset, secretView))
                spans.push_back({findings.size() - 1, secretOffset, secretOffset + secretView.size(),
                                 rule.rule.tags.contains(u"generic"_s)});
            ++count;
        }
    }

    // A generic rule gives way to a specific one that found an overlapping secret.
    QList<qsizetype> dropped;
    for (const Span &generic : spans) {
        if (!generic.generic)
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
        hs_scan(d->exactDatabase.get(), content.data(), unsigned(content.size()), 0, d->scratch.get(),
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
            if (lines.lineText(lineNumber).contains(kInlineAllow))
                continue;
            const ScanExactValue &value = d->exactValues.at(size_t(pattern.value));
            const QByteArrayView secret = content.sliced(qsizetype(hit.from), qsizetype(hit.to - hit.from));
            addFinding(u"exact-value"_s,
                       tr("The value of %1 (from %2), %3").arg(value.name, value.origin, pattern.encoding),
                       ScanRule::Severity::Error, qsizetype(hit.from), secret);
        }
    }
    return findings;
}

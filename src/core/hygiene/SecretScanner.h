#pragma once

#include "core/hygiene/ScanExactValue.h"
#include "core/hygiene/ScanFinding.h"
#include "core/hygiene/ScanRuleSet.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>
#include <vector>

class GitRepository;

/// The secret-scanning engine (issue 6 §2, research/scanning.md §8): Hyperscan (block mode, one
/// multi-pattern database of every rule regex plus every keyword) finds which rules can match a piece of
/// content and where; RE2 then runs only those rules, only on the lines around each Hyperscan match (for a
/// rule of bounded width, the lines of [end - max width, end]; for an unbounded one, the lines of the match
/// found by a start-of-match database), to find the secret group and apply entropy and allowlists. Rules
/// whose regex Hyperscan cannot compile run through RE2 over the whole content when one of their keywords
/// occurs (gitleaks' prefilter). Exact values are Hyperscan literal patterns in a further database.
///
/// Content is raw bytes (any encoding; regexes are matched as UTF-8). Findings carry a masked preview only.
/// Suppression: a line containing `gitleaks:allow`, a fingerprint listed with setIgnoredFingerprints(),
/// and the rule set's allowlists. scan() may run on several threads at once (each call borrows its own
/// Hyperscan scratch space); setIgnoredFingerprints() must not run concurrently with it.
///
/// The rule databases (patterns only, never values) are cached in `~/.cache/envsmith/hyperscan/`, keyed by
/// SHA-256 of Hyperscan's version and the patterns; exact values are compiled fresh and never cached.
class SecretScanner
{
    Q_DECLARE_TR_FUNCTIONS(SecretScanner)

public:
    /// Content larger than this is not scanned by default (bytes): 1 GiB.
    static constexpr qint64 kDefaultMaxBytes = qint64(1) << 30;
    /// Content whose first this many bytes hold a NUL is binary and skipped.
    static constexpr qsizetype kBinarySniffBytes = 8192;

    /// Compiles @p rules and @p exactValues (only those ScanExactValue::worthMatching() accepts are used;
    /// each is searched as raw bytes, standard base64, base64url without padding, lower- and upper-case hex,
    /// and percent-encoding). The error says which database failed to compile. Rule and allowlist regexes
    /// are compiled with RE2 on first use (ScanRuleSet has checked that each compiles).
    static std::expected<std::unique_ptr<SecretScanner>, QString>
    create(const ScanRuleSet &rules, std::vector<ScanExactValue> exactValues = {});
    ~SecretScanner();
    SecretScanner(const SecretScanner &) = delete;
    SecretScanner &operator=(const SecretScanner &) = delete;

    /// Scans one file or blob. @p path is repository-relative (forward slashes); @p commit and @p author
    /// are set for history scans and go into the findings and fingerprints. Binary content is not
    /// skipped here (see looksBinary()).
    QList<ScanFinding> scan(QByteArrayView content, const QString &path, const QString &commit = {},
                            const QString &author = {});

    /// Findings with one of these fingerprints are dropped: `commit:file:rule:line` for that commit only,
    /// `file:rule:line` for any commit (gitleaks' `.gitleaksignore`).
    void setIgnoredFingerprints(const QSet<QString> &fingerprints) { m_ignored = fingerprints; }
    /// Reads `<root>/.gitleaksignore` (one fingerprint per line, `#` comments, `\` taken as `/`); an
    /// absent file is an empty set.
    static std::expected<QSet<QString>, QString> readGitleaksIgnore(const QString &root);
    /// As readGitleaksIgnore(root) for a repository with a working tree; for a bare one the
    /// `.gitleaksignore` committed in HEAD.
    static std::expected<QSet<QString>, QString> readGitleaksIgnore(const GitRepository &repository);
    /// The fingerprints in the text of a `.gitleaksignore` file (UTF-8).
    static QSet<QString> parseGitleaksIgnore(QByteArrayView bytes);

    /// Ids of the rules that run through RE2 only because Hyperscan could not compile their regex.
    QStringList re2OnlyRules() const;
    /// How many exact values (of those given to create()) are searched for.
    int exactValueCount() const;

    /// True when a NUL byte occurs in the first kBinarySniffBytes of @p content.
    static bool looksBinary(QByteArrayView content);
    /// Shannon entropy of @p bytes in bits per byte (0 for empty input), as gitleaks computes it for ASCII.
    static double shannonEntropy(QByteArrayView bytes);
    /// Whether no match of @p pattern (RE2 syntax, UTF-8) can contain a line feed. Conservative: false for
    /// anything that might (`\s`, `\n`, `\W`, `\D`, `\x..`, `\p`, a negated class without `\s`/`\n`, `.`
    /// under an `s` flag, a range over U+000A) or that it does not know. The scanner then takes the line
    /// around a match's end as the match's window, without asking Hyperscan for the start.
    static bool staysOnOneLine(QByteArrayView pattern);

private:
    struct Private;
    explicit SecretScanner(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    QSet<QString> m_ignored;
};

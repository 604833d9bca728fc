#pragma once

#include "core/hygiene/ScanAllowlist.h"
#include "core/hygiene/ScanRule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>

class GitRepository;

/// A set of scan rules plus global allowlists, read from TOML in gitleaks' configuration format
/// (research/scanning.md §1: `[[rules]]` with id, description, regex, path, keywords, secretGroup,
/// entropy, `[rules.allowlist]` / `[[rules.allowlists]]`; global `[allowlist]` / `[[allowlists]]`;
/// `[extend] useDefault = true`, `path = "..."`, `disabledRules = [...]`, at most 2 levels). envsmith adds
/// an optional per-rule `severity` ("info", "warning", "error"; default "error").
///
/// The built-in set (builtinToml()) is read by the same loader. Every regex of a file is compiled with RE2
/// when the set is loaded, so a bad pattern is reported with its rule id and never at scan time (the
/// built-in patterns are a tested constant and are not compiled twice). A set is only made by this loader:
/// SecretScanner relies on its patterns compiling.
class ScanRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(ScanRuleSet)

public:
    /// The built-in rules (parsed once; the built-in TOML is known to be valid).
    static const ScanRuleSet &builtin();
    /// The TOML text of the built-in rules (gitleaks' format).
    static QByteArray builtinToml();
    /// Parses @p toml (UTF-8). @p sourceName names the file in errors; @p baseDir resolves `[extend]
    /// path`. The error names the file, the line (TOML syntax errors) or the rule id and field.
    static std::expected<ScanRuleSet, QString> fromToml(QByteArrayView toml, const QString &sourceName,
                                                        const QString &baseDir = {});
    /// The rules for the repository at @p root: `<root>/.gitleaks.toml` when it exists (which, as in
    /// gitleaks, replaces the built-in rules unless it says `[extend] useDefault = true`), else builtin().
    static std::expected<ScanRuleSet, QString> forRepository(const QString &root);
    /// As forRepository(root) for a repository with a working tree; for a bare one (GitRepository::openBare)
    /// the `.gitleaks.toml` committed in HEAD, as no working file exists (`[extend] path` cannot be
    /// resolved there and is an error).
    static std::expected<ScanRuleSet, QString> forRepository(const GitRepository &repository);

    const QList<ScanRule> &rules() const { return m_rules; }
    const QList<ScanAllowlist> &allowlists() const { return m_allowlists; }
    /// The rule with @p id, or nullptr.
    const ScanRule *rule(const QString &id) const;
    /// Where the rules came from ("built-in" or a file path), for messages.
    QString source() const { return m_source; }

private:
    /// Adds @p rule, replacing a rule with the same id.
    void addRule(ScanRule rule);
    void addAllowlist(ScanAllowlist allowlist) { m_allowlists.append(std::move(allowlist)); }
    /// Removes the rules whose ids are in @p ids.
    void removeRules(const QStringList &ids);
    /// @p checkRegexes false only for the built-in rules (a constant, compiled by every scanner and test):
    /// compiling each regex once more here cost about 10 ms of every scan's start.
    static std::expected<ScanRuleSet, QString> parse(QByteArrayView toml, const QString &sourceName,
                                                     const QString &baseDir, int depth, bool checkRegexes);
    QList<ScanRule> m_rules;
    QList<ScanAllowlist> m_allowlists;
    QString m_source;
};

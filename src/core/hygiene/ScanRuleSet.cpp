#include "core/hygiene/ScanRuleSet.h"

#include "core/hygiene/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <re2/re2.h>
#include <toml++/toml.h>

#include <optional>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxExtendDepth = 2;
constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

// The built-in rules, in gitleaks' format. Regexes are TOML literal strings ('''...'''): no escapes.
constexpr std::string_view kBuiltinToml = R"toml(
# envsmith built-in secret rules, in gitleaks' configuration format (research/scanning.md section 1).
# Keywords are lower-case substrings; a rule runs only on content containing one of them.
title = "envsmith built-in rules"

[allowlist]
description = "Placeholders, templates and files that hold no secrets"
paths = [
  '''(?i)\.(?:bmp|gif|ico|jpe?g|png|svg|tiff?|webp|woff2?|ttf|eot|otf|pdf|zip|gz|tgz|xz|bz2|7z|jar|class|so|dylib|dll|exe)$''',
  '''(?:^|/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|go\.sum|poetry\.lock|Gemfile\.lock|composer\.lock)$''',
  '''(?:^|/)\.gitleaks\.toml$''',
]
regexes = [
  '''^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::?-[^}]*)?\}?$''',
  '''^\{\{.*\}\}$''',
  '''^%[A-Za-z_][A-Za-z0-9_]*%$''',
  '''^<[^>]*>$''',
  '''(?i)^(?:true|false|null|none|nil|undefined)$''',
  '''(?i)^(?:x{3,}|\*{3,}|\.{3,}|-{3,}|changeme|change[_-]?me|changeit|replace[_-]?me|your[_-].*|example.*|placeholder.*|redacted|secret|password|passw0rd|passwd|pass|pwd|pw|user|username|dummy.*|test|todo)$''',
  # printf / format-string placeholders: %s, %(name)s, {}, {0}, {name}
  '''^(?:%(?:\([A-Za-z_]+\))?[-+ #0-9.]*[sdiqvx]|\{[A-Za-z0-9_]*\})$''',
  # Sequential runs (alphabets, keyboard rows), as detect-secrets' is_sequential_string filter
  '''(?i)(?:abcdefgh|bcdefghi|01234567|12345678|qwertyui|asdfghjk)''',
  # Documentation examples: AWS's (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) and the
  # TOTP secret of Google Authenticator's otpauth:// key URI format page
  '''EXAMPLE(?:KEY)?$''',
  '''^JBSWY3DPEHPK3PXP(?:&|$)''',
  # Well-known digests, not secrets: MD5, SHA-1 and SHA-256 of "" and of "abc" (the FIPS 180 known-answer
  # vectors), git's empty blob and empty tree
  '''(?i)^(?:d41d8cd98f00b204e9800998ecf8427e|900150983cd24fb0d6963f7d28e17f72|da39a3ee5e6b4b0d3255bfef95601890afd80709|a9993e364706816aba3e25717850c26c9cd0d89d|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad|e69de29bb2d1d6434b8b29ae775ad8c2e48c5391|4b825dc642cb6eb9a060e54bf8d69288fbee4904)$''',
  # A regular-expression character class with a quantifier (validation code), not a value
  '''^\[[^\]]{1,40}\](?:[*+?]|\{[0-9,]{1,9}\})$''',
]

[[rules]]
id = "database-url-password"
description = "Database URL with a password"
regex = '''(?i)\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse)://[^:/\s'"@]{0,100}:([^@/\s'"]{1,200})@[^\s'"]{1,300}'''
secretGroup = 1
keywords = ["postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql", "sqlserver", "cockroachdb", "clickhouse"]
severity = "error"

[[rules]]
id = "jwt-secret-assignment"
description = "JWT, session or signing secret assigned in code or configuration"
regex = '''(?i)\b[\w.-]{0,30}?(?:jwt|signing|session|cookie|hmac)[\w.-]{0,20}?(?:secret|key)[\w.-]{0,10}?[ \t'"]{0,3}(?:=|:=|:|=>)[ \t\x60'"]{0,5}([^\s'"\x60;,\\]{16,200})'''
secretGroup = 1
entropy = 3.0
keywords = ["jwt", "signing", "session", "cookie", "hmac"]
severity = "error"
  [[rules.allowlists]]
  description = "Names and references, not values (no digit in the value)"
  regexes = ['''^[A-Za-z_.:()\[\]-]+$''', '''^(?:process\.env|os\.environ|getenv|env\()''']

[[rules]]
id = "jwt"
description = "JSON Web Token"
regex = '''\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})'''
keywords = ["eyj"]
severity = "warning"

[[rules]]
id = "openai-api-key"
description = "OpenAI API key"
regex = '''\b(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})'''
keywords = ["sk-proj-", "sk-svcacct-", "sk-admin-", "t3blbkfj"]
entropy = 3.0
severity = "error"

[[rules]]
id = "anthropic-api-key"
description = "Anthropic API key"
regex = '''\b(sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA)'''
keywords = ["sk-ant-api03", "sk-ant-admin01"]
severity = "error"

[[rules]]
id = "google-api-key"
description = "Google (Gemini / Google AI / GCP) API key"
regex = '''\b(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)'''
keywords = ["aiza"]
entropy = 3.0
severity = "error"

[[rules]]
id = "aws-access-key-id"
description = "AWS access key ID"
regex = '''\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b'''
keywords = ["a3t", "akia", "asia", "abia", "acca"]
entropy = 3.0
severity = "error"
  [[rules.allowlists]]
  regexes = ['''EXAMPLE$''']

[[rules]]
id = "aws-secret-access-key"
description = "AWS secret access key in an assignment"
regex = '''(?i)\baws[\w.-]{0,20}?secret[\w.-]{0,20}?[ \t'"]{0,3}(?:=|:=|:|=>)[ \t'"]{0,5}([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)'''
secretGroup = 1
keywords = ["aws"]
entropy = 3.5
severity = "error"
  [[rules.allowlists]]
  regexes = ['''EXAMPLEKEY$''']

[[rules]]
id = "github-token"
description = "GitHub personal access, OAuth, app or refresh token"
regex = '''\b((?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36})\b'''
keywords = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]
entropy = 3.0
severity = "error"

[[rules]]
id = "github-fine-grained-pat"
description = "GitHub fine-grained personal access token"
regex = '''\b(github_pat_[0-9A-Za-z_]{82})\b'''
keywords = ["github_pat_"]
entropy = 3.0
severity = "error"

[[rules]]
id = "slack-token"
description = "Slack bot, user, app or configuration token"
regex = '''\b(xox[abposre]-[0-9]{10,13}-[0-9A-Za-z-]{10,})'''
keywords = ["xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-", "xoxe-"]
severity = "error"

[[rules]]
id = "slack-webhook-url"
description = "Slack incoming webhook URL"
regex = '''(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/]{43,56})'''
secretGroup = 1
keywords = ["hooks.slack.com"]
severity = "error"

[[rules]]
id = "stripe-secret-key"
description = "Stripe secret or restricted key"
regex = '''\b((?:sk|rk)_(?:test|live|prod)_[0-9A-Za-z]{10,99})\b'''
keywords = ["sk_test_", "sk_live_", "sk_prod_", "rk_test_", "rk_live_", "rk_prod_"]
entropy = 2.0
severity = "error"

[[rules]]
id = "private-key"
description = "Private key block"
regex = '''(?i)-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----'''
keywords = ["-----begin"]
severity = "error"

[[rules]]
id = "generic-secret-assignment"
description = "Password, secret, token or API key assigned a literal value"
regex = '''(?i)\b[\w.-]{0,50}?(?:passw(?:or)?d|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|credentials?)(?:[ \t\w.-]{0,20})[ \t'"]{0,3}(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)[ \t\x60'"=]{0,5}([\w.=+/~!@#%^&*-]{8,150})(?:[\x60'"\s;,]|\\[nr]|$)'''
secretGroup = 1
entropy = 3.5
keywords = ["passwd", "password", "pwd", "secret", "token", "api_key", "apikey", "api-key", "api.key", "access_key", "accesskey", "access-key", "private_key", "privatekey", "auth_key", "authkey", "credential"]
tags = ["generic"]
severity = "warning"
  [[rules.allowlists]]
  description = "Identifiers, not values: no digit (gitleaks' generic-api-key does the same)"
  regexes = ['''^[A-Za-z_./-]+$''']
  [[rules.allowlists]]
  description = "References to other variables and code"
  regexes = ['''^(?:process\.env|os\.environ|env\.|self\.|this\.|config\.|settings\.)''', '''::''']
  [[rules.allowlists]]
  description = "Algorithm names in prose (password-protected: PBKDF2-SHA256), not values"
  regexes = ['''(?i)^(?:pbkdf2|argon2(?:id|i|d)?|bcrypt|scrypt|hkdf|hmac|sha-?[0-9]{1,3}|sha3|md5|aes|gcm|cbc|ctr|chacha20|xchacha20|poly1305|rsa|ecdsa|ed25519|x25519|[0-9]{1,4})(?:[-_/](?:pbkdf2|argon2(?:id|i|d)?|bcrypt|scrypt|hkdf|hmac|sha-?[0-9]{1,3}|sha3|md5|aes|gcm|cbc|ctr|chacha20|xchacha20|poly1305|rsa|ecdsa|ed25519|x25519|[0-9]{1,4})){1,5}$''']

[[rules]]
id = "high-entropy-base64"
description = "High-entropy base64 string (detect-secrets' Base64HighEntropyString, limit 4.5)"
regex = '''"([A-Za-z0-9+/_=-]{20,})"|'([A-Za-z0-9+/_=-]{20,})''''
entropy = 4.5
tags = ["generic"]
severity = "warning"

[[rules]]
id = "high-entropy-hex"
description = "High-entropy hex string (detect-secrets' HexHighEntropyString, limit 3.0)"
regex = '''"([0-9a-fA-F]{32,})"|'([0-9a-fA-F]{32,})''''
entropy = 3.0
tags = ["generic"]
severity = "warning"
  [[rules.allowlists]]
  description = "Only digits"
  regexes = ['''^[0-9]+$''']
)toml";

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::optional<QString> stringField(const toml::table &table, std::string_view key)
{
    if (const auto value = table[key].value<std::string>())
        return fromStd(*value);
    return std::nullopt;
}

/// A string or an array of strings (gitleaks accepts arrays; a single string is taken as one entry).
std::expected<QStringList, QString> stringList(const toml::table &table, std::string_view key,
                                               const QString &where)
{
    QStringList out;
    const toml::node *node = table.get(key);
    if (!node)
        return out;
    if (const auto single = node->value<std::string>()) {
        out.append(fromStd(*single));
        return out;
    }
    const toml::array *array = node->as_array();
    if (!array)
        return std::unexpected(
            ScanRuleSet::tr("%1: `%2` must be a list of strings.").arg(where, fromStd(key)));
    for (const toml::node &element : *array) {
        const auto text = element.value<std::string>();
        if (!text)
            return std::unexpected(
                ScanRuleSet::tr("%1: every entry of `%2` must be a string.").arg(where, fromStd(key)));
        out.append(fromStd(*text));
    }
    return out;
}

/// Compiles @p pattern with RE2 to check it; the error names @p where and RE2's reason (patterns are
/// configuration, not secrets).
std::expected<void, QString> checkRegex(const QString &pattern, const QString &where)
{
    RE2::Options options;
    options.set_log_errors(false);
    const QByteArray utf8 = pattern.toUtf8();
    const RE2 re(re2::StringPiece(utf8.constData(), size_t(utf8.size())), options);
    if (!re.ok())
        return std::unexpected(ScanRuleSet::tr("%1: the regular expression does not compile (%2). Fix it "
                                               "(RE2/Go syntax; no look-around or back-references).")
                                   .arg(where, QString::fromStdString(re.error())));
    return {};
}

std::expected<ScanAllowlist, QString> parseAllowlist(const toml::table &table, const QString &where,
                                                     bool checkRegexes)
{
    ScanAllowlist allowlist;
    allowlist.description = stringField(table, "description").value_or(QString());
    if (const auto condition = stringField(table, "condition")) {
        const QString upper = condition->trimmed().toUpper();
        if (upper == u"AND"_s || upper == u"&&"_s)
            allowlist.condition = ScanAllowlist::Condition::And;
        else if (upper == u"OR"_s || upper == u"||"_s || upper.isEmpty())
            allowlist.condition = ScanAllowlist::Condition::Or;
        else
            return std::unexpected(ScanRuleSet::tr("%1: condition must be \"OR\" or \"AND\".").arg(where));
    }
    if (const auto target = stringField(table, "regexTarget")) {
        if (*target == u"secret"_s || target->isEmpty())
            allowlist.regexTarget = ScanAllowlist::RegexTarget::Secret;
        else if (*target == u"match"_s)
            allowlist.regexTarget = ScanAllowlist::RegexTarget::Match;
        else if (*target == u"line"_s)
            allowlist.regexTarget = ScanAllowlist::RegexTarget::Line;
        else
            return std::unexpected(
                ScanRuleSet::tr("%1: regexTarget must be \"secret\", \"match\" or \"line\".").arg(where));
    }
    struct ListField
    {
        std::string_view key;
        QStringList *target;
    };
    const ListField fields[] = {{"commits", &allowlist.commits},
                                {"paths", &allowlist.paths},
                                {"regexes", &allowlist.regexes},
                                {"stopwords", &allowlist.stopwords},
                                {"targetRules", &allowlist.targetRules}};
    for (const ListField &field : fields) {
        auto list = stringList(table, field.key, where);
        if (!list)
            return std::unexpected(list.error());
        *field.target = std::move(*list);
    }
    if (!checkRegexes)
        return allowlist;
    for (const QString &pattern : std::as_const(allowlist.paths))
        if (auto ok = checkRegex(pattern, where + u" paths"_s); !ok)
            return std::unexpected(ok.error());
    for (const QString &pattern : std::as_const(allowlist.regexes))
        if (auto ok = checkRegex(pattern, where + u" regexes"_s); !ok)
            return std::unexpected(ok.error());
    return allowlist;
}

/// `[allowlist]` / `[[allowlists]]` (global) or `[rules.allowlist]` / `[[rules.allowlists]]`.
std::expected<QList<ScanAllowlist>, QString> parseAllowlists(const toml::table &table, const QString &where,
                                                             bool checkRegexes)
{
    QList<ScanAllowlist> out;
    if (const toml::node *single = table.get("allowlist")) {
        const toml::table *t = single->as_table();
        if (!t)
            return std::unexpected(ScanRuleSet::tr("%1: `allowlist` must be a table.").arg(where));
        auto allowlist = parseAllowlist(*t, where + u" allowlist"_s, checkRegexes);
        if (!allowlist)
            return std::unexpected(allowlist.error());
        out.append(std::move(*allowlist));
    }
    if (const toml::node *many = table.get("allowlists")) {
        const toml::array *array = many->as_array();
        if (!array)
            return std::unexpected(ScanRuleSet::tr("%1: `allowlists` must be an array of tables "
                                                   "([[allowlists]]).")
                                       .arg(where));
        int index = 0;
        for (const toml::node &element : *array) {
            ++index;
            const toml::table *t = element.as_table();
            if (!t)
                return std::unexpected(
                    ScanRuleSet::tr("%1: allowlist %2 must be a table.").arg(where).arg(index));
            auto allowlist = parseAllowlist(*t, u"%1 allowlist %2"_s.arg(where).arg(index), checkRegexes);
            if (!allowlist)
                return std::unexpected(allowlist.error());
            out.append(std::move(*allowlist));
        }
    }
    return out;
}

std::expected<ScanRule, QString> parseRule(const toml::table &table, int index, const QString &sourceName,
                                           bool checkRegexes)
{
    ScanRule rule;
    rule.id = stringField(table, "id").value_or(QString()).trimmed();
    if (rule.id.isEmpty())
        return std::unexpected(ScanRuleSet::tr("%1: rule %2 has no `id`. Give every [[rules]] entry an id.")
                                   .arg(sourceName)
                                   .arg(index));
    const QString where = ScanRuleSet::tr("%1: rule `%2`").arg(sourceName, rule.id);
    rule.description = stringField(table, "description").value_or(QString());
    rule.regex = stringField(table, "regex").value_or(QString());
    rule.path = stringField(table, "path").value_or(QString());
    if (rule.regex.isEmpty() && rule.path.isEmpty())
        return std::unexpected(ScanRuleSet::tr("%1 has neither `regex` nor `path`.").arg(where));
    if (checkRegexes && !rule.regex.isEmpty())
        if (auto ok = checkRegex(rule.regex, where); !ok)
            return std::unexpected(ok.error());
    if (checkRegexes && !rule.path.isEmpty())
        if (auto ok = checkRegex(rule.path, where + u" path"_s); !ok)
            return std::unexpected(ok.error());
    auto keywords = stringList(table, "keywords", where);
    if (!keywords)
        return std::unexpected(keywords.error());
    for (const QString &keyword : std::as_const(*keywords))
        if (!keyword.isEmpty())
            rule.keywords.append(keyword.toLower());
    auto tags = stringList(table, "tags", where);
    if (!tags)
        return std::unexpected(tags.error());
    rule.tags = std::move(*tags);
    if (const toml::node *group = table.get("secretGroup")) {
        const auto value = group->value<int64_t>();
        if (!value || *value < 0 || *value > 99)
            return std::unexpected(ScanRuleSet::tr("%1: secretGroup must be a group number.").arg(where));
        rule.secretGroup = int(*value);
    }
    if (const toml::node *entropy = table.get("entropy")) {
        const auto value = entropy->value<double>();
        if (!value || *value < 0.0 || *value > 8.0)
            return std::unexpected(ScanRuleSet::tr("%1: entropy must be a number from 0 to 8.").arg(where));
        rule.entropy = *value;
    }
    if (const auto severity = stringField(table, "severity")) {
        if (*severity == u"info"_s)
            rule.severity = ScanRule::Severity::Info;
        else if (*severity == u"warning"_s)
            rule.severity = ScanRule::Severity::Warning;
        else if (*severity == u"error"_s)
            rule.severity = ScanRule::Severity::Error;
        else
            return std::unexpected(
                ScanRuleSet::tr("%1: severity must be \"info\", \"warning\" or \"error\".").arg(where));
    }
    auto allowlists = parseAllowlists(table, where, checkRegexes);
    if (!allowlists)
        return std::unexpected(allowlists.error());
    rule.allowlists = std::move(*allowlists);
    return rule;
}

} // namespace

QByteArray ScanRuleSet::builtinToml()
{
    return QByteArray(kBuiltinToml.data(), qsizetype(kBuiltinToml.size()));
}

const ScanRuleSet &ScanRuleSet::builtin()
{
    static const ScanRuleSet rules = [] {
        auto parsed = parse(builtinToml(), u"built-in"_s, {}, 0, false);
        Q_ASSERT_X(parsed.has_value(), "ScanRuleSet::builtin", "the built-in rules must parse");
        ScanRuleSet set = parsed ? std::move(*parsed) : ScanRuleSet();
        set.m_source = u"built-in"_s;
        return set;
    }();
    return rules;
}

std::expected<ScanRuleSet, QString> ScanRuleSet::fromToml(QByteArrayView toml, const QString &sourceName,
                                                          const QString &baseDir)
{
    auto rules = parse(toml, sourceName, baseDir, 0, true);
    // gitleaks reads a file without [[rules]] as "no rules" and passes everything; here that is almost
    // always a typo ([[rule]], usedefault) or an empty file, so it is an error, not a silent pass.
    if (rules && rules->rules().isEmpty())
        return std::unexpected(tr("%1 defines no rules (is it [[rules]], and `[extend] useDefault = true` to "
                                  "keep the built-in ones?). Fix the file or remove it.")
                                   .arg(sourceName));
    return rules;
}

std::expected<ScanRuleSet, QString> ScanRuleSet::parse(QByteArrayView toml, const QString &sourceName,
                                                       const QString &baseDir, int depth, bool checkRegexes)
{
    const std::string_view text(toml.data(), size_t(toml.size()));
    toml::table root;
#if TOML_EXCEPTIONS
    try {
        root = toml::parse(text);
    } catch (const toml::parse_error &error) {
        return std::unexpected(tr("%1 is not valid TOML (line %2, column %3: %4). Fix the file.")
                                   .arg(sourceName)
                                   .arg(error.source().begin.line)
                                   .arg(error.source().begin.column)
                                   .arg(fromStd(error.description())));
    }
#else
    toml::parse_result result = toml::parse(text);
    if (!result)
        return std::unexpected(tr("%1 is not valid TOML (line %2, column %3: %4). Fix the file.")
                                   .arg(sourceName)
                                   .arg(result.error().source().begin.line)
                                   .arg(result.error().source().begin.column)
                                   .arg(fromStd(result.error().description())));
    root = std::move(result).table();
#endif
    ScanRuleSet set;
    set.m_source = sourceName;

    if (const toml::node *extendNode = root.get("extend")) {
        const toml::table *extend = extendNode->as_table();
        if (!extend)
            return std::unexpected(tr("%1: `extend` must be a table.").arg(sourceName));
        if (depth >= kMaxExtendDepth)
            return std::unexpected(tr("%1: `[extend]` is nested more than %2 levels deep.")
                                       .arg(sourceName)
                                       .arg(kMaxExtendDepth));
        if (const toml::node *useDefault = extend->get("useDefault"); useDefault && !useDefault->is_boolean())
            return std::unexpected(tr("%1: `useDefault` in [extend] must be true or false.").arg(sourceName));
        if (extend->get("useDefault") && (*extend)["useDefault"].value_or(false)) {
            const ScanRuleSet &base = builtin();
            set.m_rules = base.m_rules;
            set.m_allowlists = base.m_allowlists;
        } else if (const auto path = stringField(*extend, "path")) {
            const QString file = QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).filePath(*path);
            // Only a regular file: a FIFO would block and a device such as /dev/zero never end.
            QFile in(file);
            if (!QFileInfo(file).isFile() || in.size() > kMaxConfigBytes || !in.open(QIODevice::ReadOnly))
                return std::unexpected(
                    tr("%1: cannot read the extended configuration %2 (not a regular file, "
                       "larger than 4 MiB, or unreadable).")
                        .arg(sourceName, *path));
            const QByteArray bytes = in.read(kMaxConfigBytes + 1);
            if (bytes.size() > kMaxConfigBytes)
                return std::unexpected(
                    tr("%1: the extended configuration %2 is larger than 4 MiB.").arg(sourceName, *path));
            auto base = parse(bytes, file, QFileInfo(file).absolutePath(), depth + 1, true);
            if (!base)
                return std::unexpected(base.error());
            set.m_rules = base->m_rules;
            set.m_allowlists = base->m_allowlists;
        }
        auto disabled = stringList(*extend, "disabledRules", sourceName);
        if (!disabled)
            return std::unexpected(disabled.error());
        set.removeRules(*disabled);
    }

    if (const toml::node *rulesNode = root.get("rules")) {
        const toml::array *rules = rulesNode->as_array();
        if (!rules)
            return std::unexpected(tr("%1: `rules` must be an array of tables ([[rules]]).").arg(sourceName));
        int index = 0;
        for (const toml::node &element : *rules) {
            ++index;
            const toml::table *table = element.as_table();
            if (!table)
                return std::unexpected(tr("%1: rule %2 is not a table.").arg(sourceName).arg(index));
            auto rule = parseRule(*table, index, sourceName, checkRegexes);
            if (!rule)
                return std::unexpected(rule.error());
            set.addRule(std::move(*rule));
        }
    }
    auto allowlists = parseAllowlists(root, sourceName, checkRegexes);
    if (!allowlists)
        return std::unexpected(allowlists.error());
    for (ScanAllowlist &allowlist : *allowlists)
        set.m_allowlists.append(std::move(allowlist));
    return set;
}

std::expected<ScanRuleSet, QString> ScanRuleSet::forRepository(const QString &root)
{
    const QString file = QDir(root).filePath(u".gitleaks.toml"_s);
    const QFileInfo info(file);
    if (!info.exists())
        return builtin();
    QFile in(file);
    if (!info.isFile() || info.size() > kMaxConfigBytes || !in.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read %1 (not a regular file, larger than 4 MiB, or unreadable). "
                                  "Fix or remove it.")
                                   .arg(QDir::toNativeSeparators(file)));
    const QByteArray bytes = in.read(kMaxConfigBytes + 1); // bounded even if it grows meanwhile
    if (bytes.size() > kMaxConfigBytes)
        return std::unexpected(
            tr("%1 is larger than 4 MiB. Fix or remove it.").arg(QDir::toNativeSeparators(file)));
    return fromToml(bytes, u".gitleaks.toml"_s, root);
}

std::expected<ScanRuleSet, QString> ScanRuleSet::forRepository(const GitRepository &repository)
{
    if (!repository.isBare())
        return forRepository(repository.root());
    const auto committed = repository.committedFile(u".gitleaks.toml"_s, kMaxConfigBytes);
    if (!committed)
        return std::unexpected(committed.error());
    if (!*committed)
        return builtin();
    return fromToml(**committed, tr("%1 in the last commit").arg(u".gitleaks.toml"_s));
}

const ScanRule *ScanRuleSet::rule(const QString &id) const
{
    for (const ScanRule &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

void ScanRuleSet::addRule(ScanRule rule)
{
    for (ScanRule &existing : m_rules) {
        if (existing.id == rule.id) {
            existing = std::move(rule);
            return;
        }
    }
    m_rules.append(std::move(rule));
}

void ScanRuleSet::removeRules(const QStringList &ids)
{
    m_rules.removeIf([&](const ScanRule &rule) { return ids.contains(rule.id); });
}

#include "core/dotenv/DotenvLintHeuristics.h"

#include <QRegularExpression>

#include <cmath>

QByteArrayView DotenvLintHeuristics::content(const DotenvEntry &entry)
{
    QByteArrayView raw(entry.raw);
    if (raw.endsWith("\r\n")) {
        return raw.chopped(2);
    }
    if (raw.endsWith('\n') || raw.endsWith('\r')) {
        return raw.chopped(1);
    }
    if (raw.endsWith("\xE2\x80\xA8") || raw.endsWith("\xE2\x80\xA9")) {
        return raw.chopped(3);
    }
    return raw;
}

bool DotenvLintHeuristics::isSecretLookingKey(QStringView key)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "SECRET|PASSWORD|PASSWD|PASS(?:$|_)|(?:^|_)PWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|"
            "CREDENTIALS?|SALT|_KEY$|^KEY$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key.toString()).hasMatch();
}

bool DotenvLintHeuristics::isPlaceholder(QByteArrayView value)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "^(?:change[_-]?me.*|.*change[_-]?this.*|replace[_-]?me.*|your[_-].*|.*[_-]here|<.*>|"
            "\\[.*\\]|\\{\\{.*\\}\\}|x{3,}|X{3,}|\\*{3,}|\\.{3,}|todo|tbd|fixme|placeholder|example|"
            "dummy|secret|password|null|none|insert[_-].*|put[_-].*|enter[_-].*|fill[_-]?me.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(value).trimmed();
    return !text.isEmpty() && pattern.match(text).hasMatch();
}

bool DotenvLintHeuristics::looksLikeRealSecret(QByteArrayView value)
{
    static const QRegularExpression vendor(
        QStringLiteral("^(?:sk_live_|rk_live_|sk-[A-Za-z0-9]{20}|ghp_|gho_|ghs_|github_pat_|glpat-|xox[abpr]-"
                       "|AKIA[0-9A-Z]{16}|"
                       "AIza[0-9A-Za-z_-]{35}|SG\\.[A-Za-z0-9_-]{16,})|-----BEGIN [A-Z ]*PRIVATE KEY-----"));
    const QString text = QString::fromUtf8(value).trimmed();
    if (text.isEmpty() || isPlaceholder(value)) {
        return false;
    }
    if (vendor.match(text).hasMatch()) {
        return true;
    }
    if (text.size() < 20 || text.contains(u' ') || text.contains(QStringLiteral("://")) ||
        text.startsWith(u'/') || text.startsWith(QStringLiteral("./"))) {
        return false;
    }
    bool letter = false;
    bool digit = false;
    int counts[256] = {};
    for (const char c : value) {
        const auto u = static_cast<uchar>(c);
        letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        digit |= c >= '0' && c <= '9';
        ++counts[u];
    }
    if (!letter || !digit) {
        return false;
    }
    double entropy = 0;
    const auto n = static_cast<double>(value.size());
    for (const int count : counts) {
        if (count > 0) {
            const double p = count / n;
            entropy -= p * std::log2(p);
        }
    }
    return entropy >= 3.5;
}

QByteArrayView DotenvLintHeuristics::keyOnly(const DotenvEntry &entry)
{
    QByteArrayView text = content(entry).trimmed();
    if (text.startsWith("export ")) {
        text = text.sliced(7).trimmed();
    }
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '.' || c == '-')) {
            return {};
        }
    }
    return text;
}

// libFuzzer harness for the rules-file parser: ScanRuleSet::fromToml (gitleaks' configuration format, read
// from a repository's `.gitleaks.toml`; tests/fuzz/run.sh builds and runs it with ASan + UBSan). For any
// input: parsing never crashes, hangs or leaks; an error is a non-empty message that names the file; a
// parsed set has non-empty, unique rule ids, each with a regex or a path, every regex compiling with RE2
// (the loader checks them, so the scanner never meets a bad one), entropy in 0..8 and a sane secretGroup.
//
// `[extend] path` is resolved against an empty temporary folder, so only absolute paths reach files
// (devices and FIFOs are refused by the loader: only regular files, read up to 4 MiB); inputs naming /proc
// are skipped, as what they read changes from run to run.
#include "core/hygiene/ScanRuleSet.h"

#include <QByteArray>
#include <QDir>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <re2/re2.h>

#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

bool compiles(const QString &pattern)
{
    RE2::Options options;
    options.set_log_errors(false);
    const QByteArray utf8 = pattern.toUtf8();
    const RE2 re(re2::StringPiece(utf8.constData(), size_t(utf8.size())), options);
    return re.ok();
}

void checkAllowlist(const ScanAllowlist &allowlist)
{
    for (const QString &pattern : allowlist.paths)
        require(compiles(pattern));
    for (const QString &pattern : allowlist.regexes)
        require(compiles(pattern));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir base; // stays empty: a relative `[extend] path` never finds a file
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (input.contains("/proc")) {
        return -1; // not added to the corpus
    }
    const QString name = QStringLiteral(".gitleaks.toml");
    const auto rules = ScanRuleSet::fromToml(input, name, base.path());
    if (!rules) {
        require(!rules.error().isEmpty());
        require(rules.error().contains(name) || rules.error().contains(base.path()) ||
                rules.error().contains(QStringLiteral("built-in")));
        return 0;
    }
    QSet<QString> ids;
    for (const ScanRule &rule : rules->rules()) {
        require(!rule.id.isEmpty());
        require(!ids.contains(rule.id));
        ids.insert(rule.id);
        require(!rule.regex.isEmpty() || !rule.path.isEmpty());
        require(rule.regex.isEmpty() || compiles(rule.regex));
        require(rule.path.isEmpty() || compiles(rule.path));
        require(rule.entropy >= 0.0 && rule.entropy <= 8.0);
        require(rule.secretGroup >= 0 && rule.secretGroup <= 99);
        for (const QString &keyword : rule.keywords)
            require(!keyword.isEmpty() && keyword == keyword.toLower());
        for (const ScanAllowlist &allowlist : rule.allowlists)
            checkAllowlist(allowlist);
        require(rules->rule(rule.id) != nullptr);
    }
    for (const ScanAllowlist &allowlist : rules->allowlists())
        checkAllowlist(allowlist);
    return 0;
}

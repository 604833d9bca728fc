#include "core/hygiene/GitRepository.h"
#include "core/hygiene/RepositoryScan.h"
#include "core/hygiene/ScanReport.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include "PlantedSecrets.h"
#include "TempGitRepo.h"

#include <QDir>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Mode = RepositoryScan::Mode;

RepositoryScan::Result scanRepo(const TempGitRepo &git, Mode mode, std::vector<ScanExactValue> values = {})
{
    auto result = RepositoryScan::scanFolder(git.path(), mode, std::move(values));
    if (!result) {
        qWarning("scan failed: %s", qPrintable(result.error()));
        return {};
    }
    return *result;
}

/// "rule@file:line, ..." (compared as one string so a failure shows both lists).
QString describe(const QList<ScanFinding> &findings)
{
    QStringList out;
    for (const ScanFinding &finding : findings)
        out.append(u"%1@%2:%3"_s.arg(finding.ruleId, finding.file).arg(finding.line));
    return out.join(u", "_s);
}

QList<ScanFinding> withRule(const QList<ScanFinding> &findings, const QString &rule)
{
    QList<ScanFinding> out;
    for (const ScanFinding &finding : findings)
        if (finding.ruleId == rule)
            out.append(finding);
    return out;
}

QByteArray githubToken(quint32 seed)
{
    return "gh" + QByteArray("p_") + PlantedSecrets::random(PlantedSecrets::alnum(), 36, seed);
}

QByteArray stripeKey(quint32 seed)
{
    return "sk" + QByteArray("_live_") + PlantedSecrets::random(PlantedSecrets::alnum(), 24, seed);
}

/// True when no text produced for @p result (findings, text, JSON, SARIF) contains @p secret whole.
bool leaksNothing(const RepositoryScan::Result &result, const QByteArray &secret)
{
    QByteArray all = ScanReport::toText(result).toUtf8() + ScanReport::toJson(result) +
                     ScanReport::toSarif(result, ScanRuleSet::builtin(), u"0"_s);
    for (const ScanFinding &finding : result.findings)
        all += (finding.preview + finding.description + finding.fingerprint).toUtf8();
    return !all.contains(secret);
}

} // namespace

class TestSecretScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!GitRepository::gitAvailable())
            QSKIP("git is not installed");
    }

    void workingTreeTrackedAndUntrackedNotIgnored()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray tracked = githubToken(1);
        const QByteArray untracked = stripeKey(2);
        const QByteArray ignored = githubToken(3);
        QVERIFY(git.writeFile(u".gitignore"_s, "secret-notes.txt\n"));
        QVERIFY(git.writeFile(u"src/deploy.sh"_s, "#!/bin/sh\nexport GH=" + tracked + "\n"));
        QVERIFY(!git.commitAll(u"first"_s).isEmpty());
        QVERIFY(git.writeFile(u"new/payments.js"_s, "const k = \"" + untracked + "\";\n"));
        QVERIFY(git.writeFile(u"secret-notes.txt"_s, ignored + '\n'));
        QVERIFY(git.writeFile(u"clean.txt"_s, "nothing to see\n"));

        const auto result = scanRepo(git, Mode::WorkingTree);
        QCOMPARE(
            describe(result.findings),
            (QStringList{u"stripe-secret-key@new/payments.js:1"_s, u"github-token@src/deploy.sh:2"_s}.join(
                u", "_s)));
        QCOMPARE(result.stats.files, 4); // .gitignore, deploy.sh, payments.js, clean.txt
        QCOMPARE(result.findings.at(1).column, 11);
        QCOMPARE(result.findings.at(1).commit, QString());
        QCOMPARE(result.findings.at(1).fingerprint, u"src/deploy.sh:github-token:2"_s);
        QVERIFY(leaksNothing(result, tracked));
        QVERIFY(leaksNothing(result, untracked));
    }

    void historyEveryBlobOnceWithFirstCommitAndAuthor()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray token = githubToken(11);
        QVERIFY(git.writeFile(u"README.md"_s, "hello\n"));
        QVERIFY(!git.commitAll(u"init"_s).isEmpty());
        QVERIFY(git.writeFile(u"config/app.env"_s, "A=1\nGITHUB=" + token + "\n"));
        QVERIFY(git.runOk({u"add"_s, u"-A"_s}));
        QVERIFY(git.runOk({u"commit"_s, u"-q"_s, u"-m"_s, u"add config"_s,
                           u"--author=Alice Leak <alice@example.invalid>"_s}));
        const QString leakCommit = QString::fromUtf8(git.run({u"rev-parse"_s, u"HEAD"_s}).out.trimmed());
        // The same blob under a second path, then both removed: the blob is scanned (and reported) once.
        QVERIFY(git.runOk({u"mv"_s, u"config/app.env"_s, u"config/old.env"_s}));
        QVERIFY(
            git.runOk({u"commit"_s, u"-q"_s, u"-m"_s, u"rename"_s, u"--author=Bob <bob@example.invalid>"_s}));
        QVERIFY(git.runOk({u"rm"_s, u"-q"_s, u"config/old.env"_s}));
        QVERIFY(!git.commitAll(u"remove"_s).isEmpty());
        // A second leak on a side branch only.
        const QByteArray stripe = stripeKey(12);
        QVERIFY(git.runOk({u"checkout"_s, u"-q"_s, u"-b"_s, u"side"_s}));
        QVERIFY(git.writeFile(u"pay.js"_s, "key = '" + stripe + "'\n"));
        const QString sideCommit = git.commitAll(u"side"_s);
        QVERIFY(git.runOk({u"checkout"_s, u"-q"_s, u"main"_s}));

        QCOMPARE(scanRepo(git, Mode::WorkingTree).findings.size(), 0);
        const auto result = scanRepo(git, Mode::History);
        QCOMPARE(
            describe(result.findings),
            (QStringList{u"github-token@config/app.env:2"_s, u"stripe-secret-key@pay.js:1"_s}.join(u", "_s)));
        const ScanFinding &leak = result.findings.at(0);
        QCOMPARE(leak.commit, leakCommit);
        QCOMPARE(leak.author, u"Alice Leak <alice@example.invalid>"_s);
        QCOMPARE(leak.fingerprint, leakCommit + u":config/app.env:github-token:2"_s);
        QCOMPARE(result.findings.at(1).commit, sideCommit);
        QCOMPARE(result.stats.blobs,
                 3); // README.md, pay.js, and app.env's blob once (old.env is the same blob)
        QVERIFY(leaksNothing(result, token));
        QVERIFY(leaksNothing(result, stripe));
    }

    void historyOfEmptyRepository()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const auto result = RepositoryScan::scanFolder(git.path(), Mode::History);
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->findings.size(), 0);
    }

    void staged_data()
    {
        QTest::addColumn<bool>("withHead");
        QTest::newRow("after a commit") << true;
        QTest::newRow("no commit yet") << false;
    }
    void staged()
    {
        QFETCH(bool, withHead);
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray committed = githubToken(21);
        const QByteArray staged = stripeKey(22);
        const QByteArray unstaged = githubToken(23);
        if (withHead) {
            QVERIFY(git.writeFile(u"old.txt"_s, "GH=" + committed + "\n"));
            QVERIFY(!git.commitAll(u"old"_s).isEmpty());
        }
        QVERIFY(git.writeFile(u"pay.js"_s, "k = '" + staged + "'\n"));
        QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
        QVERIFY(git.writeFile(u"config/.env.production.local"_s, "B=2\n"));
        QVERIFY(git.runOk({u"add"_s, u"-f"_s, u"pay.js"_s, u".env"_s, u"config/.env.production.local"_s}));
        // Changed after staging: the scan reads the staged blob, not the file.
        QVERIFY(git.writeFile(u"pay.js"_s, "k = '" + unstaged + "'\n"));

        const auto result = scanRepo(git, Mode::Staged);
        QCOMPARE(describe(result.findings), (QStringList{u"env-file-staged@.env:0"_s,
                                                         u"env-file-staged@config/.env.production.local:0"_s,
                                                         u"stripe-secret-key@pay.js:1"_s}
                                                 .join(u", "_s)));
        QCOMPARE(result.findings.first().severity, ScanRule::Severity::Error);
        QVERIFY(leaksNothing(result, staged));
    }

    void gitleaksTomlCustomRuleAndAllowlist()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray acme = "acme_" + PlantedSecrets::random("0123456789abcdef", 32, 31);
        QVERIFY(git.writeFile(u".gitleaks.toml"_s, R"(
[extend]
useDefault = true
[[rules]]
id = "acme-key"
description = "ACME key"
regex = '''acme_[0-9a-f]{32}'''
keywords = ["acme_"]
[allowlist]
paths = ['''^testdata/''']
)"));
        QVERIFY(git.writeFile(u"app.py"_s, "KEY = " + acme + "\n"));
        QVERIFY(git.writeFile(u"testdata/sample.py"_s, "KEY = " + acme + "\nGH = " + githubToken(32) + "\n"));
        QVERIFY(git.writeFile(u"other.py"_s, "GH = " + githubToken(33) + "\n"));
        const auto result = scanRepo(git, Mode::WorkingTree);
        QCOMPARE(describe(result.findings),
                 (QStringList{u"acme-key@app.py:1"_s, u"github-token@other.py:1"_s}.join(u", "_s)));

        QVERIFY(git.writeFile(u".gitleaks.toml"_s, "[[rules]\n"));
        const auto broken = RepositoryScan::scanFolder(git.path(), Mode::WorkingTree);
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(u".gitleaks.toml"_s), qPrintable(broken.error()));
    }

    void gitleaksIgnoreFingerprints()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"a.txt"_s, "x\n" + githubToken(41) + "\n"));
        QVERIFY(git.writeFile(u"b.txt"_s, githubToken(42) + "\n"));
        const QString commit = git.commitAll(u"leak"_s);
        QVERIFY(!commit.isEmpty());
        QCOMPARE(scanRepo(git, Mode::WorkingTree).findings.size(), 2);
        QCOMPARE(scanRepo(git, Mode::History).findings.size(), 2);

        // 3-field entry: everywhere (tree and history); 4-field: that commit only.
        QVERIFY(git.writeFile(u".gitleaksignore"_s, "# reviewed\na.txt:github-token:2\n" + commit.toUtf8() +
                                                        ":b.txt:github-token:1\n"));
        QCOMPARE(describe(scanRepo(git, Mode::WorkingTree).findings),
                 (QStringList{u"github-token@b.txt:1"_s}.join(u", "_s)));
        QCOMPARE(describe(scanRepo(git, Mode::History).findings), QString());
    }

    void ignoredFindingIsNotReportedByAGenericRule_data()
    {
        // A token in a quoted assignment matches its specific rule and, without it, generic ones too (the
        // entropy and `token = "..."` rules). Ignoring the specific finding's fingerprint, as the message
        // advises, must clear the line, not bring the generic finding back.
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("quoted assignment") << QByteArray("gh = \"%1\"");
        QTest::newRow("token assignment") << QByteArray("token = \"%1\"");
        QTest::newRow("plain") << QByteArray("%1");
    }
    void ignoredFindingIsNotReportedByAGenericRule()
    {
        QFETCH(QByteArray, line);
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"a.txt"_s, QByteArray(line).replace("%1", githubToken(43)) + '\n'));
        QVERIFY(!git.commitAll(u"leak"_s).isEmpty());
        QCOMPARE(describe(scanRepo(git, Mode::WorkingTree).findings), u"github-token@a.txt:1"_s);
        QVERIFY(git.writeFile(u".gitleaksignore"_s, "a.txt:github-token:1\n"));
        for (Mode mode : {Mode::WorkingTree, Mode::History, Mode::Staged})
            QCOMPARE(describe(scanRepo(git, mode).findings), QString());
    }

    void textLineWithoutDescription()
    {
        // A repository's own rule may have no description: the text line has no empty ": " part.
        RepositoryScan::Result result;
        ScanFinding finding;
        finding.ruleId = u"team-marker"_s;
        finding.file = u"a.txt"_s;
        finding.line = 3;
        finding.column = 5;
        finding.preview = u"TE…12"_s;
        result.findings.append(finding);
        const QString text = ScanReport::toText(result);
        QVERIFY2(text.startsWith(u"a.txt:3:5: [error] team-marker (TE…12)\n"_s) ||
                     text.startsWith(u"a.txt:3:5: [warning] team-marker (TE…12)\n"_s) ||
                     text.startsWith(u"a.txt:3:5: [info] team-marker (TE…12)\n"_s),
                 qPrintable(text));
        finding.description = u"Team key"_s;
        result.findings = {finding};
        QVERIFY2(ScanReport::toText(result).contains(u"team-marker: Team key (TE…12)"_s),
                 qPrintable(ScanReport::toText(result)));
    }

    void inlineAllowComment()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"a.py"_s, "t = '" + githubToken(51) + "'  # gitleaks:allow\nu = '" +
                                             githubToken(52) + "'\n"));
        QCOMPARE(describe(scanRepo(git, Mode::WorkingTree).findings),
                 (QStringList{u"github-token@a.py:2"_s}.join(u", "_s)));
    }

    void entropyGate_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("reported");
        QTest::newRow("generic high")
            << "api_token = \"" + PlantedSecrets::random(PlantedSecrets::alnum(), 24, 61) + "\""
            << u"generic-secret-assignment"_s << true;
        QTest::newRow("generic low") << QByteArray("api_token = \"aaaaaaaa1aaaaaaa\"")
                                     << u"generic-secret-assignment"_s << false;
        QTest::newRow("base64 high") << "x = \"" +
                                            PlantedSecrets::random(PlantedSecrets::alnum() + "+/", 40, 62) +
                                            "\""
                                     << u"high-entropy-base64"_s << true;
        QTest::newRow("base64 low") << QByteArray("x = \"abababababababababababababababababab\"")
                                    << u"high-entropy-base64"_s << false;
        QTest::newRow("hex high") << "x = \"" + PlantedSecrets::random("0123456789abcdef", 40, 63) + "\""
                                  << u"high-entropy-hex"_s << true;
        QTest::newRow("hex low") << QByteArray("x = \"0000000000000000000000000000000000001111\"")
                                 << u"high-entropy-hex"_s << false;
    }
    void entropyGate()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, rule);
        QFETCH(bool, reported);
        auto scanner = SecretScanner::create(ScanRuleSet::builtin());
        QVERIFY(scanner);
        QCOMPARE(withRule((*scanner)->scan(line + '\n', u"f.py"_s), rule).size(), reported ? 1 : 0);
    }

    /// Which unbounded rules may take the line of a match's end as its window: a wrong "true" would lose
    /// matches that span lines, so every way a pattern can hold a line feed is a "false" row.
    void staysOnOneLine_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<bool>("oneLine");
        QTest::newRow("quoted base64")
            << QByteArray("\"([A-Za-z0-9+/_=-]{20,})\"|'([A-Za-z0-9+/_=-]{20,})'") << true;
        QTest::newRow("jwt") << QByteArray("\\b(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}") << true;
        QTest::newRow("negated with \\s") << QByteArray("(?i)[^:/\\s'\"@]{1,}x") << true;
        QTest::newRow("negated with \\n") << QByteArray("[^\\n]+") << true;
        QTest::newRow("dot") << QByteArray("a.+b") << true;
        QTest::newRow("dot, s cleared") << QByteArray("(?i-s:a.+b)") << true;
        QTest::newRow("printable range") << QByteArray("[ -~]+") << true;
        QTest::newRow("\\S") << QByteArray("\\S+[\\S]+") << true;
        QTest::newRow("literal ] first") << QByteArray("[]a]+") << true;
        QTest::newRow("escaped bracket") << QByteArray("\\[[^\\]\\s]+\\]") << true;
        QTest::newRow("[\\s\\S]") << QByteArray("BEGIN[\\s\\S]{64,}?END") << false;
        QTest::newRow("\\s") << QByteArray("a\\s+b") << false;
        QTest::newRow("\\n") << QByteArray("a\\nb") << false;
        QTest::newRow("\\r") << QByteArray("a\\r?b") << false;
        QTest::newRow("\\W") << QByteArray("a\\W+b") << false;
        QTest::newRow("\\D") << QByteArray("a\\D+b") << false;
        QTest::newRow("negated without \\n") << QByteArray("[^'\"]+") << false;
        QTest::newRow("negated \\w") << QByteArray("[^\\w]+") << false;
        QTest::newRow("negated \\S") << QByteArray("[^\\S]+") << false;
        QTest::newRow("(?s)") << QByteArray("(?s)a.+b") << false;
        QTest::newRow("(?is:)") << QByteArray("x(?is:a.+b)") << false;
        QTest::newRow("\\x0a") << QByteArray("a\\x0ab") << false;
        QTest::newRow("hex range") << QByteArray("[\\x00-\\x7f]+") << false;
        QTest::newRow("tab to tilde") << QByteArray("[\\t-~]+") << false;
        QTest::newRow("octal") << QByteArray("a\\012b") << false;
        QTest::newRow("unicode class") << QByteArray("\\pZ+") << false;
        QTest::newRow("POSIX class") << QByteArray("[[:space:]]+") << false;
        QTest::newRow("literal newline") << QByteArray("a\nb") << false;
        QTest::newRow("quoted literal") << QByteArray("\\Qa.b\\E") << false;
        QTest::newRow("unterminated class") << QByteArray("[abc") << false;
        QTest::newRow("trailing backslash") << QByteArray("a\\") << false;
    }
    void staysOnOneLine()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(bool, oneLine);
        QCOMPARE(SecretScanner::staysOnOneLine(pattern), oneLine);
    }

    /// A custom unbounded rule, one-line or not, finds a match wherever it sits in the content (the
    /// one-line one through the line of its end, the other through the start-of-match database).
    void unboundedCustomRules_data()
    {
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("one line") << u"zq-[a-z0-9]{12,}"_s << QByteArray("a\nb = zq-abcdef0123456789xyz\nc\n")
                                  << 2;
        QTest::newRow("one line, last line")
            << u"zq-[a-z0-9]{12,}"_s << QByteArray("a\nb\nzq-abcdef0123456789xyz") << 3;
        QTest::newRow("across lines")
            << u"ZQBEGIN[\\s\\S]{10,}?ZQEND"_s << QByteArray("a\nZQBEGIN\n0123456789\nabc\nZQEND\nb\n") << 2;
    }
    void unboundedCustomRules()
    {
        QFETCH(QString, regex);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const QByteArray toml = "[[rules]]\nid = \"custom\"\nregex = '''" + regex.toUtf8() + "'''\n";
        const auto rules = ScanRuleSet::fromToml(toml, u"test"_s, {});
        QVERIFY2(rules, qPrintable(rules ? QString() : rules.error()));
        auto scanner = SecretScanner::create(*rules);
        QVERIFY(scanner);
        QCOMPARE((*scanner)->re2OnlyRules(), QStringList());
        const QList<ScanFinding> findings = (*scanner)->scan(text, u"f.txt"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, line);
    }

    /// Compiled rule databases are cached, and so is a database Hyperscan takes none of the expressions
    /// for (the built-in private-key rule's start-of-match form): finding that out again cost every scan
    /// 1.5 s.
    void rejectedDatabaseIsCachedToo()
    {
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        const QByteArray saved = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        const auto restore = qScopeGuard([&] {
            if (saved.isNull())
                qunsetenv("XDG_CACHE_HOME");
            else
                qputenv("XDG_CACHE_HOME", saved);
        });
        QVERIFY(SecretScanner::create(ScanRuleSet::builtin()));
        const QDir folder(cache.filePath(u"envsmith/hyperscan"_s));
        const QFileInfoList first = folder.entryInfoList(QDir::Files, QDir::Name);
        QVERIFY2(first.size() >= 2, qPrintable(QString::number(first.size())));
        int rejected = 0;
        for (const QFileInfo &file : first)
            rejected += file.size() == 1 ? 1 : 0; // the header line alone: no id, no database
        QCOMPARE(rejected, 1);
        auto again = SecretScanner::create(ScanRuleSet::builtin());
        QVERIFY(again);
        const QFileInfoList second = folder.entryInfoList(QDir::Files, QDir::Name);
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            QCOMPARE(second.at(i).lastModified(), first.at(i).lastModified()); // loaded, not written again
        // The private-key rule still finds its block (through RE2 over the content where it has a keyword).
        QByteArray block;
        for (const PlantedSecrets::Sample &sample : PlantedSecrets::truePositives(41))
            if (sample.rule == u"private-key"_s)
                block = sample.text;
        QVERIFY(!block.isEmpty());
        const QList<ScanFinding> findings = (*again)->scan("x\n" + block + "\n", u"key.pem"_s);
        QCOMPARE(withRule(findings, u"private-key"_s).size(), 1);
    }

    void exactValuesInEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("encoding");
        const QByteArray value = "p@ss/" + PlantedSecrets::random(PlantedSecrets::alnum(), 14, 71) + " +x";
        QTest::newRow("raw") << value << u"raw"_s;
        QTest::newRow("base64") << value.toBase64() << u"base64"_s;
        QTest::newRow("base64url") << value.toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals)
                                   << u"base64url"_s;
        QTest::newRow("hex") << value.toHex() << u"hex"_s;
        QTest::newRow("HEX") << value.toHex().toUpper() << u"hex"_s;
        QTest::newRow("url") << QUrl::toPercentEncoding(QString::fromUtf8(value)) << u"url-encoded"_s;
    }
    void exactValuesInEveryEncoding()
    {
        QFETCH(QByteArray, form);
        QFETCH(QString, encoding);
        const QByteArray value = "p@ss/" + PlantedSecrets::random(PlantedSecrets::alnum(), 14, 71) + " +x";
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u".gitignore"_s, ".env\n"));
        QVERIFY(git.writeFile(u".env"_s, "DB_PASSWORD=\"" + value + "\"\nPORT=3000\nNODE_ENV=development\n"));
        QVERIFY(git.writeFile(u"notes/leak.txt"_s, "line one\nthe value: <" + form + ">\n"));
        auto values = ScanExactValue::fromEnvFile(git.filePath(u".env"_s), u".env"_s);
        QVERIFY2(values, qPrintable(values ? QString() : values.error()));
        QCOMPARE(values->size(), size_t(1)); // PORT and NODE_ENV are not worth matching
        const auto result = scanRepo(git, Mode::WorkingTree, std::move(*values));
        const auto exact = withRule(result.findings, u"exact-value"_s);
        QCOMPARE(describe(exact), (QStringList{u"exact-value@notes/leak.txt:2"_s}.join(u", "_s)));
        QCOMPARE(exact.first().column, 13);
        QVERIFY2(exact.first().description.contains(u"DB_PASSWORD"_s), qPrintable(exact.first().description));
        QVERIFY2(exact.first().description.contains(encoding), qPrintable(exact.first().description));
        QVERIFY(leaksNothing(result, value));
        QVERIFY(leaksNothing(result, form));
    }

    /// An env file git would add (not ignored): its own values standing in it are not leaks of themselves
    /// (env-ignored reports the file; the advice "move the value to .env" made no sense there), but the
    /// same value anywhere else still is, whatever the env file is called.
    void envFileIsNotSearchedForItsOwnValues_data()
    {
        QTest::addColumn<QString>("envFile");
        QTest::newRow(".env") << u".env"_s;
        QTest::newRow("nested env file") << u"config/.env.local"_s;
    }
    void envFileIsNotSearchedForItsOwnValues()
    {
        QFETCH(QString, envFile);
        const QByteArray value = PlantedSecrets::random(PlantedSecrets::alnum(), 24, 72);
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(envFile, "API_TOKEN=" + value + "\n"));
        QVERIFY(git.writeFile(u"copy.txt"_s, "token " + value + "\n"));
        auto values = ScanExactValue::fromEnvFile(git.filePath(envFile), envFile);
        QVERIFY(values);
        QCOMPARE(values->size(), size_t(1));
        const auto result = scanRepo(git, Mode::WorkingTree, std::move(*values));
        QCOMPARE(describe(withRule(result.findings, u"exact-value"_s)), u"exact-value@copy.txt:1"_s);
        QVERIFY(leaksNothing(result, value));
    }

    void envFileThatCannotBeReadSaysWhy_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("a folder") << u"folder"_s << u"not a regular file"_s;
        QTest::newRow("a FIFO") << u"fifo"_s << u"not a regular file"_s;
        QTest::newRow("too large") << u"large"_s << u"larger than 8 MiB"_s;
        QTest::newRow("unreadable") << u"mode 000"_s << u"Check its permissions"_s;
        QTest::newRow("not dotenv") << u"unclosed quote"_s << u"envsmith lint"_s;
    }
    void envFileThatCannotBeReadSaysWhy()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u".env"_s);
        if (kind == u"folder"_s) {
            QVERIFY(QDir(dir.path()).mkdir(u".env"_s));
        } else if (kind == u"fifo"_s) {
            QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        } else if (kind == u"large"_s) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(9 * 1024 * 1024));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(kind == u"unclosed quote"_s ? "A=\"unclosed-value\n" : "A=readable-value\n") >
                    0);
            file.close();
            if (kind == u"mode 000"_s) {
                if (::geteuid() == 0)
                    QSKIP("root reads any file");
                QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
            }
        }
        const auto values = ScanExactValue::fromEnvFile(path, u".env"_s);
        QVERIFY(!values);
        QVERIFY2(values.error().contains(says), qPrintable(values.error()));
        QVERIFY(!values.error().contains(u"unclosed-value"_s) &&
                !values.error().contains(u"readable-value"_s));
    }

    void exactValueWorthMatching_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("worth");
        QTest::newRow("password") << u"DB_PASSWORD"_s << QByteArray("correcthorse") << true;
        QTest::newRow("short") << u"DB_PASSWORD"_s << QByteArray("abc123") << false;
        QTest::newRow("digits") << u"API_TOKEN"_s << QByteArray("1234567890") << false;
        QTest::newRow("setting") << u"NODE_ENV"_s << QByteArray("development") << false;
        QTest::newRow("random") << u"SOMETHING"_s << PlantedSecrets::random(PlantedSecrets::alnum(), 24, 3)
                                << true;
    }
    void exactValueWorthMatching()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, value);
        QFETCH(bool, worth);
        QCOMPARE(ScanExactValue::worthMatching(name, value), worth);
    }

    void binaryAndLargeSkipped()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QByteArray binary("\x7f"
                          "ELF\0\0\0",
                          7);
        binary += "\n" + githubToken(81) + "\n";
        QVERIFY(git.writeFile(u"bin/tool"_s, binary));
        QVERIFY(git.writeFile(u"text.txt"_s, githubToken(82) + "\n"));
        QVERIFY(!git.commitAll(u"c"_s).isEmpty());
        for (Mode mode : {Mode::WorkingTree, Mode::History}) {
            const auto result = scanRepo(git, mode);
            QCOMPARE(describe(result.findings), (QStringList{u"github-token@text.txt:1"_s}.join(u", "_s)));
            QCOMPARE(result.stats.skippedBinary, 1);
        }
        // The size cap.
        const GitRepository repository(git.path());
        auto scanner = SecretScanner::create(ScanRuleSet::builtin());
        QVERIFY(scanner);
        const auto capped = RepositoryScan::run(repository, Mode::WorkingTree, **scanner, 16);
        QVERIFY(capped);
        QCOMPARE(capped->findings.size(), 0);
        QCOMPARE(capped->stats.skippedLarge, 2);
    }

    void utf16TextIsScanned_data()
    {
        // Windows tools (PowerShell's Out-File, Notepad's "Unicode") write UTF-16 with a byte order mark;
        // its NUL bytes make it look binary. Without the mark it stays binary (not told from data).
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<bool>("withMark");
        QTest::addColumn<bool>("found");
        QTest::newRow("UTF-16LE with its mark") << QByteArray("UTF-16LE") << true << true;
        QTest::newRow("UTF-16BE with its mark") << QByteArray("UTF-16BE") << true << true;
        QTest::newRow("UTF-16LE without a mark") << QByteArray("UTF-16LE") << false << false;
    }
    void utf16TextIsScanned()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(bool, withMark);
        QFETCH(bool, found);
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray token = githubToken(91);
        const QString text =
            u"# settings\r\nname = demo\r\ntoken = "_s + QString::fromLatin1(token) + u"\r\n"_s;
        QStringEncoder encoder(encoding == "UTF-16LE" ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               withMark ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(SecretScanner::looksBinary(bytes));
        QVERIFY(git.writeFile(u"settings.ps1.txt"_s, bytes));
        QVERIFY(git.runOk({u"add"_s, u"settings.ps1.txt"_s}));
        for (Mode mode : {Mode::Staged, Mode::WorkingTree, Mode::History}) {
            if (mode == Mode::WorkingTree)
                QVERIFY(!git.commitAll(u"c"_s).isEmpty());
            const auto result = scanRepo(git, mode);
            QCOMPARE(describe(result.findings), found ? u"github-token@settings.ps1.txt:3"_s : QString());
            QCOMPARE(result.stats.skippedBinary, found ? 0 : 1);
            QVERIFY(leaksNothing(result, token));
        }
    }

    void everyBuiltinKindInTreeAndHistoryNeverShownWhole()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const auto samples = PlantedSecrets::truePositives(7);
        QByteArray content;
        for (const auto &sample : samples)
            content += sample.text + "\n\n";
        QVERIFY(git.writeFile(u"all.txt"_s, content));
        QVERIFY(!git.commitAll(u"all"_s).isEmpty());
        for (Mode mode : {Mode::WorkingTree, Mode::History}) {
            const auto result = scanRepo(git, mode);
            for (const auto &sample : samples) {
                QVERIFY2(!withRule(result.findings, sample.rule).isEmpty(), qPrintable(sample.rule));
                QVERIFY2(leaksNothing(result, sample.secret), qPrintable(sample.rule));
            }
            for (const ScanFinding &finding : result.findings)
                QVERIFY2(finding.preview == u"****"_s || finding.preview.size() == 5,
                         qPrintable(finding.preview));
        }
    }

    void notAGitRepository()
    {
        QTemporaryDir dir;
        const auto result = RepositoryScan::scanFolder(dir.path(), Mode::WorkingTree);
        QVERIFY(!result);
        QVERIFY(!result.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "tst_secretscanner.moc"

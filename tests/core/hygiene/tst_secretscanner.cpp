#include "core/hygiene/GitRepository.h"
#include "core/hygiene/RepositoryScan.h"
#include "core/hygiene/ScanReport.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include "PlantedSecrets.h"
#include "TempGitRepo.h"

#include <QTest>
#include <QUrl>

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
